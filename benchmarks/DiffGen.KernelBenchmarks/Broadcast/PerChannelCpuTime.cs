using System;
using System.Globalization;
using System.Linq;
using System.Numerics.Tensors;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks.Broadcast;

/// <summary>
/// What the per-channel helpers cost (issue 11: "a caller's loop over channel slices … unless you measure that a
/// dedicated kernel is worth it"): PReLU's fused backward with one slope per channel, on <c>[N, C, inner]</c> data, as
/// the trainer's <c>PerChannel&lt;TKernel&gt;.Backward</c> and the TorchSharp module's runner do it (one fused driver call
/// per slice of <c>inner</c> elements, the slice's slope gradient added to its channel's <c>double</c> sum; the trainer
/// now calls the dedicated kernel, timed beside it as "per-channel kernel": <c>Elementwise&lt;float&gt;.BackwardPerChannel</c>), against one
/// call over the whole span with one shared slope (the cost floor: the same bytes, the same arithmetic). For the MLP's
/// <c>[N, C]</c> (inner 1) it also times what a dedicated per-channel kernel would at least cost: per row, the
/// two-span backward kernel with the row of C slopes as the second span, and the row of slope gradients added into
/// C float accumulators. Thread processor time, interleaved rounds, minimum per case, as <see cref="BroadcastCpuTime"/>.
/// Run: <c>dotnet run -c Release --project benchmarks/DiffGen.KernelBenchmarks -- --per-channel-cpu-time [ELEMENTS] [ROUNDS]</c>
/// (default 1048576 and 15).
/// </summary>
public static class PerChannelCpuTime
{
    /// <summary>The layouts timed: channels C and elements per channel and sample (inner); N is the rest.</summary>
    private static readonly (int Channels, int Inner)[] Layouts = [(256, 1), (64, 16), (64, 256), (16, 4096)];

