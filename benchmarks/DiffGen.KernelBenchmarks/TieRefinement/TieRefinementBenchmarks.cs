using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks.TieRefinement;

/// <summary>
/// What the refinement of a derivative at a tie costs in the backward span kernel of stable log-sigmoid
/// (<see cref="TieActivations.LogSigmoid"/>, two kinks at 0 that cancel): the kernel DiffGen generates now, whose vector
/// body skips the refinement unless some lane is at the tie, against the previous generator's, which blended the
/// refinement into every vector (<see cref="PreviousLogSigmoidKernel"/>, checked in), and against the same function
/// written with one kink, which needs no refinement (<see cref="TieActivations.LogSigmoidOneKink"/>). In one run, so the
/// Ratio column compares them on the same machine state; <see cref="RunInterleaved"/> (<c>--tie-ratio</c>) times the
/// three round-robin instead, which holds better on a loaded machine. Before timing, the setup checks that the two
/// log-sigmoid kernels give the same bits and agree with the generated scalar loop.
/// </summary>
[Config(typeof(Config))]
public class TieRefinementBenchmarks
{
    private static readonly HashSet<(int Length, int TieEvery)> Checked = new();

    private float[] x = null!;
    private float[] dy = null!;
    private float[] dx = null!;

    /// <summary>The sizes: 64K floats (L2) and 1M (last-level cache).</summary>
    [Params(65536, 1048576)]
    public int N { get; set; }

    /// <summary>
    /// 0: inputs uniform in [−4, 4), no lane at the tie (the common case). 16: also x = 0 at every 16th element, so every
    /// vector of every width has a lane at the tie and takes the refinement (the worst case for the cold path).
    /// </summary>
    [Params(0, 16)]
    public int TieEvery { get; set; }

    /// <summary>Makes the data and checks the kernels once per case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(KernelData.RandomSeed);
        x = GC.AllocateUninitializedArray<float>(N, pinned: true);
        dy = GC.AllocateUninitializedArray<float>(N, pinned: true);
        dx = GC.AllocateUninitializedArray<float>(N, pinned: true);
        for (int i = 0; i < N; i++)
        {
            x[i] = TieEvery > 0 && i % TieEvery == 3 ? 0f : random.NextSingle() * 8f - 4f;
            dy[i] = random.NextSingle() * 2f - 1f;
        }

        lock (Checked)
        {
            if (Checked.Add((N, TieEvery)))
            {
                Check();
            }
        }
    }

    /// <summary>The previous generator's vector body: the refinement blended into every vector.</summary>
    [Benchmark(Baseline = true)]
    public void Previous() => Elementwise<float>.Backward<PreviousLogSigmoidKernel>(x, dy, dx);

    /// <summary>The generated kernel now: the refinement only in vectors with a lane at the tie.</summary>
    [Benchmark]
    public void ColdPath() => TieActivations.LogSigmoidBackward(x, dy, dx);

    /// <summary>The same function with one kink: no refinement at all, the floor for the two above.</summary>
    [Benchmark]
    public void OneKink() => TieActivations.LogSigmoidOneKinkBackward(x, dy, dx);

    /// <summary>
    /// Times the three kernels round-robin (one call of each per round, in a rotating order, 400 rounds per case after a
    /// warm-up), so that a load change on the machine hits all three alike, and prints each one's median and its ratio
    /// to the previous kernel's. For <c>--tie-ratio</c>.
    /// </summary>
    /// <returns>The process exit code.</returns>
    public static int RunInterleaved()
    {
        const int Rounds = 400;
        Console.WriteLine("N        ties   Previous    ColdPath    OneKink     ColdPath/Previous  OneKink/Previous  ColdPath/OneKink");
        foreach (int n in new[] { 65536, 1048576 })
        {
            foreach (int tieEvery in new[] { 0, 16 })
            {
                var b = new TieRefinementBenchmarks { N = n, TieEvery = tieEvery };
                b.Setup();
                Action[] kernels = [b.Previous, b.ColdPath, b.OneKink];
                var times = kernels.Select(_ => new List<double>(Rounds)).ToArray();
                for (int round = -Rounds / 10; round < Rounds; round++)
                {
                    // Each round starts with the next kernel, so that none always runs right after the same one.
                    for (int j = 0; j < kernels.Length; j++)
                    {
                        int k = (j + round + Rounds) % kernels.Length;
                        long start = Stopwatch.GetTimestamp();
                        kernels[k]();
                        double microseconds = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                        if (round >= 0)
                        {
                            times[k].Add(microseconds);
                        }
                    }
                }

                double[] median = times.Select(t => t.Order().ElementAt(t.Count / 2)).ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{n,-8} {(tieEvery == 0 ? "none" : "1/" + tieEvery),-6} {median[0],8:F1} us {median[1],8:F1} us {median[2],8:F1} us {median[1] / median[0],12:F3} {median[2] / median[0],17:F3} {median[1] / median[2],17:F3}"));
            }
        }

        return 0;
    }

    private void Check()
    {
        var previous = new float[N];
        var reference = new float[N];
        Elementwise<float>.Backward<PreviousLogSigmoidKernel>(x, dy, previous);
        ColdPath();
        for (int i = 0; i < N; i++)
        {
            if (BitConverter.SingleToInt32Bits(dx[i]) != BitConverter.SingleToInt32Bits(previous[i]))
            {
                throw new InvalidOperationException($"The cold path changed the gradient at element {i} (x = {x[i]:R}): {dx[i]:R} instead of {previous[i]:R}.");
            }

            reference[i] = TieActivations.LogSigmoidBackward(x[i], dy[i]);
        }

        Agreement.Require($"LogSigmoid backward (N = {N})", x, dx, reference);
        OneKink();
        Agreement.Require($"LogSigmoidOneKink backward (N = {N})", x, dx, reference);
    }

    /// <summary>The kernel projects' short job, without the throughput columns (they read a Direction parameter).</summary>
    public sealed class Config : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public Config() => AddJob(ShortJob.Create("TieRefinement"));
    }
}
