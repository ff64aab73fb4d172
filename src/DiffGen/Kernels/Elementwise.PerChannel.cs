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
    /// <summary>Runs of at least this many vectors keep their sums in registers for the run (<see cref="BackwardRun"/>).</summary>
    private const int LongRun = 32;

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
        GradientSum<T>[] sums = ArrayPool<GradientSum<T>>.Shared.Rent(parameters.Length);
        Array.Clear(sums, 0, parameters.Length);
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

        for (int k = 0; k < parameters.Length; k++)
        {
            parameterGradients[k] = sums[k].Value;
        }

        ArrayPool<GradientSum<T>>.Shared.Return(sums);
    }

    /// <summary>The forward pass at width <typeparamref name="V"/> (internal: the tests run every width); <paramref name="vectors"/> false runs one element at a time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ForwardPerChannel<TFunction, V>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, Span<T> y, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
    {
        if (x.Length == 0)
        {
            return;
        }

        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        TFunction[] functions = ChannelFunctions<TFunction>(parameters, channels);
        if (!vectors || inner >= V.Count)
        {
            // Runs of a vector or more: along each run, the channel's struct with its parameters in every lane.
            nint vectorEnd = vectors ? inner - inner % V.Count : 0;
            for (nint start = 0; start < x.Length;)
            {
                for (int c = 0; c < channels; c++, start += inner)
                {
                    TFunction f = functions[c];
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
        else
        {
            // Shorter runs: vectors across a sample's C · inner elements, each lane with its own parameters.
            int row = channels * inner, vectorEnd = row - row % V.Count;
            T[] lanes = Lanes(parameters, channels, inner);
            for (nint start = 0; start < x.Length; start += row)
            {
                for (int j = 0; j < vectorEnd; j += V.Count)
                {
                    var values = new LaneParameters<V, T>(lanes, row, j);
                    V.Store(TFunction.Value(V.Load(ref xRef, (nuint)(start + j)), in values), ref yRef, (nuint)(start + j));
                }

                for (int j = vectorEnd; j < row; j++)
                {
                    Unsafe.Add(ref yRef, start + j) = functions[j / inner].Value(Unsafe.Add(ref xRef, start + j));
                }
            }

            ArrayPool<T>.Shared.Return(lanes);
        }

        ArrayPool<TFunction>.Shared.Return(functions);
    }

    /// <summary>
    /// The backward pass at width <typeparamref name="V"/>, adding to <paramref name="sums"/> (one per parameter and
    /// channel, laid out as the parameters; internal: the tests run every width). In memory order, as the forward pass;
    /// the vector sums of each channel (runs of a vector or more) or column block (shorter runs) stay in a small array
    /// in the first level of cache, and are added lane by lane to their channels' sums at the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void BackwardPerChannel<TFunction, V>(ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, GradientSum<T>[] sums, bool vectors)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
    {
        if (x.Length == 0)
        {
            return;
        }

        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dxRef = ref MemoryMarshal.GetReference(dx);
        int p = TFunction.ParameterCount, row = channels * inner;
        TFunction[] functions = ChannelFunctions<TFunction>(parameters, channels);
        bool alongRuns = !vectors || inner >= V.Count;
        int vectorEnd = alongRuns ? (vectors ? inner - inner % V.Count : 0) : row - row % V.Count;

        // Three vectors per parameter (LaneSums.AccumulateProduct) for each column block (across channels), or Copies of them for each channel (along
        // runs: consecutive vectors of a run add to different copies, so that a long run is not one chain of
        // store-to-load forwarding; with one copy the 4096-element runs ran at 1.7 times the whole-span call's time).
        const int Copies = 4;
        int sums3 = 3 * p, stride = alongRuns ? Copies * sums3 : sums3, accumulators = stride * (alongRuns ? channels : vectorEnd / V.Count);
        V[] store = ArrayPool<V>.Shared.Rent(Math.Max(1, accumulators));
        Array.Clear(store, 0, accumulators);
        if (alongRuns)
        {
            for (nint start = 0; start < x.Length;)
            {
                for (int c = 0; c < channels; c++, start += inner)
                {
                    TFunction f = functions[c];
                    int i = 0;
                    if (vectorEnd >= LongRun * V.Count)
                    {
                        if (p == 1)
                        {
                            BackwardRun<TFunction, V, SingleGradientSum<V, T>>(f, ref xRef, ref dyRef, ref dxRef, start, vectorEnd, sums, channels, c);
                        }
                        else
                        {
                            BackwardRun<TFunction, V, VectorGradientSums<V, T>>(f, ref xRef, ref dyRef, ref dxRef, start, vectorEnd, sums, channels, c);
                        }

                        i = vectorEnd;
                    }

                    for (; i < vectorEnd; i += V.Count)
                    {
                        nuint at = (nuint)(start + i);
                        var vectorSums = new StoredGradientSums<V, T>(store, (c * stride) + ((i / V.Count % Copies) * sums3));
                        V.Store(f.Backward(V.Load(ref xRef, at), V.Load(ref dyRef, at), ref vectorSums), ref dxRef, at);
                    }

                    var scalarSums = new ChannelGradientSums<T>(sums, channels, c);
                    for (; i < inner; i++)
                    {
                        Unsafe.Add(ref dxRef, start + i) = f.Backward(Unsafe.Add(ref xRef, start + i), Unsafe.Add(ref dyRef, start + i), ref scalarSums);
                    }
                }
            }

            for (int c = 0; vectorEnd > 0 && c < channels; c++)
            {
                for (int copy = c * stride; copy < (c + 1) * stride; copy += sums3)
                {
                    for (int k = 0; k < p; k++)
                    {
                        // Every lane of channel c's sums is channel c's: the lanes seen as columns of a run longer than the vector.
                        LaneSums<V, T>.AddEachLane(store[copy + (3 * k)], store[copy + (3 * k) + 1], store[copy + (3 * k) + 2], sums.AsSpan((k * channels) + c, 1), 0, V.Count);
                    }
                }
            }
        }
        else
        {
            T[] lanes = Lanes(parameters, channels, inner);
            for (nint start = 0; start < x.Length; start += row)
            {
                for (int j = 0, block = 0; j < vectorEnd; j += V.Count, block += stride)
                {
                    var values = new LaneParameters<V, T>(lanes, row, j);
                    var vectorSums = new StoredGradientSums<V, T>(store, block);
                    nuint at = (nuint)(start + j);
                    V.Store(TFunction.Backward(V.Load(ref xRef, at), V.Load(ref dyRef, at), in values, ref vectorSums), ref dxRef, at);
                }

                for (int j = vectorEnd; j < row; j++)
                {
                    var scalarSums = new ChannelGradientSums<T>(sums, channels, j / inner);
                    Unsafe.Add(ref dxRef, start + j) = functions[j / inner].Backward(Unsafe.Add(ref xRef, start + j), Unsafe.Add(ref dyRef, start + j), ref scalarSums);
                }
            }

            for (int j = 0, block = 0; j < vectorEnd; j += V.Count, block += stride)
            {
                for (int k = 0; k < p; k++)
                {
                    LaneSums<V, T>.AddEachLane(store[block + (3 * k)], store[block + (3 * k) + 1], store[block + (3 * k) + 2], sums.AsSpan(k * channels, channels), j, inner);
                }
            }

            ArrayPool<T>.Shared.Return(lanes);
        }

        ArrayPool<V>.Shared.Return(store);
        ArrayPool<TFunction>.Shared.Return(functions);
    }

    /// <summary>
    /// One run of at least <see cref="LongRun"/> vectors, its sums in vector registers as the whole-span drivers keep them,
    /// added to the channel's sums at the end of the run (the stored sums would put every vector of the run on one chain
    /// through memory: with them, 4096-element runs took 0.81 times the slice loop's speed).
    /// </summary>
    private static void BackwardRun<TFunction, V, TSums>(TFunction f, ref T xRef, ref T dyRef, ref T dxRef, nint start, int vectorEnd, GradientSum<T>[] sums, int channels, int c)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
        where V : struct, IVector<V, T>
        where TSums : struct, IVectorSums<TSums, V, T>
    {
        var runSums = default(TSums);
        for (int i = 0; i < vectorEnd; i += V.Count)
        {
            nuint at = (nuint)(start + i);
            V.Store(f.Backward(V.Load(ref xRef, at), V.Load(ref dyRef, at), ref runSums), ref dxRef, at);
        }

        var total = default(ScalarGradientSums<T>);
        TSums.AddTo(runSums, ref total, TFunction.ParameterCount);
        for (int k = 0; k < TFunction.ParameterCount; k++)
        {
            sums[(k * channels) + c].AddDouble(total.Total(k));
        }
    }

    /// <summary>Each channel's struct, with its parameters gathered from the parameter-major layout.</summary>
    private static TFunction[] ChannelFunctions<TFunction>(ReadOnlySpan<T> parameters, int channels)
        where TFunction : struct, IPerChannelFunction<TFunction, T>
    {
        TFunction[] functions = ArrayPool<TFunction>.Shared.Rent(channels);
        Span<T> own = stackalloc T[TFunction.ParameterCount];
        for (int c = 0; c < channels; c++)
        {
            functions[c] = ChannelFunction<TFunction>(parameters, channels, c, own);
        }

        return functions;
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

    /// <summary>
    /// Each parameter's value for every element of a sample, <c>[k, c, i]</c> being parameter k of channel c: the lanes'
    /// parameters where the vectors run across channels (for inner = 1, a copy of the parameters).
    /// </summary>
    private static T[] Lanes(ReadOnlySpan<T> parameters, int channels, int inner)
    {
        T[] lanes = ArrayPool<T>.Shared.Rent(parameters.Length * inner);
        for (int k = 0; k < parameters.Length; k++)
        {
            lanes.AsSpan(k * inner, inner).Fill(parameters[k]);
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

/// <summary>The per-channel drivers' parameter vectors for one column block: a view of the lanes' parameters, loaded when the function reads them.</summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
/// <param name="lanes">Each parameter's value for every element of a sample, parameter by parameter.</param>
/// <param name="row">The elements of a sample, C · inner.</param>
/// <param name="column">The block's first element in the sample.</param>
internal readonly struct LaneParameters<V, T>(T[] lanes, int row, int column) : IParameterVectors<V>
    where V : struct, IVector<V, T>
    where T : unmanaged
{
    /// <inheritdoc/>
    public V this[int parameter]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => V.Load(ref MemoryMarshal.GetArrayDataReference(lanes), (nuint)((parameter * row) + column));
    }
}
#endif
