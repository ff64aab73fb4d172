using System;
using System.Globalization;
using System.Linq;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks.Broadcast;

/// <summary>
/// <see cref="BroadcastBenchmarks"/> in this thread's processor time, for a machine busy with other work, where wall
/// time mostly measures the neighbours: each round calls every case once (enough calls to fill about 4M elements),
/// rounds interleave the cases so that load drifts over all of them alike, and each case's minimum over the rounds is
/// reported with its ratios to the others. Run: <c>dotnet run -c Release --project benchmarks/DiffGen.KernelBenchmarks
/// -- --broadcast-cpu-time [SIZES] [ROUNDS]</c> (default 65536,1048576,16777216 and 15 rounds). Linux only (it reads
/// <c>CLOCK_THREAD_CPUTIME_ID</c>).
/// </summary>
public static class BroadcastCpuTime
{
    /// <summary>Runs the cases at every size and prints one table per size.</summary>
    /// <param name="sizes">Elements per call.</param>
    /// <param name="rounds">Measured rounds after two warm-up rounds.</param>
    /// <returns>0.</returns>
    public static int Run(int[] sizes, int rounds)
    {
        foreach (int n in sizes)
        {
            var b = new BroadcastBenchmarks { N = n };
            b.Setup();
            var cases = new (string Name, Action Call)[]
            {
                (nameof(b.Copy), b.Copy),
                (nameof(b.PReluFused), () => b.PReluFused()),
                (nameof(b.PReluViaFillAndSum), () => b.PReluViaFillAndSum()),
                (nameof(b.PReluConstant), b.PReluConstant),
                (nameof(b.SwishBetaFused), () => b.SwishBetaFused()),
                (nameof(b.SwishBetaViaFillAndSum), () => b.SwishBetaViaFillAndSum()),
                (nameof(b.SwishBetaConstant), b.SwishBetaConstant),
            };
            int calls = Math.Max(1, (1 << 22) / n);
            double[] best = Enumerable.Repeat(double.MaxValue, cases.Length).ToArray();
            for (int round = 0; round < rounds + 2; round++)
            {
                for (int c = 0; c < cases.Length; c++)
                {
                    double start = ThreadMilliseconds();
                    for (int k = 0; k < calls; k++)
                    {
                        cases[c].Call();
                    }

                    if (round >= 2)
                    {
                        best[c] = Math.Min(best[c], (ThreadMilliseconds() - start) / calls);
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N = {n}: minimum thread CPU time per call over {rounds} rounds, {calls} call(s) each"));
            for (int c = 0; c < cases.Length; c++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cases[c].Name,-24} {best[c] * 1000,12:F1} µs  {best[c] / best[0],6:F2} × Copy"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  PReLU: (a) ÷ fused {best[2] / best[1]:F2}, fused ÷ (b) {best[1] / best[3]:F2}, Copy ÷ fused {best[0] / best[1]:F2};  Swish-β: (a) ÷ fused {best[5] / best[4]:F2}, fused ÷ (b) {best[4] / best[6]:F2}"));
        }

        return 0;
    }

    /// <summary>This thread's processor time so far, in milliseconds.</summary>
    /// <returns>The time.</returns>
    internal static double ThreadMilliseconds() => ThreadCpuTime.Nanoseconds() / 1e6;
}
