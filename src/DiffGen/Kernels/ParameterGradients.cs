#if NET10_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DiffGen;

/// <summary>
/// Where a parametric function's backward pass puts the gradients of its broadcast parameters: the SIMD drivers of
/// <see cref="Elementwise{T}"/> pass their own accumulators, which keep the sums in vector registers.
/// </summary>
/// <typeparam name="TValue">One element (<c>float</c>, <c>double</c>) or one vector (<see cref="IVector{TSelf, T}"/>).</typeparam>
public interface IParameterGradients<TValue>
{
    /// <summary>
    /// Adds one term <c>dy · ∂F/∂parameter</c> (or one per lane) to the gradient of a broadcast parameter. The two
    /// factors come separately so that the accumulator can form the product exactly (the drivers' accumulators do:
    /// for <c>float</c>, in <c>double</c>), rather than sum products already rounded to the element type.
    /// </summary>
    /// <param name="parameter">The parameter's position among the method's broadcast parameters, from 0, in declaration order.</param>
    /// <param name="dy">The output gradient at the element (or at each lane's element).</param>
    /// <param name="derivative">The partial derivative <c>∂F/∂parameter</c> at the element (or at each lane's element).</param>
    void Add(int parameter, TValue dy, TValue derivative);
}

/// <summary>
/// The broadcast parameters of a generated parametric function struct (<c>FKernel</c> of a method with
/// <c>[Broadcast]</c> parameters), for code generic over the function: how many there are, their initial values,
/// and a struct with other values (for instance after an optimizer step).
/// </summary>
/// <typeparam name="TSelf">The function struct.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametric<TSelf, T>
    where TSelf : struct, IParametric<TSelf, T>
{
    /// <summary>The number of broadcast parameters.</summary>
    static abstract int ParameterCount { get; }

    /// <summary>
    /// The broadcast parameters' names as the method declares them (<c>slope</c>, <c>beta</c>), in declaration order:
    /// labels for parameters and checkpoints, without reflection over the method.
    /// </summary>
    static abstract System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The function with these parameter values.</summary>
    /// <param name="parameters">One value per broadcast parameter, in declaration order.</param>
    /// <returns>The function struct.</returns>
    static abstract TSelf Create(ReadOnlySpan<T> parameters);

    /// <summary>
    /// Writes the parameters' initial values: each one's C# default value (<c>[Broadcast] float beta = 1f</c>), or NaN
    /// where the method declares none (the caller must choose).
    /// </summary>
    /// <param name="destination">Receives one value per broadcast parameter, in declaration order.</param>
    static abstract void InitialParameters(Span<T> destination);

    /// <summary>Writes this struct's parameter values.</summary>
    /// <param name="destination">Receives one value per broadcast parameter, in declaration order.</param>
    void CopyParametersTo(Span<T> destination);
}

/// <summary>Room for one value per broadcast parameter (a method has at most 16 inputs, one of them a span).</summary>
/// <typeparam name="TValue">The value.</typeparam>
[InlineArray(ParameterLimits.MaxParameters)]
internal struct ParameterBuffer<TValue>
{
    private TValue element;
}

/// <summary>How many broadcast parameters the drivers take.</summary>
internal static class ParameterLimits
{
    /// <summary>The most broadcast parameters: a method has at most 16 inputs, at least one of them a span.</summary>
    public const int MaxParameters = 15;

    /// <summary>Throws unless <paramref name="count"/> is a valid number of broadcast parameters.</summary>
    public static void Require(int count, string? name)
    {
        if (count is < 1 or > MaxParameters)
        {
            throw new ArgumentException($"Span '{name}' has length {count}; it must have one element per broadcast parameter (1 to {MaxParameters}).", name);
        }
    }
}

/// <summary>The scalar tail's accumulators, and the drivers' final sums: one <see cref="GradientSum{T}"/> per parameter.</summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal struct ScalarGradientSums<T> : IParameterGradients<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private ParameterBuffer<GradientSum<T>> sums;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int parameter, T dy, T derivative) => sums[parameter].AddProduct(dy, derivative);

    /// <summary>One parameter's sum so far in <c>double</c> (the per-channel drivers add a run's sum to its channel's).</summary>
    public readonly double Total(int parameter) => sums[parameter].Total;

    /// <summary>One parameter's sum, to add a vector accumulator's lanes to (<see cref="LaneSums{V, T}.AddLanes"/>).</summary>
    [System.Diagnostics.CodeAnalysis.UnscopedRef]
    public ref GradientSum<T> Sum(int parameter) => ref sums[parameter];

    /// <summary>Writes each parameter's sum, rounded once.</summary>
    public readonly void CopyTo(Span<T> destination)
    {
        for (int p = 0; p < destination.Length; p++)
        {
            destination[p] = sums[p].Value;
        }
    }
}

