#if NET10_0_OR_GREATER
using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

// The per-channel drivers: data laid out [N, C, inner], one value of each broadcast parameter per channel (written by
// hand, not by tools/kernels/GenerateElementwise.cs: they exist for one span input only, the activations' case).
public static partial class Elementwise<T>
{
    /// <summary>
    /// Forward kernel of a parametric function with one value of each broadcast parameter per channel:
    /// <c>y[n, c, i] = F(x[n, c, i]; parameters of channel c)</c> on data laid out <c>[N, C, inner]</c> (contiguous; inner = 1
    /// for <c>[N, C]</c>), in one call. Where a channel's runs are at least a vector long, the vectors run along them with
    /// the channel's parameters in every lane; where they are shorter, the vectors run across channels, with each lane's own
    /// parameters (<see cref="IPerChannelFunction{TSelf, T}"/>).
    /// </summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="parameters">
    /// The parameters, parameter by parameter: broadcast parameter <c>k</c>'s value for channel <c>c</c> is
    /// <c>parameters[k · C + c]</c> (so for one parameter, one value per channel); its length is
    /// <c>TFunction.ParameterCount · C</c>.
    /// </param>
    /// <param name="channels">C, at least 1.</param>
    /// <param name="inner">The elements of one channel of one sample (the product of the sizes after C), at least 1.</param>
    /// <param name="x">The input, <c>[N, C, inner]</c>: its length is a multiple of C · inner (N = 0 is allowed).</param>
    /// <param name="y">Receives the outputs; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="parametersName">How the caller spells <paramref name="parameters"/>, for the exception (filled in by the compiler).</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="channels"/> or <paramref name="inner"/> is below 1, <paramref name="parameters"/> does not hold one value
    /// per parameter and channel, the length of <paramref name="x"/> is not a multiple of C · inner, or the spans differ in length.
    /// </exception>
    public static void ForwardPerChannel<TFunction>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, Span<T> y,
        [CallerArgumentExpression(nameof(parameters))] string? parametersName = null,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
    {
        RequireLayout<TFunction>(parameters.Length, parametersName, channels, inner, x.Length, xName);
        Require(y.Length, yName, nameof(y), x.Length, xName, nameof(x));
        if (Vec512<T>.IsHardwareAccelerated)
        {
            ForwardPerChannel<TFunction, Vec512<T>>(parameters, channels, inner, x, y, vectors: true);
        }
        else if (Vec256<T>.IsHardwareAccelerated)
        {
            ForwardPerChannel<TFunction, Vec256<T>>(parameters, channels, inner, x, y, vectors: true);
        }
        else
        {
            ForwardPerChannel<TFunction, Vec128<T>>(parameters, channels, inner, x, y, Vec128<T>.IsHardwareAccelerated);
        }
    }

