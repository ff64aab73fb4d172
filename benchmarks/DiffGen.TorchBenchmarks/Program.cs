using System;
using BenchmarkDotNet.Running;
using DiffGen.KernelBenchmarks.Infrastructure;
using DiffGen.Testing;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// Entry point. Patches libLibTorchSharp.so first (before any TorchSharp type touches native code), then either prints
/// the NaN demonstration (<c>--nan-check</c>) or hands the arguments to BenchmarkDotNet (<c>--filter '*'</c>,
/// optionally <c>--sizes 4096,65536</c>); <c>--profile [N] [Swish,Gelu,…]</c> times the pieces of a step (CallProfile);
/// <c>--per-channel [rounds]</c> times a per-channel PReLU module's step through both runner paths (PerChannelStep).
/// </summary>
public static class Program
{
    /// <summary>Runs the NaN demonstration or the benchmarks.</summary>
    public static int Main(string[] args)
    {
        Console.WriteLine("libLibTorchSharp.so: " + LibTorchSharpPatch.Apply());
        if (args.Length > 0 && args[0] == "--nan-check")
        {
            return NanCheck.Run();
        }

        if (args.Length > 0 && args[0] == "--per-channel")
        {
            return PerChannelStep.Run(args.Length > 1 ? int.Parse(args[1]) : 25);
        }

        if (args.Length > 0 && args[0] == "--profile")
        {
            return CallProfile.Run(args.Length > 1 ? int.Parse(args[1]) : 1 << 20, args.Length > 2 ? args[2] : null);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(KernelSizes.Consume(args));
        return 0;
    }
}
