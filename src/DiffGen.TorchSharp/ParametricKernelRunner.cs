using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs an <see cref="IParametricTensorKernel{T}"/> on the memory of CPU tensors. The span inputs broadcast by torch's
/// rules and are made contiguous; the elements are cut into pieces for torch's intra-op threads, and each piece into
/// channel slices where a parameter is per channel (for each n, each c: the <c>prod(rest)</c> contiguous elements of
/// channel c), so every kernel call sees one value per parameter. Each call returns its slice's summed parameter
/// gradients (rounded once to <c>T</c>); those are added in <c>double</c> with compensation, per channel. Where the kernel
/// has per-channel drivers (<see cref="IPerChannelTensorKernel{T}"/>) and a parameter is per channel, the pieces are runs
/// of whole samples instead, one driver call each, which returns every channel's gradients at once: one call per channel
/// slice costs a call, a piece of setup and a reduction per slice, which dominates at small inner sizes.
/// </summary>
internal static unsafe class ParametricKernelRunner
{
    /// <summary>
    /// Whether per-channel parameters go through the kernel's per-channel drivers where it has them (else channel slices):
    /// a switch for the benchmark that compares the two paths and the tests that check they agree.
    /// </summary>
    internal static bool UsePerChannelKernel { get; set; } = true;

    /// <summary>How many forward and backward calls took the per-channel drivers, for the tests that prove the path is taken.</summary>
    internal static long PerChannelCalls => Volatile.Read(ref perChannelCalls);

    private static long perChannelCalls;

    /// <summary>The most elements one kernel call takes: spans have an <c>int</c> length.</summary>
    private const long MaxSpan = 1L << 30;

    /// <summary>Piece boundaries are multiples of this, so every piece but the last runs whole 512-bit vectors.</summary>
    private const long Alignment = 64;

    /// <summary>The span inputs and the broadcast parameters of a call, split by the kernel's mask.</summary>
    public static (List<Tensor> Spans, List<Tensor> Parameters, List<int> Positions) Split<TKernel, T>(IReadOnlyList<Tensor> inputs)
        where TKernel : struct, IParametricTensorKernel<T>
        where T : unmanaged
    {
        ReadOnlySpan<bool> broadcast = default(TKernel).Broadcast;
        var spans = new List<Tensor>();
        var parameters = new List<Tensor>();
        var positions = new List<int>();
        for (int k = 0; k < inputs.Count; k++)
        {
            if (broadcast[k])
            {
                parameters.Add(inputs[k]);
                positions.Add(k);
            }
            else
            {
                spans.Add(inputs[k]);
            }
        }

        return (spans, parameters, positions);
    }

    /// <summary>The values <c>F(inputs…)</c>, of the span inputs' broadcast shape.</summary>
    public static Tensor Forward<TKernel, T>(string name, IReadOnlyList<Tensor> inputs, ScalarType dtype)
        where TKernel : struct, IParametricTensorKernel<T>
        where T : unmanaged
    {
        (List<Tensor> spans, List<Tensor> parameters, List<int> positions) = Split<TKernel, T>(inputs);
        ParameterLayout layout = ParameterLayout.Of(name, KernelRunner.BroadcastShape(spans), parameters, positions);
        T[] values = Values<T>(parameters, layout);
        int count = parameters.Count;
        Tensor[] prepared = KernelRunner.Prepare(spans, layout.Shape);
        try
        {
            Tensor output = torch.empty(layout.Shape, dtype);
            nint[] sources = KernelRunner.Pointers(prepared);
            nint target = KernelRunner.Pointer(output);
            if (PerChannelKernel<TKernel, T>(layout) is { } kernel)
            {
                T[] byParameter = ParameterMajor(values, count, layout.Channels);
                int channels = (int)layout.Channels, inner = (int)layout.Inner;
                RunSamples(output.numel(), layout, (piece, start, length) =>
                {
                    kernel.ForwardPerChannel(new ReadOnlySpan<T>((T*)sources[0] + start, length), byParameter, channels, inner, new Span<T>((T*)target + start, length));
                });
                return output;
            }

            Run(output.numel(), layout, (piece, start, length, channel) =>
            {
                default(TKernel).Forward(KernelRunner.Spans<T>(sources, start, length), values.AsSpan(channel * count, count), new Span<T>((T*)target + start, length));
            });
            return output;
        }
        finally
        {
            KernelRunner.DisposeCopies(prepared, spans);
        }
    }

