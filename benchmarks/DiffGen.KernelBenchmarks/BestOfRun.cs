using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using DiffGen.KernelBenchmarks.Activations;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// The <c>--best-of N</c> mode, for a machine other work shares: every activation's generated and hand-written
/// kernels, forward and backward, timed in turn, round after round, N rounds, and each one's fastest round reported
/// (nanoseconds per element) with the generated ÷ hand-written ratio. Load only ever adds time, so the minimum over
/// interleaved rounds is the reading least disturbed by it, and both kernels of a ratio see the same machine. (A short
/// BenchmarkDotNet job under a load average of 40 moved single rows by 2–10×.)
/// </summary>
internal static class BestOfRun
{
    /// <summary>Runs <paramref name="rounds"/> rounds at every size of <see cref="KernelSizes.Selected"/> and prints the table.</summary>
    public static int Run(int rounds)
    {
        foreach (int n in KernelSizes.Selected)
        {
            KernelData data = KernelData.For(n);
            var rows = new (string Name, Action Generated, Action Hand)[]
            {
                Forward<SeedKernels>("seed", data), Backward<SeedKernels>("seed", data),
                Forward<GeluKernels>("GELU", data), Backward<GeluKernels>("GELU", data),
                Forward<SwishKernels>("Swish", data), Backward<SwishKernels>("Swish", data),
                Forward<MishKernels>("Mish", data), Backward<MishKernels>("Mish", data),
            };
            var best = new double[rows.Length, 2];
            for (int r = 0; r < rows.Length; r++)
            {
                best[r, 0] = best[r, 1] = double.MaxValue;
            }

            // Warm up until the tiered JIT has compiled every kernel's optimized code: 30 calls each promote it, the
            // compilation then runs in the background after a short delay, so wait, and run them all once more.
            for (int round = 0; round < 40; round++)
            {
                foreach (var row in rows)
                {
                    row.Generated();
                    row.Hand();
                }

                if (round == 30)
                {
                    Thread.Sleep(500);
                }
            }

            var watch = new Stopwatch();
            for (int round = 0; round < rounds; round++)
            {
                for (int r = 0; r < rows.Length; r++)
                {
                    for (int which = 0; which < 2; which++)
                    {
                        watch.Restart();
                        (which == 0 ? rows[r].Generated : rows[r].Hand)();
                        watch.Stop();
                        best[r, which] = Math.Min(best[r, which], watch.Elapsed.TotalNanoseconds / n);
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N = {n}, best of {rounds} rounds, ns per element:"));
            Console.WriteLine("| kernel | generated | hand-written | generated ÷ hand |");
            Console.WriteLine("|---|---:|---:|---:|");
            for (int r = 0; r < rows.Length; r++)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {rows[r].Name} | {best[r, 0]:F3} | {best[r, 1]:F3} | {best[r, 0] / best[r, 1]:F2} |"));
            }
        }

        return 0;
    }

    private static (string, Action, Action) Forward<TKernels>(string name, KernelData data)
        where TKernels : struct, IActivationKernels
        => ($"{name} forward",
            () => TKernels.Generated(data.X.Span, data.Output.Span),
            () => TKernels.HandVector(data.X.Span, data.Output.Span));

    private static (string, Action, Action) Backward<TKernels>(string name, KernelData data)
        where TKernels : struct, IActivationKernels
        => ($"{name} backward",
            () => TKernels.GeneratedBackward(data.X.Span, data.Dy.Span, data.Output.Span),
            () => TKernels.HandVectorBackward(data.X.Span, data.Dy.Span, data.Output.Span));
}
