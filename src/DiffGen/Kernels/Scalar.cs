#if NET10_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;

namespace DiffGen;

/// <summary>
/// One <c>float</c> or <c>double</c> as an <see cref="IVector{TSelf, T}"/> of one lane: the width at which a method's
/// scalar members run a vector body they share, so that the body is generated once (the Hessian-vector product and
/// double backward of a method of several inputs: <c>FHessianVectorProduct(a, b, va, vb)</c> is
/// <c>FKernel.HessianVectorProduct&lt;Scalar&lt;double&gt;&gt;(a, b, va, vb)</c>). Every member is the
/// <see cref="Math"/>/<see cref="MathF"/> function that generated scalar code calls (<see cref="Exp"/> is
/// <see cref="Math.Exp"/>, not <see cref="VectorMath"/>'s), so results are those of scalar code; a comparison returns a
/// mask (every bit set where true) and <see cref="ConditionalSelect"/> keeps the bits of its side, as the wider vectors
/// do, so both sides of a select are computed and an Inf or NaN on the side not taken never reaches the result.
/// The kernels never choose this width (<see cref="IsHardwareAccelerated"/> is false).
/// </summary>
/// <typeparam name="T">The value type, <c>float</c> or <c>double</c>.</typeparam>
public readonly struct Scalar<T> : IVector<Scalar<T>, T>
    where T : unmanaged
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Scalar(T value) => Value = value;

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <inheritdoc/>
    public static int Count => 1;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => false;

    /// <inheritdoc/>
    public static Scalar<T> Zero => default;

    /// <inheritdoc/>
    public static Scalar<T> AllBitsSet => FromBits(-1L);

    /// <summary>Wraps <paramref name="value"/>: a scalar member passes its arguments to a vector body.</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator Scalar<T>(T value) => new(value);

    /// <summary>Unwraps <paramref name="value"/>: a scalar member returns a vector body's results.</summary>
    /// <param name="value">The one-lane vector.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator T(Scalar<T> value) => value.Value;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Create(T value) => new(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Load(ref readonly T source, nuint index) => new(Unsafe.Add(ref Unsafe.AsRef(in source), index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Scalar<T> value, ref T destination, nuint index) => Unsafe.Add(ref destination, index) = value.Value;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator +(Scalar<T> left, Scalar<T> right) => typeof(T) == typeof(float)
        ? Of(F(left) + F(right))
        : Of(D(left) + D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator -(Scalar<T> left, Scalar<T> right) => typeof(T) == typeof(float)
        ? Of(F(left) - F(right))
        : Of(D(left) - D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator *(Scalar<T> left, Scalar<T> right) => typeof(T) == typeof(float)
        ? Of(F(left) * F(right))
        : Of(D(left) * D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator /(Scalar<T> left, Scalar<T> right) => typeof(T) == typeof(float)
        ? Of(F(left) / F(right))
        : Of(D(left) / D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator -(Scalar<T> value) => typeof(T) == typeof(float) ? Of(-F(value)) : Of(-D(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator &(Scalar<T> left, Scalar<T> right) => FromBits(Bits(left) & Bits(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator |(Scalar<T> left, Scalar<T> right) => FromBits(Bits(left) | Bits(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> operator ~(Scalar<T> value) => FromBits(~Bits(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> ConditionalSelect(Scalar<T> mask, Scalar<T> whenTrue, Scalar<T> whenFalse) =>
        FromBits((Bits(mask) & Bits(whenTrue)) | (~Bits(mask) & Bits(whenFalse)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyTrue(Scalar<T> mask) => Bits(mask) != 0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> LessThan(Scalar<T> left, Scalar<T> right) => Mask(typeof(T) == typeof(float) ? F(left) < F(right) : D(left) < D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> LessThanOrEqual(Scalar<T> left, Scalar<T> right) => Mask(typeof(T) == typeof(float) ? F(left) <= F(right) : D(left) <= D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> GreaterThan(Scalar<T> left, Scalar<T> right) => Mask(typeof(T) == typeof(float) ? F(left) > F(right) : D(left) > D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> GreaterThanOrEqual(Scalar<T> left, Scalar<T> right) => Mask(typeof(T) == typeof(float) ? F(left) >= F(right) : D(left) >= D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Equal(Scalar<T> left, Scalar<T> right) => Mask(typeof(T) == typeof(float) ? F(left) == F(right) : D(left) == D(right));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Sqrt(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Sqrt(F(x))) : Of(Math.Sqrt(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Abs(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Abs(F(x))) : Of(Math.Abs(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Sin(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Sin(F(x))) : Of(Math.Sin(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Cos(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Cos(F(x))) : Of(Math.Cos(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Floor(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Floor(F(x))) : Of(Math.Floor(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Ceiling(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Ceiling(F(x))) : Of(Math.Ceiling(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Round(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Round(F(x))) : Of(Math.Round(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Truncate(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Truncate(F(x))) : Of(Math.Truncate(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Exp(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Exp(F(x))) : Of(Math.Exp(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Log(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Log(F(x))) : Of(Math.Log(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Tanh(Scalar<T> x) => typeof(T) == typeof(float) ? Of(MathF.Tanh(F(x))) : Of(Math.Tanh(D(x)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Max(Scalar<T> left, Scalar<T> right) => typeof(T) == typeof(float)
        ? Of(MathF.Max(F(left), F(right)))
        : Of(Math.Max(D(left), D(right)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Min(Scalar<T> left, Scalar<T> right) => typeof(T) == typeof(float)
        ? Of(MathF.Min(F(left), F(right)))
        : Of(Math.Min(D(left), D(right)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> CopySign(Scalar<T> value, Scalar<T> sign) => typeof(T) == typeof(float)
        ? Of(MathF.CopySign(F(value), F(sign)))
        : Of(Math.CopySign(D(value), D(sign)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> FusedMultiplyAdd(Scalar<T> a, Scalar<T> b, Scalar<T> c) => typeof(T) == typeof(float)
        ? Of(MathF.FusedMultiplyAdd(F(a), F(b), F(c)))
        : Of(Math.FusedMultiplyAdd(D(a), D(b), D(c)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Clamp(Scalar<T> x, Scalar<T> min, Scalar<T> max) =>
        ConditionalSelect(LessThan(x, min), min, ConditionalSelect(GreaterThan(x, max), max, x));

    // The float/double tests fold away in the JIT, as do the bit casts: each member compiles to the one operation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float F(Scalar<T> x) => Unsafe.BitCast<T, float>(x.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double D(Scalar<T> x) => Unsafe.BitCast<T, double>(x.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar<T> Of(float x) => new(Unsafe.BitCast<float, T>(x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar<T> Of(double x) => new(Unsafe.BitCast<double, T>(x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Bits(Scalar<T> x) => typeof(T) == typeof(float) ? Unsafe.BitCast<T, int>(x.Value) : Unsafe.BitCast<T, long>(x.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar<T> FromBits(long bits) => typeof(T) == typeof(float)
        ? new(Unsafe.BitCast<int, T>((int)bits))
        : new(Unsafe.BitCast<long, T>(bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar<T> Mask(bool condition) => condition ? AllBitsSet : Zero;
}
#endif
