using System;
using DiffGen.KernelBenchmarks.Activations;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>The <c>--check</c> mode: the benchmarks' setup (which checks agreement) for every case but the largest size.</summary>
internal static class AgreementCheck
{
    /// <summary>Sets up every case; returns 0 when every implementation agrees with the scalar loop, else prints why and returns 1.</summary>
    public static int RunAll()
    {
        try
        {
            Check(new SeedBenchmarks());
            Check(new GeluBenchmarks());
            Check(new SwishBenchmarks());
            Check(new MishBenchmarks());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
            return 1;
        }

        Console.WriteLine("All implementations agree with the generated scalar loop.");
        return 0;
    }

    private static void Check<TKernels>(ActivationBenchmarks<TKernels> benchmarks)
        where TKernels : struct, IActivationKernels
    {
        foreach (int n in new[] { 4096, 65536, 1048576, 4099 })
        {
            foreach (Direction direction in new[] { Direction.Forward, Direction.Backward })
            {
                benchmarks.N = n;
                benchmarks.Direction = direction;
                benchmarks.Setup();
            }
        }

        Console.WriteLine($"{typeof(TKernels).Name}: agree.");
    }
}
