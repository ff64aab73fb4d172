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
    /// <summary>Adds one term (or one term per lane) to the gradient of a broadcast parameter.</summary>
    /// <param name="parameter">The parameter's position among the method's broadcast parameters, from 0, in declaration order.</param>
    /// <param name="gradient">The term: <c>dy · ∂F/∂parameter</c> at one element, or at each lane's element.</param>
    void Add(int parameter, TValue gradient);
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
    public void Add(int parameter, T gradient) => sums[parameter].Add(gradient);

    /// <summary>Adds a <c>double</c> term (a lane of a vector accumulator).</summary>
    public void AddDouble(int parameter, double term) => sums[parameter].AddDouble(term);

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
/// The vector loop's accumulators, in registers: for <c>float</c>, each term vector is widened to two vectors of
/// <c>double</c> lanes (exactly) and added there; for <c>double</c>, each lane keeps a TwoSum-compensated sum (the
/// rounding error of every addition is accumulated beside it). Either way a lane's sum of millions of terms keeps the
/// accuracy of one rounding in <c>double</c>, and the lanes are finished with a compensated scalar sum.
/// </summary>
/// <typeparam name="V">The vector width.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal struct VectorGradientSums<V, T> : IParameterGradients<V>
    where V : struct, IVector<V, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    // float: the low and high halves of the widened terms, as double lanes in V's bits;
    // double: the sums and their compensations.
    private ParameterBuffer<V> first;
    private ParameterBuffer<V> second;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int parameter, V gradient)
    {
        if (typeof(T) == typeof(float))
        {
            DoubleLanes.Widen(gradient, out V low, out V high);
            first[parameter] = DoubleLanes.Add(first[parameter], low);
            second[parameter] = DoubleLanes.Add(second[parameter], high);
        }
        else
        {
            // Knuth's TwoSum, branch-free: e is exactly the rounding error of s + g.
            V s = first[parameter];
            V t = s + gradient;
            V z = t - s;
            second[parameter] += (s - (t - z)) + (gradient - z);
            first[parameter] = t;
        }
    }

    /// <summary>Adds every lane of the first <paramref name="count"/> parameters' accumulators to <paramref name="result"/>.</summary>
    public void AddTo(ref ScalarGradientSums<T> result, int count)
    {
        Span<T> a = stackalloc T[V.Count];
        Span<T> b = stackalloc T[V.Count];
        for (int p = 0; p < count; p++)
        {
            V.Store(first[p], ref a[0], 0);
            V.Store(second[p], ref b[0], 0);
            ReadOnlySpan<double> sums = System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(a);
            ReadOnlySpan<double> others = System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(b);
            for (int lane = 0; lane < sums.Length; lane++)
            {
                result.AddDouble(p, sums[lane]);
                // A non-finite sum makes its compensation NaN (Inf - Inf): the sum alone is the answer then.
                if (typeof(T) == typeof(float) || double.IsFinite(sums[lane]))
                {
                    result.AddDouble(p, others[lane]);
                }
            }
        }
    }
}

/// <summary>Vectors of <c>float</c> seen as vectors of <c>double</c> of the same width (the type tests fold away in the JIT).</summary>
internal static class DoubleLanes
{
    /// <summary>Widens the <c>float</c> lanes of <paramref name="value"/> (exactly) into two vectors of <c>double</c> lanes, kept in <typeparamref name="V"/>'s bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Widen<V>(V value, out V low, out V high)
        where V : struct
    {
        if (typeof(V) == typeof(Vec128<float>))
        {
            (Vector128<double> l, Vector128<double> h) = Vector128.Widen(Unsafe.As<V, Vector128<float>>(ref value));
            low = Unsafe.As<Vector128<double>, V>(ref l);
            high = Unsafe.As<Vector128<double>, V>(ref h);
        }
        else if (typeof(V) == typeof(Vec256<float>))
        {
            (Vector256<double> l, Vector256<double> h) = Vector256.Widen(Unsafe.As<V, Vector256<float>>(ref value));
            low = Unsafe.As<Vector256<double>, V>(ref l);
            high = Unsafe.As<Vector256<double>, V>(ref h);
        }
        else if (typeof(V) == typeof(Vec512<float>))
        {
            (Vector512<double> l, Vector512<double> h) = Vector512.Widen(Unsafe.As<V, Vector512<float>>(ref value));
            low = Unsafe.As<Vector512<double>, V>(ref l);
            high = Unsafe.As<Vector512<double>, V>(ref h);
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
            Vector128<double> sum = Unsafe.As<V, Vector128<double>>(ref left) + Unsafe.As<V, Vector128<double>>(ref right);
            return Unsafe.As<Vector128<double>, V>(ref sum);
        }

        if (typeof(V) == typeof(Vec256<float>))
        {
            Vector256<double> sum = Unsafe.As<V, Vector256<double>>(ref left) + Unsafe.As<V, Vector256<double>>(ref right);
            return Unsafe.As<Vector256<double>, V>(ref sum);
        }

        if (typeof(V) == typeof(Vec512<float>))
        {
            Vector512<double> sum = Unsafe.As<V, Vector512<double>>(ref left) + Unsafe.As<V, Vector512<double>>(ref right);
            return Unsafe.As<Vector512<double>, V>(ref sum);
        }

        throw new NotSupportedException(typeof(V).Name);
    }
}
#endif