    /// <summary>Runs every layout and prints one table.</summary>
    /// <param name="elements">Elements per call (a multiple of 65536).</param>
    /// <param name="rounds">Measured rounds after two warm-up rounds.</param>
    /// <returns>0.</returns>
    public static int Run(int elements, int rounds)
    {
        var x = new AlignedBuffer(elements);
        var dy = new AlignedBuffer(elements);
        var dx = new AlignedBuffer(elements);
        var random = new Random(1);
        for (int i = 0; i < elements; i++)
        {
            x.Span[i] = (float)(random.NextDouble() * 8 - 4);
            dy.Span[i] = (float)(random.NextDouble() * 2 - 1);
        }

        float[] gradients = new float[Layouts.Max(l => l.Channels)];
        var cases = new System.Collections.Generic.List<(string Name, Action Call)>
        {
            ("whole span, one call", () => BroadcastActivations.PReluBackward(x.Span, 0.25f, dy.Span, dx.Span)),
        };
        foreach ((int channels, int inner) in Layouts)
        {
            float[] slopes = Enumerable.Range(0, channels).Select(c => 0.25f + c * 1e-3f).ToArray();
            cases.Add(($"slice loop, C {channels}, inner {inner}", () => Helper(slopes, channels, inner, x.Span, dy.Span, dx.Span, gradients)));
            cases.Add(($"per-channel kernel, C {channels}, inner {inner}", () => Elementwise<float>.BackwardPerChannel<BroadcastActivations.PReluKernel>(slopes, channels, inner, x.Span, dy.Span, dx.Span, gradients.AsSpan(0, channels))));
            float[] columns = new float[3 * (elements / channels)];
            cases.Add(($"gathered, C {channels}, inner {inner}", () => Gathered(slopes, channels, inner, x.Span, dy.Span, dx.Span, gradients, columns)));
        }

        int rowChannels = Layouts[0].Channels;
        float[] rowSlopes = Enumerable.Range(0, rowChannels).Select(c => 0.25f + c * 1e-3f).ToArray();
        float[] rowGradients = new float[rowChannels], accumulators = new float[rowChannels];
        cases.Add(($"per-row kernel, C {rowChannels}, inner 1", () => PerRow(rowSlopes, x.Span, dy.Span, dx.Span, rowGradients, accumulators)));

        int calls = Math.Max(1, (1 << 22) / elements);
        double[] best = Enumerable.Repeat(double.MaxValue, cases.Count).ToArray();
        for (int round = 0; round < rounds + 2; round++)
        {
            for (int c = 0; c < cases.Count; c++)
            {
                double start = BroadcastCpuTime.ThreadMilliseconds();
                for (int k = 0; k < calls; k++)
                {
                    cases[c].Call();
                }

                if (round >= 2)
                {
                    best[c] = Math.Min(best[c], (BroadcastCpuTime.ThreadMilliseconds() - start) / calls);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PReLU backward, {elements} floats, per-channel slopes: minimum thread CPU time per call over {rounds} rounds, {calls} call(s) each"));
        for (int c = 0; c < cases.Count; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cases[c].Name,-44} {best[c] * 1000,12:F1} µs  {best[c] / best[0],6:F2} × whole span"));
        }

        return 0;
    }

    /// <summary>The trainer's former <c>PerChannel&lt;TKernel&gt;.Backward</c> for one parameter (a fused call per slice), which the per-channel kernel replaced.</summary>
    private static void Helper(float[] slopes, int channels, int inner, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> gradients)
    {
        Span<double> sums = stackalloc double[channels];
        Span<float> slice = stackalloc float[1];
        for (int start = 0; start < x.Length; start += channels * inner)
        {
            for (int c = 0; c < channels; c++)
            {
                int at = start + c * inner;
                Elementwise<float>.Backward(BroadcastActivations.PReluKernel.Create(slopes.AsSpan(c, 1)), x.Slice(at, inner), dy.Slice(at, inner), dx.Slice(at, inner), slice);
                sums[c] += slice[0];
            }
        }

        for (int c = 0; c < channels; c++)
        {
            gradients[c] = (float)sums[c];
        }
    }

    /// <summary>
    /// One fused call per channel on its elements gathered from every sample (x and dy copied into contiguous
    /// scratch, dx copied back): C calls of N·inner elements instead of N·C calls of inner.
    /// </summary>
    private static void Gathered(float[] slopes, int channels, int inner, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> gradients, float[] scratch)
    {
        int rows = x.Length / (channels * inner);
        int length = rows * inner;
        Span<float> xs = scratch.AsSpan(0, length), dys = scratch.AsSpan(length, length), dxs = scratch.AsSpan(2 * length, length);
        Span<float> slice = stackalloc float[1];
        for (int c = 0; c < channels; c++)
        {
            for (int n = 0; n < rows; n++)
            {
                int at = ((n * channels) + c) * inner;
                x.Slice(at, inner).CopyTo(xs.Slice(n * inner, inner));
                dy.Slice(at, inner).CopyTo(dys.Slice(n * inner, inner));
            }

            Elementwise<float>.Backward(BroadcastActivations.PReluKernel.Create(slopes.AsSpan(c, 1)), xs, dys, dxs, slice);
            gradients[c] = slice[0];
            for (int n = 0; n < rows; n++)
            {
                dxs.Slice(n * inner, inner).CopyTo(dx.Slice(((n * channels) + c) * inner, inner));
            }
        }
    }

    /// <summary>A lower bound on a dedicated <c>[N, C]</c> kernel: per row, the two-span kernel over the row of slopes, and one vector add of the row's slope gradients.</summary>
    private static void PerRow(float[] slopes, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> rowGradients, Span<float> accumulators)
    {
        int c = slopes.Length;
        accumulators.Clear();
        for (int start = 0; start < x.Length; start += c)
        {
            BroadcastActivations.PReluTwoSpansBackward(x.Slice(start, c), slopes, dy.Slice(start, c), dx.Slice(start, c), rowGradients);
            TensorPrimitives.Add(accumulators, rowGradients, accumulators);
        }
    }
}