    /// <summary>
    /// The gradient of the loss with respect to each input (span inputs summed back to their shapes, parameters summed
    /// to theirs); null where <paramref name="wanted"/> is false.
    /// </summary>
    public static Tensor?[] Backward<TKernel, T>(string name, IReadOnlyList<Tensor> inputs, Tensor outputGradient, bool[] wanted, ScalarType dtype)
        where TKernel : struct, IParametricTensorKernel<T>
        where T : unmanaged
    {
        (List<Tensor> spans, List<Tensor> parameters, List<int> positions) = Split<TKernel, T>(inputs);
        ParameterLayout layout = ParameterLayout.Of(name, KernelRunner.BroadcastShape(spans), parameters, positions);
        T[] values = Values<T>(parameters, layout);
        int count = parameters.Count;
        long channels = layout.Channels;
        Tensor[] prepared = KernelRunner.Prepare(spans, layout.Shape);
        Tensor seed = KernelRunner.Prepare(outputGradient, layout.Shape);
        var gradients = new Tensor[spans.Count];
        try
        {
            for (int k = 0; k < gradients.Length; k++)
            {
                gradients[k] = torch.empty(layout.Shape, dtype);
            }

            nint[] sources = KernelRunner.Pointers(prepared);
            nint seedAt = KernelRunner.Pointer(seed);
            nint[] targets = KernelRunner.Pointers(gradients);
            long total = KernelRunner.ShapeSize(layout.Shape);
            IPerChannelTensorKernel<T>? kernel = PerChannelKernel<TKernel, T>(layout);
            int pieces = kernel is null ? Pieces(total) : SamplePieces(total, layout);

            // One compensated sum per piece, channel and parameter: pieces run in parallel and never share one.
            var sums = new GradientSum<double>[pieces * channels * count];
            if (kernel is not null)
            {
                T[] byParameter = ParameterMajor(values, count, channels);
                int c32 = (int)channels, inner = (int)layout.Inner;
                RunSamples(total, layout, (piece, start, length) =>
                {
                    // The driver's gradients are parameter-major (k · C + c), each channel's rounded once to T.
                    var own = new T[byParameter.Length];
                    kernel.BackwardPerChannel(
                        new ReadOnlySpan<T>((T*)sources[0] + start, length), byParameter, c32, inner,
                        new ReadOnlySpan<T>((T*)seedAt + start, length), new Span<T>((T*)targets[0] + start, length), own);
                    for (int j = 0; j < count; j++)
                    {
                        for (int c = 0; c < c32; c++)
                        {
                            sums[((piece * channels) + c) * count + j].Add(ToDouble(own[(j * c32) + c]));
                        }
                    }
                });
            }
            else
            {
                Run(total, layout, (piece, start, length, channel) =>
                {
                    Span<T> slice = stackalloc T[count];
                    default(TKernel).Backward(
                        KernelRunner.Spans<T>(sources, start, length), values.AsSpan(channel * count, count),
                        new ReadOnlySpan<T>((T*)seedAt + start, length), KernelRunner.Spans<T>(targets, start, length), slice);
                    for (int j = 0; j < count; j++)
                    {
                        sums[((piece * channels) + channel) * count + j].Add(ToDouble(slice[j]));
                    }
                });
            }

            var result = new Tensor?[inputs.Count];
            int span = 0, parameter = 0;
            for (int k = 0; k < result.Length; k++)
            {
                if (parameters.Count > parameter && positions[parameter] == k)
                {
                    if (wanted[k])
                    {
                        result[k] = ParameterGradient(sums, pieces, channels, count, parameter, layout.PerChannel[parameter], parameters[parameter].shape, dtype);
                    }

                    parameter++;
                    continue;
                }

                Tensor g = gradients[span];
                if (wanted[k])
                {
                    result[k] = KernelRunner.SumTo(g, spans[span].shape);
                }

                if (!ReferenceEquals(result[k], g))
                {
                    g.Dispose();
                }

                span++;
            }

            return result;
        }
        finally
        {
            KernelRunner.DisposeCopies(prepared, spans);
            if (!ReferenceEquals(seed, outputGradient))
            {
                seed.Dispose();
            }
        }
    }

    /// <summary>One parameter's gradient: its sums over the pieces, per channel, or over every channel for a shared one.</summary>
    private static Tensor ParameterGradient(GradientSum<double>[] sums, int pieces, long channels, int count, int parameter, bool perChannel, long[] shape, ScalarType dtype)
    {
        var totals = new double[perChannel ? channels : 1];
        var shared = new GradientSum<double>();
        for (long c = 0; c < channels; c++)
        {
            var sum = new GradientSum<double>();
            for (int p = 0; p < pieces; p++)
            {
                sum.Add(sums[((p * channels) + c) * count + parameter].Value);
            }

            if (perChannel)
            {
                totals[c] = sum.Value;
            }
            else
            {
                // A shared parameter beside per-channel ones: its gradient is the sum over every channel.
                shared.Add(sum.Value);
            }
        }

        if (!perChannel)
        {
            totals[0] = shared.Value;
        }

        using Tensor t = torch.tensor(totals, ScalarType.Float64);
        using Tensor typed = t.to_type(dtype);
        return typed.reshape(shape);
    }