    /// <summary>
    /// Backward kernel of a parametric function with one value of each broadcast parameter per channel, in one pass over
    /// <c>[N, C, inner]</c> data: <c>dx</c> from <c>dy</c>, and each parameter's gradient per channel,
    /// <c>Σ over n, i of dy[n, c, i] · ∂F/∂parameter</c>, with the accuracy of the whole-span drivers (<c>float</c>: exact
    /// products summed in <c>double</c> lanes; <c>double</c>: TwoSum-compensated lanes; the lanes and the scalar tail
    /// finished with a compensated sum per channel, rounded once). NaN-safe as the other kernels: a lane whose branch is
    /// not taken contributes its own side's gradients only.
    /// </summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="parameters">The parameters, parameter by parameter (<c>parameters[k · C + c]</c>), as for <see cref="ForwardPerChannel{TFunction}"/>.</param>
    /// <param name="channels">C, at least 1.</param>
    /// <param name="inner">The elements of one channel of one sample, at least 1.</param>
    /// <param name="x">The input of the forward pass, <c>[N, C, inner]</c>.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx">Receives the gradients with respect to the input; may be the same memory as <paramref name="x"/> or <paramref name="dy"/>.</param>
    /// <param name="parameterGradients">Receives the parameters' gradients, laid out as <paramref name="parameters"/> (overwritten; all zero for N = 0).</param>
    /// <param name="parametersName">How the caller spells <paramref name="parameters"/>, for the exception (filled in by the compiler).</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dxName">How the caller spells <paramref name="dx"/>, for the exception (filled in by the compiler).</param>
    /// <param name="parameterGradientsName">How the caller spells <paramref name="parameterGradients"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">As for <see cref="ForwardPerChannel{TFunction}"/>, or <paramref name="parameterGradients"/> differs in length from <paramref name="parameters"/>.</exception>
    public static void BackwardPerChannel<TFunction>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> parameterGradients,
        [CallerArgumentExpression(nameof(parameters))] string? parametersName = null,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx))] string? dxName = null,
        [CallerArgumentExpression(nameof(parameterGradients))] string? parameterGradientsName = null)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
    {
        RequireLayout<TFunction>(parameters.Length, parametersName, channels, inner, x.Length, xName);
        Require(dy.Length, dyName, nameof(dy), x.Length, xName, nameof(x));
        Require(dx.Length, dxName, nameof(dx), x.Length, xName, nameof(x));
        Require(parameterGradients.Length, parameterGradientsName, nameof(parameterGradients), parameters.Length, parametersName, nameof(parameters));
        GradientSum<T>[]? rented = null;
        Span<GradientSum<T>> sums = parameters.Length <= 256
            ? stackalloc GradientSum<T>[256]
            : (rented = ArrayPool<GradientSum<T>>.Shared.Rent(parameters.Length));
        sums = sums[..parameters.Length];
        sums.Clear();
        if (Vec512<T>.IsHardwareAccelerated)
        {
            BackwardPerChannel<TFunction, Vec512<T>>(parameters, channels, inner, x, dy, dx, sums, vectors: true);
        }
        else if (Vec256<T>.IsHardwareAccelerated)
        {
            BackwardPerChannel<TFunction, Vec256<T>>(parameters, channels, inner, x, dy, dx, sums, vectors: true);
        }
        else
        {
            BackwardPerChannel<TFunction, Vec128<T>>(parameters, channels, inner, x, dy, dx, sums, Vec128<T>.IsHardwareAccelerated);
        }

        for (int k = 0; k < sums.Length; k++)
        {
            parameterGradients[k] = sums[k].Value;
        }

        if (rented is not null)
        {
            ArrayPool<GradientSum<T>>.Shared.Return(rented);
        }
    }

    /// <summary>The forward pass at width <typeparamref name="V"/> (internal: the tests run every width); <paramref name="vectors"/> false runs one element at a time.</summary>
    internal static void ForwardPerChannel<TFunction, V>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, Span<T> y, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
    {
        if (x.Length == 0)
        {
            return;
        }

        if (!vectors || inner >= V.Count)
        {
            ForwardChannels<TFunction, V>(parameters, channels, inner, x, y, vectors);
        }
        else
        {
            ForwardColumns<TFunction, V>(parameters, channels, inner, x, y);
        }
    }

    /// <summary>The backward pass at width <typeparamref name="V"/>, adding to <paramref name="sums"/> (one per parameter and channel, as the parameters are laid out; internal: the tests run every width).</summary>
    internal static void BackwardPerChannel<TFunction, V>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<GradientSum<T>> sums, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
    {
        if (x.Length == 0)
        {
            return;
        }

        // One parameter: the two-vector accumulator, which the JIT keeps in registers.
        if (TFunction.ParameterCount == 1)
        {
            BackwardPerChannel<TFunction, V, SingleGradientSum<V, T>>(parameters, channels, inner, x, dy, dx, sums, vectors);
        }
        else
        {
            BackwardPerChannel<TFunction, V, VectorGradientSums<V, T>>(parameters, channels, inner, x, dy, dx, sums, vectors);
        }
    }

    /// <summary>The backward pass at width <typeparamref name="V"/> with the accumulator <typeparamref name="TSums"/> (internal: the tests run both accumulators).</summary>
    internal static void BackwardPerChannel<TFunction, V, TSums>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<GradientSum<T>> sums, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
        where TSums : struct, IVectorSums<TSums, V, T>
    {
        if (x.Length == 0)
        {
            return;
        }

        if (!vectors || inner >= V.Count)
        {
            BackwardChannels<TFunction, V, TSums>(parameters, channels, inner, x, dy, dx, sums, vectors);
        }
        else
        {
            BackwardColumns<TFunction, V, TSums>(parameters, channels, inner, x, dy, dx, sums);
        }
    }

    /// <summary>
    /// Channel by channel, each with its own struct: along the channel's run of <paramref name="inner"/> elements in every
    /// sample, vectors with the parameters in every lane, then the run's last elements one at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ForwardChannels<TFunction, V>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, Span<T> y, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        nint row = (nint)channels * inner;
        nint vectorEnd = vectors ? inner - inner % V.Count : 0;
        Span<T> own = stackalloc T[TFunction.ParameterCount];
        for (int c = 0; c < channels; c++)
        {
            TFunction f = ChannelFunction<TFunction>(parameters, channels, c, own);
            for (nint start = (nint)c * inner; start < x.Length; start += row)
            {
                nint i = 0;
                for (; i < vectorEnd; i += V.Count)
                {
                    V.Store(f.Value(V.Load(ref xRef, (nuint)(start + i))), ref yRef, (nuint)(start + i));
                }

                for (; i < inner; i++)
                {
                    Unsafe.Add(ref yRef, start + i) = f.Value(Unsafe.Add(ref xRef, start + i));
                }
            }
        }
    }

    /// <summary>
    /// Runs shorter than a vector: the vectors run across a sample's C · inner elements, column block by column block
    /// down the samples, with each lane's parameters; the columns past the last whole vector run one at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ForwardColumns<TFunction, V>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, Span<T> y)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
    {
        int row = channels * inner;
        T[]? rented = null;
        ReadOnlySpan<T> lanes = inner == 1 ? parameters : Expand(parameters, channels, inner, out rented);
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int vectorEnd = row - row % V.Count;
        var values = default(LaneParameters<V, T>);
        for (int j = 0; j < vectorEnd; j += V.Count)
        {
            values.Load(lanes, TFunction.ParameterCount, row, j);
            for (nint at = j; at < x.Length; at += row)
            {
                V.Store(TFunction.Value(V.Load(ref xRef, (nuint)at), in values), ref yRef, (nuint)at);
            }
        }

        Span<T> own = stackalloc T[TFunction.ParameterCount];
        for (int j = vectorEnd; j < row; j++)
        {
            TFunction f = ChannelFunction<TFunction>(parameters, channels, j / inner, own);
            for (nint at = j; at < x.Length; at += row)
            {
                Unsafe.Add(ref yRef, at) = f.Value(Unsafe.Add(ref xRef, at));
            }
        }

        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>The backward pass of <see cref="ForwardChannels"/>: each channel's sums stay in vector registers through all its samples.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BackwardChannels<TFunction, V, TSums>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<GradientSum<T>> sums, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
        where TSums : struct, IVectorSums<TSums, V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dxRef = ref MemoryMarshal.GetReference(dx);
        nint row = (nint)channels * inner;
        nint vectorEnd = vectors ? inner - inner % V.Count : 0;
        int p = TFunction.ParameterCount;
        Span<T> own = stackalloc T[p];
        for (int c = 0; c < channels; c++)
        {
            TFunction f = ChannelFunction<TFunction>(parameters, channels, c, own);
            var vectorSums = default(TSums);
            var scalarSums = default(ScalarGradientSums<T>);
            for (nint start = (nint)c * inner; start < x.Length; start += row)
            {
                nint i = 0;
                for (; i < vectorEnd; i += V.Count)
                {
                    V.Store(f.Backward(V.Load(ref xRef, (nuint)(start + i)), V.Load(ref dyRef, (nuint)(start + i)), ref vectorSums), ref dxRef, (nuint)(start + i));
                }

                for (; i < inner; i++)
                {
                    Unsafe.Add(ref dxRef, start + i) = f.Backward(Unsafe.Add(ref xRef, start + i), Unsafe.Add(ref dyRef, start + i), ref scalarSums);
                }
            }

            if (vectorEnd > 0)
            {
                TSums.AddTo(vectorSums, ref scalarSums, p);
            }

            for (int k = 0; k < p; k++)
            {
                sums[k * channels + c].AddDouble(scalarSums.Total(k));
            }
        }
    }

    /// <summary>The backward pass of <see cref="ForwardColumns"/>: each column block's sums stay in vector registers down all the samples, then go lane by lane to their channels.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BackwardColumns<TFunction, V, TSums>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<GradientSum<T>> sums)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
        where TSums : struct, IVectorSums<TSums, V, T>
    {
        int row = channels * inner, p = TFunction.ParameterCount;
        T[]? rented = null;
        ReadOnlySpan<T> lanes = inner == 1 ? parameters : Expand(parameters, channels, inner, out rented);
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dxRef = ref MemoryMarshal.GetReference(dx);
        int vectorEnd = row - row % V.Count;
        var values = default(LaneParameters<V, T>);
        for (int j = 0; j < vectorEnd; j += V.Count)
        {
            values.Load(lanes, p, row, j);
            var vectorSums = default(TSums);
            for (nint at = j; at < x.Length; at += row)
            {
                V.Store(TFunction.Backward(V.Load(ref xRef, (nuint)at), V.Load(ref dyRef, (nuint)at), in values, ref vectorSums), ref dxRef, (nuint)at);
            }

            TSums.AddEachLane(vectorSums, p, sums, channels, j, inner);
        }

        Span<T> own = stackalloc T[p];
        for (int j = vectorEnd; j < row; j++)
        {
            int c = j / inner;
            TFunction f = ChannelFunction<TFunction>(parameters, channels, c, own);
            var scalarSums = default(ScalarGradientSums<T>);
            for (nint at = j; at < x.Length; at += row)
            {
                Unsafe.Add(ref dxRef, at) = f.Backward(Unsafe.Add(ref xRef, at), Unsafe.Add(ref dyRef, at), ref scalarSums);
            }

            for (int k = 0; k < p; k++)
            {
                sums[k * channels + c].AddDouble(scalarSums.Total(k));
            }
        }

        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>The struct of channel <paramref name="c"/>: its parameters gathered from the parameter-major layout into <paramref name="own"/>.</summary>
    private static TFunction ChannelFunction<TFunction>(ReadOnlySpan<T> parameters, int channels, int c, Span<T> own)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
    {
        for (int k = 0; k < own.Length; k++)
        {
            own[k] = parameters[k * channels + c];
        }

        return TFunction.Create(own);
    }

    /// <summary>Each parameter's value for every element of a sample (<c>[k, c, i]</c> is parameter k of channel c): the lanes' parameters where runs are shorter than a vector.</summary>
    private static ReadOnlySpan<T> Expand(ReadOnlySpan<T> parameters, int channels, int inner, out T[] rented)
    {
        rented = ArrayPool<T>.Shared.Rent(parameters.Length * inner);
        Span<T> lanes = rented.AsSpan(0, parameters.Length * inner);
        for (int k = 0; k < parameters.Length; k++)
        {
            lanes.Slice(k * inner, inner).Fill(parameters[k]);
        }

        return lanes;
    }

    /// <summary>Throws unless the lengths fit the layout <c>[N, C, inner]</c> with one value per parameter and channel.</summary>
    private static void RequireLayout<TFunction>(int parameters, string? parametersName, int channels, int inner, int length, string? xName)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
    {
        if (channels < 1 || inner < 1)
        {
            throw new ArgumentException($"The layout [N, C = {channels}, inner = {inner}] needs at least one channel and one element per channel.", channels < 1 ? nameof(channels) : nameof(inner));
        }

        int p = TFunction.ParameterCount;
        if (parameters != (long)p * channels)
        {
            string name = Name(parametersName, nameof(parameters));
            throw new ArgumentException($"Span '{name}' has length {parameters}; it must hold {p} broadcast parameter(s) × {channels} channels = {(long)p * channels} values, parameter by parameter.", name);
        }

        if (length % ((long)channels * inner) != 0)
        {
            string name = Name(xName, "x");
            throw new ArgumentException($"Span '{name}' has length {length}, which is not a whole number of samples of C · inner = {channels} · {inner} elements.", name);
        }
    }
}

/// <summary>The per-channel drivers' parameter vectors for one column block: one vector per broadcast parameter.</summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal struct LaneParameters<V, T> : IParameterVectors<V>
    where V : struct, IVector<V, T>
    where T : unmanaged
{
    private ParameterBuffer<V> values;

    /// <inheritdoc/>
    public readonly V this[int parameter]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => values[parameter];
    }

    /// <summary>Loads each parameter's lanes for the elements <paramref name="column"/>… of a sample, from rows of <paramref name="row"/> values per parameter.</summary>
    public void Load(ReadOnlySpan<T> lanes, int count, int row, int column)
    {
        ref T first = ref MemoryMarshal.GetReference(lanes);
        for (int k = 0; k < count; k++)
        {
            values[k] = V.Load(ref first, (nuint)(k * row + column));
        }
    }
}
#endif