/// <summary>
/// The vector loop's accumulators, in registers: for <c>float</c>, each term's exact product, as its rounding added in
/// <c>double</c> lanes and its rounding error in <c>float</c> lanes (see <see cref="LaneSums{V, T}.AccumulateProduct"/>); for <c>double</c>, each lane keeps a TwoSum-compensated sum (the
/// rounding error of every addition is accumulated beside it). Either way a lane's sum of millions of terms keeps the
/// accuracy of one rounding in <c>double</c>, and the lanes are finished with a compensated scalar sum.
/// </summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal struct VectorGradientSums<V, T> : IVectorSums<VectorGradientSums<V, T>, V, T>
    where V : struct, IVector<V, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    // float: the low and high halves of the widened rounded products, as double lanes in V's bits, and the products'
    // rounding errors in float lanes; double: the sums and their compensations (third unused). The first two
    // parameters' accumulators are plain fields, which the JIT keeps in vector registers through the loop (an inline
    // array's elements are reached by address, which keeps the whole local in memory); parameters 2 and up use the arrays.
    private V first0, second0, third0, first1, second1, third1;
    private ParameterBuffer<V> first;
    private ParameterBuffer<V> second;
    private ParameterBuffer<V> third;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int parameter, V dy, V derivative)
    {
        // The parameter is a constant in the generated code: the JIT keeps one branch.
        if (parameter == 0)
        {
            LaneSums<V, T>.AccumulateProduct(ref first0, ref second0, ref third0, dy, derivative);
        }
        else if (parameter == 1)
        {
            LaneSums<V, T>.AccumulateProduct(ref first1, ref second1, ref third1, dy, derivative);
        }
        else
        {
            LaneSums<V, T>.AccumulateProduct(ref first[parameter], ref second[parameter], ref third[parameter], dy, derivative);
        }
    }

    /// <summary>
    /// Adds every lane of the first <paramref name="count"/> parameters' accumulators in <paramref name="sums"/> to
    /// <paramref name="result"/>. Static, taking the accumulators by value: an instance call would take the driver's
    /// local by reference, and a local whose address escapes stays in memory instead of vector registers.
    /// </summary>
    public static void AddTo(VectorGradientSums<V, T> sums, ref ScalarGradientSums<T> result, int count) => sums.AddLanes(ref result, count);

    private void AddLanes(ref ScalarGradientSums<T> result, int count)
    {
        for (int p = 0; p < count; p++)
        {
            LaneSums<V, T>.AddLanes(p == 0 ? first0 : p == 1 ? first1 : first[p], p == 0 ? second0 : p == 1 ? second1 : second[p], p == 0 ? third0 : p == 1 ? third1 : third[p], ref result, p);
        }
    }
}

/// <summary>
/// The accumulator of a function with one broadcast parameter: three vectors, which the JIT keeps in registers through
/// the loop (a struct of a few fields is promoted whole; the general accumulator's arrays are not).
/// </summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal struct SingleGradientSum<V, T> : IVectorSums<SingleGradientSum<V, T>, V, T>
    where V : struct, IVector<V, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private V first, second, third;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int parameter, V dy, V derivative) => LaneSums<V, T>.AccumulateProduct(ref first, ref second, ref third, dy, derivative);

    /// <inheritdoc/>
    public static void AddTo(SingleGradientSum<V, T> sums, ref ScalarGradientSums<T> result, int count) =>
        LaneSums<V, T>.AddLanes(sums.first, sums.second, sums.third, ref result, 0);
}

/// <summary>
/// The per-channel drivers' accumulators, in memory: three vectors per parameter (as <see cref="LaneSums{V, T}"/> keeps
/// them) for every channel or column block, at <c>offset + 3·parameter</c> of <see cref="Store"/>. The drivers walk the data
/// in memory order, so each vector of elements updates the sums of its own channels, which stay in the first level of cache.
/// </summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
/// <param name="Store">The accumulators of every channel or block.</param>
/// <param name="Offset">Where this channel's or block's accumulators start.</param>
internal readonly record struct StoredGradientSums<V, T>(V[] Store, int Offset) : IParameterGradients<V>
    where V : struct, IVector<V, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int parameter, V dy, V derivative) =>
        LaneSums<V, T>.AccumulateProduct(ref Store[Offset + (3 * parameter)], ref Store[Offset + (3 * parameter) + 1], ref Store[Offset + (3 * parameter) + 2], dy, derivative);
}