    /// <summary>The parameters' values per channel: <c>values[c * count + k]</c> is parameter k's value on channel c.</summary>
    private static T[] Values<T>(List<Tensor> parameters, ParameterLayout layout)
        where T : unmanaged
    {
        int count = parameters.Count;
        var values = new T[layout.Channels * count];
        for (int k = 0; k < count; k++)
        {
            using Tensor flat = parameters[k].detach().contiguous().reshape(-1);
            T[] own = flat.data<T>().ToArray();
            for (long c = 0; c < layout.Channels; c++)
            {
                values[c * count + k] = layout.PerChannel[k] ? own[c] : own[0];
            }
        }

        return values;
    }

    /// <summary>
    /// The kernel as its per-channel drivers where it has them, some parameter is per channel and one sample fits a span;
    /// else null, for the channel slices. Counts the calls that take it.
    /// </summary>
    private static IPerChannelTensorKernel<T>? PerChannelKernel<TKernel, T>(ParameterLayout layout)
        where TKernel : struct, IParametricTensorKernel<T>
        where T : unmanaged
    {
        if (!UsePerChannelKernel || !layout.AnyPerChannel || layout.Channels * layout.Inner > MaxSpan || default(TKernel) is not IPerChannelTensorKernel<T> kernel)
        {
            return null;
        }

        Interlocked.Increment(ref perChannelCalls);
        return kernel;
    }

    /// <summary>The channel-major values (<c>values[c · count + k]</c>) parameter-major, as the drivers take them (<c>k · C + c</c>).</summary>
    private static T[] ParameterMajor<T>(T[] values, int count, long channels)
        where T : unmanaged
    {
        var result = new T[values.Length];
        for (int k = 0; k < count; k++)
        {
            for (long c = 0; c < channels; c++)
            {
                result[(k * channels) + c] = values[(c * count) + k];
            }
        }

        return result;
    }

    /// <summary>
    /// How many pieces <see cref="RunSamples"/> cuts <paramref name="total"/> elements into: as <see cref="Pieces"/>, but
    /// no more than there are samples, and enough that each piece's whole samples fit a span.
    /// </summary>
    private static int SamplePieces(long total, ParameterLayout layout)
    {
        long sample = layout.Channels * layout.Inner;
        long samples = total / sample;
        if (samples == 0)
        {
            return 1;
        }

        long perSpan = MaxSpan / sample;
        return (int)Math.Min(samples, Math.Max(Pieces(total), (samples + perSpan - 1) / perSpan));
    }

    /// <summary>
    /// Calls <paramref name="body"/> (piece, start, length) on pieces of whole samples (<c>C · inner</c> elements each) of
    /// <c>[0, total)</c>, in parallel when there are several.
    /// </summary>
    private static void RunSamples(long total, ParameterLayout layout, Action<int, long, int> body)
    {
        if (total == 0)
        {
            return;
        }

        long sample = layout.Channels * layout.Inner;
        long samples = total / sample;
        int pieces = SamplePieces(total, layout);
        long size = (samples + pieces - 1) / pieces;
        int used = (int)((samples + size - 1) / size);
        void Piece(int piece)
        {
            long first = piece * size;
            long count = Math.Min(samples, first + size) - first;
            body(piece, first * sample, (int)(count * sample));
        }

        if (used == 1)
        {
            Piece(0);
            return;
        }

        IntraOpThreads.For(used, Math.Max(1, torch.get_num_threads()), Piece);
    }

    /// <summary>How many pieces <see cref="Run"/> cuts <paramref name="total"/> elements into (as the other kernels: torch's grain size and threads).</summary>
    private static int Pieces(long total)
    {
        if (total == 0)
        {
            return 1;
        }

        int threads = Math.Max(1, torch.get_num_threads());
        long byThreads = Math.Min(threads, Math.Max(1, total / KernelRunner.GrainSize));
        return (int)Math.Max(byThreads, (total + MaxSpan - 1) / MaxSpan);
    }

    /// <summary>
    /// Calls <paramref name="body"/> (piece, start, length, channel) on every channel slice of every piece of
    /// <c>[0, total)</c>, the pieces in parallel when there are several.
    /// </summary>
    private static void Run(long total, ParameterLayout layout, Action<int, long, int, int> body)
    {
        if (total == 0)
        {
            return;
        }

        int pieces = Pieces(total);
        long size = ((total + pieces - 1) / pieces + Alignment - 1) / Alignment * Alignment;
        long inner = layout.Inner;
        long channels = layout.Channels;
        void Piece(int piece)
        {
            long start = piece * size;
            long end = Math.Min(total, start + size);
            while (start < end)
            {
                long slice = start / inner;
                long stop = Math.Min(end, (slice + 1) * inner);
                body(piece, start, (int)(stop - start), (int)(slice % channels));
                start = stop;
            }
        }

        int used = (int)((total + size - 1) / size);
        if (used == 1)
        {
            Piece(0);
            return;
        }

        IntraOpThreads.For(used, Math.Max(1, torch.get_num_threads()), Piece);
    }

    private static double ToDouble<T>(T value)
        where T : unmanaged =>
        typeof(T) == typeof(float) ? Unsafe.As<T, float>(ref value) : Unsafe.As<T, double>(ref value);
}
