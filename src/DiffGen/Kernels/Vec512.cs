#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DiffGen;

/// <summary>
/// <see cref="Vector512{T}"/> as an <see cref="IVector{TSelf, T}"/>: the width that generated vector bodies run on
/// when the kernels choose 512-bit vectors. Every member is the <see cref="Vector512"/> operation it names (or
/// <see cref="VectorMath"/>'s, for Exp, Log, Tanh and Clamp), inlined; the float/double tests fold away in the JIT.
/// <c>Vec128</c>, <c>Vec256</c> and <c>Vec512</c> are the same code at three widths.
/// </summary>
/// <typeparam name="T">The lane type, <c>float</c> or <c>double</c>.</typeparam>
public readonly struct Vec512<T> : IVector<Vec512<T>, T>
    where T : unmanaged
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <param name="value">The lanes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vec512(Vector512<T> value) => Value = value;

    /// <summary>The lanes.</summary>
    public Vector512<T> Value { get; }

    /// <inheritdoc/>
    public static int Count => Vector512<T>.Count;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    /// <inheritdoc/>
    public static Vec512<T> Zero => default;

    /// <inheritdoc/>
    public static Vec512<T> AllBitsSet => new(Vector512<T>.AllBitsSet);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Create(T value) => new(Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Load(ref readonly T source, nuint index) => new(Vector512.LoadUnsafe(in source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vec512<T> value, ref T destination, nuint index) => value.Value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator +(Vec512<T> left, Vec512<T> right) => new(left.Value + right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator -(Vec512<T> left, Vec512<T> right) => new(left.Value - right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator *(Vec512<T> left, Vec512<T> right) => new(left.Value * right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator /(Vec512<T> left, Vec512<T> right) => new(left.Value / right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator -(Vec512<T> value) => new(-value.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator &(Vec512<T> left, Vec512<T> right) => new(left.Value & right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator |(Vec512<T> left, Vec512<T> right) => new(left.Value | right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> operator ~(Vec512<T> value) => new(~value.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> ConditionalSelect(Vec512<T> mask, Vec512<T> whenTrue, Vec512<T> whenFalse) => new(Vector512.ConditionalSelect(mask.Value, whenTrue.Value, whenFalse.Value));

    /// <inheritdoc/>
    /// <remarks>A true lane has its sign bit set, so the test is one move of the lanes' sign bits and a compare with 0.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyTrue(Vec512<T> mask) => Vector512.ExtractMostSignificantBits(mask.Value) != 0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> LessThan(Vec512<T> left, Vec512<T> right) => new(Vector512.LessThan(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> LessThanOrEqual(Vec512<T> left, Vec512<T> right) => new(Vector512.LessThanOrEqual(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> GreaterThan(Vec512<T> left, Vec512<T> right) => new(Vector512.GreaterThan(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> GreaterThanOrEqual(Vec512<T> left, Vec512<T> right) => new(Vector512.GreaterThanOrEqual(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Equal(Vec512<T> left, Vec512<T> right) => new(Vector512.Equals(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Sqrt(Vec512<T> x) => new(Vector512.Sqrt(x.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Abs(Vec512<T> x) => new(Vector512.Abs(x.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> CopySign(Vec512<T> value, Vec512<T> sign) => new(Vector512.CopySign(value.Value, sign.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Sin(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(Vector512.Sin(x.Value.As<T, float>()).As<float, T>())
        : new(Vector512.Sin(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Cos(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(Vector512.Cos(x.Value.As<T, float>()).As<float, T>())
        : new(Vector512.Cos(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Max(Vec512<T> left, Vec512<T> right) => new(Vector512.Max(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Min(Vec512<T> left, Vec512<T> right) => new(Vector512.Min(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> FusedMultiplyAdd(Vec512<T> a, Vec512<T> b, Vec512<T> c) => typeof(T) == typeof(float)
        ? new(Vector512.FusedMultiplyAdd(a.Value.As<T, float>(), b.Value.As<T, float>(), c.Value.As<T, float>()).As<float, T>())
        : new(Vector512.FusedMultiplyAdd(a.Value.As<T, double>(), b.Value.As<T, double>(), c.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Floor(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(Vector512.Floor(x.Value.As<T, float>()).As<float, T>())
        : new(Vector512.Floor(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Ceiling(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(Vector512.Ceiling(x.Value.As<T, float>()).As<float, T>())
        : new(Vector512.Ceiling(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Round(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(Vector512.Round(x.Value.As<T, float>()).As<float, T>())
        : new(Vector512.Round(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Truncate(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(Vector512.Truncate(x.Value.As<T, float>()).As<float, T>())
        : new(Vector512.Truncate(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Exp(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Exp(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Exp(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Log(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Log(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Log(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Tanh(Vec512<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Tanh(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Tanh(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec512<T> Clamp(Vec512<T> x, Vec512<T> min, Vec512<T> max) => typeof(T) == typeof(float)
        ? new(VectorMath.Clamp(x.Value.As<T, float>(), min.Value.As<T, float>(), max.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Clamp(x.Value.As<T, double>(), min.Value.As<T, double>(), max.Value.As<T, double>()).As<double, T>());
}
#endif
