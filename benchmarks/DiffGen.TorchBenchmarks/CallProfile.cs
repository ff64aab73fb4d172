using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.KernelBenchmarks;
using DiffGen.TorchSharp;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// Where the time of one DiffGen tensor-function step goes (<c>--profile [N]</c>): the span kernels alone on one thread,
/// the forward call without autograd, the forward with autograd, the whole step (forward + backward), and libtorch's
/// fused kernel's step, all interleaved round-robin in one process so the ratios hold on a loaded machine. Prints
/// medians; read the rows of one run against each other.
/// </summary>
public static class CallProfile
{
    private const int Rounds = 25;

    /// <summary>Milliseconds of pause before and after each step (see <see cref="Run"/>).</summary>
    private const int Pause = 15;

    /// <summary>Runs the profile at <paramref name="n"/> float32 elements and prints one table per activation.</summary>
    /// <param name="n">Elements per tensor.</param>
    /// <param name="only">The activations to profile (names as in the table, e.g. <c>Swish,Gelu</c>); all when null.</param>
    public static int Run(int n, string? only = null)
    {
        torch.set_num_threads(Environment.ProcessorCount);
        Console.WriteLine($"N = {n}, torch threads = {torch.get_num_threads()}, DiffGen on torch's OpenMP threads: "
            + $"{IntraOpThreads.HasOpenMP}, medians of {Rounds} rounds (ms)");
        var random = new Random(20251127);
        float[] xs = Enumerable.Range(0, n).Select(_ => random.NextSingle() * 8f - 4f).ToArray();
        float[] dys = Enumerable.Range(0, n).Select(_ => random.NextSingle() * 2f - 1f).ToArray();
        float[] ys = new float[n];
        float[] dxs = new float[n];
        using Tensor x = tensor(xs).requires_grad_(true);
        using Tensor plain = tensor(xs);
        using Tensor dy = tensor(dys);

        var rows = new (string Name, Func<Tensor, Tensor> Tensor, SpanForward Forward, SpanBackward Backward, Func<Tensor, Tensor>? Native)[]
        {
            ("Seed", BenchActivations.Seed, BenchActivations.Seed, BenchActivations.SeedBackward, null),
            ("Gelu", BenchActivations.Gelu, BenchActivations.Gelu, BenchActivations.GeluBackward, t => nn.functional.gelu(t, global::TorchSharp.Modules.GELU.Approximate.tanh)),
            ("Swish", BenchActivations.Swish, BenchActivations.Swish, BenchActivations.SwishBackward, t => nn.functional.silu(t)),
            ("Mish", BenchActivations.Mish, BenchActivations.Mish, BenchActivations.MishBackward, t => nn.functional.mish(t)),
        };

        foreach (var row in rows.Where(r => only is null || only.Split(',').Contains(r.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var steps = new List<(string Name, Action Body)>
            {
                ("kernel fwd, 1 thread", () => row.Forward(xs, ys)),
                ("kernel fwd, Parallel.For 2", () => Halves(n, (start, length) => row.Forward(xs.AsSpan(start, length), ys.AsSpan(start, length)))),
                ("torch clone (parallel op)", () => dy.clone().Dispose()),
                ("clone, then fwd in halves", () => { dy.clone().Dispose(); Halves(n, (start, length) => row.Forward(xs.AsSpan(start, length), ys.AsSpan(start, length))); }),
                ("clone, then fwd in chunks", () => { dy.clone().Dispose(); Chunks(n, (start, length) => row.Forward(xs.AsSpan(start, length), ys.AsSpan(start, length))); }),
                ("kernel bwd, 1 thread", () => row.Backward(xs, dys, dxs)),
                ("torch.empty", () => torch.empty(n).Dispose()),
                ("DiffGen fwd, no grad", () => row.Tensor(plain).Dispose()),
                ("DiffGen fwd, grad", () => { using (NewDisposeScope()) { row.Tensor(x); } }),
                ("DiffGen fwd+bwd", () => Step(row.Tensor, x, dy)),
                ("DiffGen fwd+bwd, .NET pool", () => OnDotNetPool(() => Step(row.Tensor, x, dy))),
                ("DiffGen fwd+bwd, grad copied", () => GradientCopied(() => Step(row.Tensor, x, dy))),
                ("DiffGen fwd+autograd.grad", () => Gradient(row.Tensor, x, dy)),
                ("composed fwd+bwd", () => Step(t => TorchActivations.Forward(Enum.Parse<Activation>(row.Name), t), x, dy)),
            };
            if (row.Native is { } native)
            {
                steps.Add(("native fwd, no grad", () => native(plain).Dispose()));
                steps.Add(("native fwd+bwd", () => Step(native, x, dy)));
                steps.Add(("native fwd+autograd.grad", () => Gradient(native, x, dy)));
            }

            // Wall time of each step, and the process's CPU time over the step plus a pause after it: the pause lets any
            // thread that spins after the step (libtorch's OpenMP workers, the .NET pool's) spin out, so that CPU time is
            // charged to the step that started it rather than to the next.
            var times = steps.Select(_ => new List<double>()).ToArray();
            var cpu = steps.Select(_ => new List<double>()).ToArray();
            var faults = steps.Select(_ => new List<double>()).ToArray();
            for (int r = 0; r < Rounds + 3; r++)
            {
                for (int s = 0; s < steps.Count; s++)
                {
                    Thread.Sleep(Pause);
                    TimeSpan cpuStart = Environment.CpuUsage.TotalTime;
                    long faultStart = MinorFaults();
                    long start = Stopwatch.GetTimestamp();
                    steps[s].Body();
                    double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    Thread.Sleep(Pause);
                    double cpuMs = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds;
                    long stepFaults = MinorFaults() - faultStart;
                    if (r >= 3)
                    {
                        times[s].Add(ms);
                        cpu[s].Add(cpuMs);
                        faults[s].Add(stepFaults);
                    }
                }
            }

            int baselineIndex = steps.FindIndex(step => step.Name == "DiffGen fwd+bwd");
            double baseline = Median(times[baselineIndex]);
            double cpuBaseline = Median(cpu[baselineIndex]);
            Console.WriteLine($"{row.Name}:{"wall ms",28} {"÷ DiffGen",10} {"CPU ms",9} {"÷ DiffGen",10} {"faults",7}");
            for (int s = 0; s < steps.Count; s++)
            {
                double m = Median(times[s]);
                double c = Median(cpu[s]);
                Console.WriteLine($"  {steps[s].Name,-27} {m,8:F3} {m / baseline,10:F2} {c,9:F3} {c / cpuBaseline,10:F2} {Median(faults[s]),7:F0}");
            }
        }

        return 0;
    }

    /// <summary>The split of KernelRunner for two threads: two halves, the second on a pool thread.</summary>
    private static void Halves(int n, Action<int, int> body)
    {
        int half = (n / 2 + 63) / 64 * 64;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, piece =>
            body(piece * half, piece == 0 ? half : n - half));
    }

    /// <summary>KernelRunner's split: 16 chunks of at least 32768 elements, claimed one at a time by two threads.</summary>
    private static void Chunks(int n, Action<int, int> body)
    {
        int size = Math.Max(32768, ((n + 15) / 16 + 63) / 64 * 64);
        int chunks = (n + size - 1) / size;
        int next = -1;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            for (int chunk = Interlocked.Increment(ref next); chunk < chunks; chunk = Interlocked.Increment(ref next))
            {
                body(chunk * size, Math.Min(size, n - (chunk * size)));
            }
        });
    }

    private delegate void SpanForward(ReadOnlySpan<float> x, Span<float> y);

    private delegate void SpanBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

    private static void Step(Func<Tensor, Tensor> f, Tensor x, Tensor dy)
    {
        using (NewDisposeScope())
        {
            f(x).backward(new[] { dy });
        }

        x.grad = null;
    }

    /// <summary>
    /// The step without the leaf's <c>AccumulateGrad</c>: <c>torch.autograd.grad</c> returns the gradient instead of
    /// storing it in <c>x.grad</c>, so libtorch never clones the gradient a DiffGen backward returns (TorchSharp keeps a
    /// second handle on it, see docs/benchmarks.md).
    /// </summary>
    private static void Gradient(Func<Tensor, Tensor> f, Tensor x, Tensor dy)
    {
        using (NewDisposeScope())
        {
            torch.autograd.grad(new[] { f(x) }, new[] { x }, new[] { dy });
        }
    }

    /// <summary>Runs <paramref name="body"/> with DiffGen's kernels split over the .NET thread pool, not torch's OpenMP threads.</summary>
    private static void OnDotNetPool(Action body)
    {
        IntraOpThreads.UseOpenMP = false;
        try
        {
            body();
        }
        finally
        {
            IntraOpThreads.UseOpenMP = true;
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> with DiffGen's gradients not registered for libtorch to take (StealableGradients):
    /// libtorch clones a leaf's gradient as it did before.
    /// </summary>
    private static void GradientCopied(Action body)
    {
        StealableGradients.Enabled = false;
        try
        {
            body();
        }
        finally
        {
            StealableGradients.Enabled = true;
        }
    }

    /// <summary>
    /// The process's minor page faults so far (Linux; 0 elsewhere): each first touch of freshly mapped memory is one,
    /// which is what a large allocation that the C library serves by a new mapping costs beyond the call itself.
    /// </summary>
    private static long MinorFaults()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        // Field 10 of /proc/self/stat; the command name (field 2, in parentheses) may contain spaces.
        string stat = System.IO.File.ReadAllText("/proc/self/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
