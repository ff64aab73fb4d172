using System;
using BenchmarkDotNet.Running;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// Entry point: hands the arguments to BenchmarkDotNet (<c>--filter '*Seed*'</c> runs one activation, <c>--filter '*'</c>
/// all four), after taking <c>--sizes 4096,65536</c> (a subset of the sizes) out of them. <c>--check</c> runs only the
/// agreement checks, for every activation and direction at 4K, 64K, 1M and an odd 4099 (vector tails), and exits;
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(KernelSizes.Consume(args));
        return 0;
    }
}
