using System;
using BenchmarkDotNet.Running;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// Entry point: hands the arguments to BenchmarkDotNet (<c>--filter '*Seed*'</c> runs one activation, <c>--filter '*'</c>
/// all four), after taking <c>--sizes 4096,65536</c> (a subset of the sizes) out of them. <c>--check</c> runs only the
/// agreement checks, for every activation and direction at 4K, 64K, 1M and an odd 4099 (vector tails), and exits.
/// <c>--broadcast-cpu-time [SIZES] [ROUNDS]</c> times the broadcast-parameter cases in thread processor time (for a busy
/// machine; see <see cref="Broadcast.BroadcastCpuTime"/>), <c>--per-channel-cpu-time [ELEMENTS] [ROUNDS]</c> the per-channel
/// helpers' loop over channel slices against one call (see <see cref="Broadcast.PerChannelCpuTime"/>), and <c>--best-of N</c>
/// the generated, previous (baseline) and hand-written kernels in interleaved rounds, in thread processor time (see <see cref="BestOfRun"/>);
/// <c>--tie-ratio</c> times the refinement at ties interleaved (<see cref="TieRefinement.TieRefinementBenchmarks"/>) and exits.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks, or the agreement checks.</summary>
    public static int Main(string[] args)
    {
        Console.WriteLine($"Hand-written kernels and the backward Copy use {HandVectorWidth.Name}.");
        if (args.Length > 0 && args[0] == "--check")
        {
            return AgreementCheck.RunAll();
        }

        if (args.Length > 0 && args[0] == "--tie-ratio")
        {
            return TieRefinement.TieRefinementBenchmarks.RunInterleaved();
        }

        string[] rest = KernelSizes.Consume(args);
        if (rest.Length == 2 && rest[0] == "--best-of")
        {
            return BestOfRun.Run(int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length > 0 && args[0] == "--broadcast-cpu-time")
        {
            int[] sizes = args.Length > 1 ? Array.ConvertAll(args[1].Split(','), s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)) : [1 << 16, 1 << 20, 1 << 24];
            return Broadcast.BroadcastCpuTime.Run(sizes, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
        }

        if (args.Length > 0 && args[0] == "--per-channel-cpu-time")
        {
            return Broadcast.PerChannelCpuTime.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1 << 20,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest);
        return 0;
    }
}
