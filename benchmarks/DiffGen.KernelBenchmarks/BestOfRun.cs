using System;
using System.Globalization;
using System.IO;
using System.Threading;
using DiffGen.KernelBenchmarks.Activations;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// The <c>--best-of N</c> mode, for a machine other work shares: every activation's generated kernel, the previous
/// generator's kernel (<c>Baseline/</c>, issue 9's "no kernel slower" reference) and the hand-written kernel, forward
/// and backward, timed in turn, round after round, N rounds, and each one's fastest round reported (nanoseconds of this
/// thread's processor time per element, <see cref="ThreadCpuTime"/>) with the generated ÷ previous and generated ÷
/// hand-written ratios. Load only ever adds time, so the minimum over interleaved rounds is the reading least disturbed
/// by it, and the kernels of a ratio see the same machine. (A short BenchmarkDotNet job under a load average of 40 moved
/// single rows by 2–10×.) The warm-up runs until every kernel's vector loop has its fully optimized (tier-1) code, not
/// the on-stack-replacement code a long loop gets first: see <see cref="WarmUp"/>.
/// </summary>
internal static class BestOfRun
{
    /// <summary>Runs <paramref name="rounds"/> rounds at every size of <see cref="KernelSizes.Selected"/> and prints the table.</summary>
    public static int Run(int rounds)
    {
        foreach (int n in KernelSizes.Selected)
        {
            KernelData data = KernelData.For(n);
            var rows = new (string Name, Action[] Kernels)[]
            {
                Forward<SeedKernels>("seed", data), Backward<SeedKernels>("seed", data),
                Forward<GeluKernels>("GELU", data), Backward<GeluKernels>("GELU", data),
                Forward<SwishKernels>("Swish", data), Backward<SwishKernels>("Swish", data),
                Forward<MishKernels>("Mish", data), Backward<MishKernels>("Mish", data),
            };
            var best = new double[rows.Length, 3];
            for (int r = 0; r < rows.Length; r++)
            {
                best[r, 0] = best[r, 1] = best[r, 2] = double.MaxValue;
            }

            WarmUp(rows);
            for (int round = 0; round < rounds; round++)
            {
                for (int r = 0; r < rows.Length; r++)
                {
                    // Each round starts with another of the three, so that none is always the first to run after a
                    // change of kernel (always first, the seed forward read 1.43x the previous kernel; rotated, 0.83x).
                    for (int k = 0; k < 3; k++)
                    {
                        int which = (k + round) % 3;
                        double start = ThreadCpuTime.Nanoseconds();
                        rows[r].Kernels[which]();
                        best[r, which] = Math.Min(best[r, which], (ThreadCpuTime.Nanoseconds() - start) / n);
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N = {n}, best of {rounds} rounds, ns of thread CPU time per element (load average {LoadAverage()}):"));
            Console.WriteLine("| kernel | generated | previous | hand-written | generated ÷ previous | generated ÷ hand |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            for (int r = 0; r < rows.Length; r++)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {rows[r].Name} | {best[r, 0]:F3} | {best[r, 1]:F3} | {best[r, 2]:F3} | {best[r, 0] / best[r, 1]:F2} | {best[r, 0] / best[r, 2]:F2} |"));
            }
        }

        return 0;
    }

    // Warm up until the tiered JIT has compiled every kernel's optimized code. A kernel's vector loop runs long, so
    // its first calls leave tier 0 for on-stack-replacement (OSR) code in the middle of the loop; only after 30 calls,
    // counted once the runtime's tiering delay has passed (it restarts whenever a new method is compiled at tier 0),
    // is the whole method recompiled at tier 1, in the background. Timing before that measured the OSR loops (docs/benchmarks.md,
    // "issue 9, kernel loops"), so: call everything, pause for the delay and the background compilations, twice over.
    private static void WarmUp((string Name, Action[] Kernels)[] rows)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            for (int round = 0; round < 40; round++)
            {
                foreach (var row in rows)
                {
                    foreach (Action kernel in row.Kernels)
                    {
                        kernel();
                    }
                }
            }

            Thread.Sleep(500);
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static (string, Action[]) Forward<TKernels>(string name, KernelData data)
        where TKernels : struct, IActivationKernels
        => ($"{name} forward",
            [
                () => TKernels.Generated(data.X.Span, data.Output.Span),
                () => TKernels.Baseline(data.X.Span, data.Output.Span),
                () => TKernels.HandVector(data.X.Span, data.Output.Span),
            ]);

    private static (string, Action[]) Backward<TKernels>(string name, KernelData data)
        where TKernels : struct, IActivationKernels
        => ($"{name} backward",
            [
                () => TKernels.GeneratedBackward(data.X.Span, data.Dy.Span, data.Output.Span),
                () => TKernels.BaselineBackward(data.X.Span, data.Dy.Span, data.Output.Span),
                () => TKernels.HandVectorBackward(data.X.Span, data.Dy.Span, data.Output.Span),
            ]);
}
