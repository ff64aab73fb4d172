using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Benchmarks;
using DiffGen.TorchSharp;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// One training step (forward + backward) of a PReLU module with one slope per channel on <c>[4096, 256]</c> float32
/// (<c>--per-channel [rounds]</c>): the TorchSharp runner's former channel-slice path against the per-channel drivers
/// (switched with <see cref="ParametricKernelRunner.UsePerChannelKernel"/>), and libtorch's own <c>prelu</c>, interleaved
/// round by round in one process. Torch runs one intra-op thread, so the calling thread's processor time is all the
/// work and holds on a loaded machine (time spent descheduled is not counted).
/// </summary>
public static partial class PerChannelStep
{
    private const int N = 4096, C = 256;

    /// <summary>PReLU with a learnable slope: the generator gives it <c>PReluModule</c>.</summary>
    [Differentiable]
    public static float PRelu(float x, [Broadcast] float slope = 0.25f) => x > 0f ? x : slope * x;

    /// <summary>Times <paramref name="rounds"/> interleaved rounds and prints each path's minimum and median.</summary>
    /// <param name="rounds">Rounds after one warm-up round.</param>
    /// <returns>The exit code.</returns>
    public static int Run(int rounds)
    {
        torch.set_num_threads(1);
        using var module = new PReluModule(channels: C);
        using Tensor weight = torch.full(C, 0.25f).requires_grad_(true);
        using Tensor x = torch.randn(N, C).requires_grad_(true);
        using Tensor dy = torch.randn(N, C);
        var paths = new (string Name, Action Step)[]
        {
            ("channel slices (before)", () => Step(() => module.forward(x), false)),
            ("per-channel drivers (after)", () => Step(() => module.forward(x), true)),
            ("libtorch prelu", () => Step(() => nn.functional.prelu(x, weight), true)),
        };

        void Step(Func<Tensor> forward, bool perChannel)
        {
            ParametricKernelRunner.UsePerChannelKernel = perChannel;
            using (NewDisposeScope())
            {
                forward().backward(new[] { dy });
            }

            ParametricKernelRunner.UsePerChannelKernel = true;
        }

        var times = paths.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round <= rounds; round++)
        {
            for (int p = 0; p < paths.Length; p++)
            {
                long before = CpuClock.ThreadNanoseconds();
                paths[p].Step();
                if (round > 0)
                {
                    times[p].Add((CpuClock.ThreadNanoseconds() - before) / 1e3);
                }
            }
        }

        string load = System.IO.File.Exists("/proc/loadavg") ? string.Join(" ", System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        Console.WriteLine($"PReLU, one slope per channel, [{N}, {C}] float32, forward + backward, torch threads 1, thread CPU time over {rounds} rounds; load average {load}");
        for (int p = 0; p < paths.Length; p++)
        {
            List<double> sorted = times[p].OrderBy(t => t).ToList();
            Console.WriteLine($"{paths[p].Name,-30} min {sorted[0],9:F0} µs   median {sorted[sorted.Count / 2],9:F0} µs");
        }

        return 0;
    }
}