/// <summary>The per-channel drivers' scalar accumulator: adds each exact product to the channel's <see cref="GradientSum{T}"/> (parameter-major, as the parameters are laid out).</summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
/// <param name="Sums">One sum per parameter and channel.</param>
/// <param name="Channels">C.</param>
/// <param name="Channel">The channel whose sums this adds to.</param>
internal readonly record struct ChannelGradientSums<T>(GradientSum<T>[] Sums, int Channels, int Channel) : IParameterGradients<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int parameter, T dy, T derivative) => Sums[(parameter * Channels) + Channel].AddProduct(dy, derivative);
}

/// <summary>A vector accumulator the drivers keep as a local and finish once (static abstract, so no instance call takes its address).</summary>
/// <typeparam name="TSelf">The accumulator.</typeparam>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal interface IVectorSums<TSelf, V, T> : IParameterGradients<V>
    where TSelf : struct, IVectorSums<TSelf, V, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Adds every lane of the first <paramref name="count"/> parameters' sums to <paramref name="result"/>.</summary>
    static abstract void AddTo(TSelf sums, ref ScalarGradientSums<T> result, int count);
}

/// <summary>The lane arithmetic of the vector accumulators.</summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal static class LaneSums<V, T>
    where V : struct, IVector<V, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Adds one term vector of <c>double</c> lanes to the sums <paramref name="a"/>, with their TwoSum compensations in <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AccumulateCompensated(ref V a, ref V b, V gradient)
    {
        // Knuth's TwoSum, branch-free: the added term is exactly the rounding error of a + gradient.
        V s = a;
        V t = s + gradient;
        V z = t - s;
        b += (s - (t - z)) + (gradient - z);
        a = t;
    }

    /// <summary>
    /// Adds the product <paramref name="dy"/> · <paramref name="derivative"/>. For <c>float</c>, exactly, as the rounded
    /// product <c>p</c> and its rounding error <c>e = fma(dy, derivative, −p)</c> (<c>p + e</c> is the product): <c>p</c>
    /// widened to <c>double</c> into the lanes of <paramref name="a"/> (low half) and <paramref name="b"/> (high half),
    /// <c>e</c> added in <c>float</c> lanes to <paramref name="c"/>. For <c>double</c>, the rounded product as
    /// <see cref="AccumulateCompensated"/> adds it.
    /// </summary>
    /// <remarks>
    /// Why <c>e</c> stays in <c>float</c>: widening a vector costs a lane-crossing extract and two conversions, and
    /// widening both factors (four conversions) made the accumulation the larger part of the fused PReLU loop. Each
    /// <c>e</c> is at most half an ulp of its product, so the <c>float</c> sum of the <c>e</c> of a lane errs by at most
    /// <c>n · 2⁻²⁴</c> of <c>Σ|e|</c> ≤ <c>n · 2⁻⁴⁸</c> of <c>Σ|dy · derivative|</c> for <c>n</c> terms per lane: 7·10⁻⁹
    /// at 2M terms a lane (16M elements at 8 lanes), and in practice (errors of both signs) far less, under the rounding
    /// of the <c>double</c> sum. A product that overflows <c>float</c> (<c>p</c> infinite, <c>e</c> not finite) leaves
    /// its lane's <c>double</c> sum infinite, as the rounded result would be (two of opposite signs make it NaN, where
    /// widening both factors kept them exact); <see cref="AddLanes"/> drops such an <c>e</c>. A product below about
    /// 2⁻¹⁰² loses bits of <c>e</c> to underflow: far under any sum's last bit that matters.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AccumulateProduct(ref V a, ref V b, ref V c, V dy, V derivative)
    {
        if (typeof(T) == typeof(float))
        {
            V product = dy * derivative;
            c += V.FusedMultiplyAdd(dy, derivative, -product);
            DoubleLanes.Widen(product, out V low, out V high);
            a = DoubleLanes.Add(a, low);
            b = DoubleLanes.Add(b, high);
        }
        else
        {
            AccumulateCompensated(ref a, ref b, dy * derivative);
        }
    }

    /// <summary>
    /// Adds every lane of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> (as
    /// <see cref="AccumulateProduct"/> keeps them) to parameter <paramref name="parameter"/>'s sum: <see cref="AddEachLane"/>
    /// with every lane in the one sum.
    /// </summary>
    public static void AddLanes(V a, V b, V c, ref ScalarGradientSums<T> result, int parameter) =>
        AddEachLane(a, b, c, new Span<GradientSum<T>>(ref result.Sum(parameter)), 0, V.Count);

    /// <summary>
    /// Adds the sum of each lane <c>j</c> of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> (as
    /// <see cref="AccumulateProduct"/> keeps them) to <c>channelSums[(column + j) / inner]</c>: for <c>float</c>, the
    /// rounded products' <c>double</c> lanes (below half the width <paramref name="a"/>'s, the rest <paramref name="b"/>'s)
    /// and the finite rounding errors in <paramref name="c"/>'s lane <c>j</c>; for <c>double</c>, a lane's sum and its
    /// compensation.
    /// </summary>
    public static void AddEachLane(V a, V b, V c, Span<GradientSum<T>> channelSums, int column, int inner)
    {
        Span<T> first = stackalloc T[V.Count];
        Span<T> second = stackalloc T[V.Count];
        Span<T> errors = stackalloc T[V.Count];
        V.Store(a, ref first[0], 0);
        V.Store(b, ref second[0], 0);
        V.Store(c, ref errors[0], 0);
        ReadOnlySpan<double> low = System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(first);
        ReadOnlySpan<double> high = System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(second);
        for (int lane = 0; lane < V.Count; lane++)
        {
            ref GradientSum<T> sum = ref channelSums[(column + lane) / inner];
            if (typeof(T) == typeof(float))
            {
                sum.AddDouble(lane < low.Length ? low[lane] : high[lane - low.Length]);
                // The error of a product that overflowed is not finite; its lane's sum is already infinite.
                double error = double.CreateTruncating(errors[lane]);
                if (double.IsFinite(error))
                {
                    sum.AddDouble(error);
                }
            }
            else
            {
                sum.AddDouble(low[lane]);
                if (double.IsFinite(low[lane]))
                {
                    sum.AddDouble(high[lane]);
                }
            }
        }
    }
}

