using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// The problem sizes: 4K floats (16 KB, in L1), 64K (256 KB, L2), 1M (4 MB, last-level cache), 16M (64 MB, memory).
/// <c>--sizes 4096,65536</c> (or the environment variable it sets, which benchmark processes inherit) picks a subset
/// for a quick run; BenchmarkDotNet itself can filter methods but not parameter values.
/// </summary>
public static class KernelSizes
{
    /// <summary>The environment variable holding a comma-separated list of sizes.</summary>
    public const string EnvironmentVariable = "DIFFGEN_KERNEL_SIZES";

    private static readonly int[] All = [4096, 65536, 1048576, 16777216];

    /// <summary>The sizes to run.</summary>
    public static IEnumerable<int> Selected
    {
        get
        {
            string? list = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(list)
                ? All
                : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(size => int.Parse(size, NumberStyles.None, CultureInfo.InvariantCulture))
                    .ToArray();
        }
    }

    /// <summary>Removes <c>--sizes LIST</c> from <paramref name="args"/> and publishes LIST in the environment.</summary>
    public static string[] Consume(string[] args)
    {
        int at = Array.IndexOf(args, "--sizes");
        if (at < 0 || at + 1 >= args.Length)
        {
            return args;
        }

        Environment.SetEnvironmentVariable(EnvironmentVariable, args[at + 1]);
        return args.Take(at).Concat(args.Skip(at + 2)).ToArray();
    }
}