/// <summary>Vectors of <c>float</c> seen as vectors of <c>double</c> of the same width (the type tests fold away in the JIT).</summary>
internal static class DoubleLanes
{
    /// <summary>Widens the <c>float</c> lanes of <paramref name="value"/> (exactly) into two vectors of <c>double</c> lanes, kept in <typeparamref name="V"/>'s bits.</summary>
    /// <remarks>
    /// The reinterpretations here are <see cref="Unsafe.BitCast{TFrom, TTo}"/> of values, not <c>Unsafe.As</c> of
    /// references: taking a local's address keeps it in memory, and in the drivers' loops that put a store and a reload
    /// on the accumulators' dependency chain every vector (the fused PReLU backward ran at 1.8 times the time of the
    /// plain kernel at 1M floats).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Widen<V>(V value, out V low, out V high)
        where V : struct
    {
        if (typeof(V) == typeof(Vec128<float>))
        {
            (Vector128<double> l, Vector128<double> h) = Vector128.Widen(Unsafe.BitCast<V, Vector128<float>>(value));
            low = Unsafe.BitCast<Vector128<double>, V>(l);
            high = Unsafe.BitCast<Vector128<double>, V>(h);
        }
        else if (typeof(V) == typeof(Vec256<float>))
        {
            (Vector256<double> l, Vector256<double> h) = Vector256.Widen(Unsafe.BitCast<V, Vector256<float>>(value));
            low = Unsafe.BitCast<Vector256<double>, V>(l);
            high = Unsafe.BitCast<Vector256<double>, V>(h);
        }
        else if (typeof(V) == typeof(Vec512<float>))
        {
            (Vector512<double> l, Vector512<double> h) = Vector512.Widen(Unsafe.BitCast<V, Vector512<float>>(value));
            low = Unsafe.BitCast<Vector512<double>, V>(l);
            high = Unsafe.BitCast<Vector512<double>, V>(h);
        }
        else
        {
            throw new NotSupportedException(typeof(V).Name);
        }
    }

    /// <summary>The lane-wise <c>double</c> sum of two vectors holding <c>double</c> lanes in <typeparamref name="V"/>'s bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V Add<V>(V left, V right)
        where V : struct
    {
        if (typeof(V) == typeof(Vec128<float>))
        {
            Vector128<double> sum = Unsafe.BitCast<V, Vector128<double>>(left) + Unsafe.BitCast<V, Vector128<double>>(right);
            return Unsafe.BitCast<Vector128<double>, V>(sum);
        }

        if (typeof(V) == typeof(Vec256<float>))
        {
            Vector256<double> sum = Unsafe.BitCast<V, Vector256<double>>(left) + Unsafe.BitCast<V, Vector256<double>>(right);
            return Unsafe.BitCast<Vector256<double>, V>(sum);
        }

        if (typeof(V) == typeof(Vec512<float>))
        {
            Vector512<double> sum = Unsafe.BitCast<V, Vector512<double>>(left) + Unsafe.BitCast<V, Vector512<double>>(right);
            return Unsafe.BitCast<Vector512<double>, V>(sum);
        }

        throw new NotSupportedException(typeof(V).Name);
    }
}
#endif
