#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DiffGen;

/// <summary>
/// <see cref="Vector128{T}"/> as an <see cref="IVector{TSelf, T}"/>: the width that generated vector bodies run on
/// when the kernels choose 128-bit vectors. Every member is the <see cref="Vector128"/> operation it names (or
/// <see cref="VectorMath"/>'s, for Exp, Log, Tanh and Clamp), inlined; the float/double tests fold away in the JIT.
/// <c>Vec128</c>, <c>Vec256</c> and <c>Vec512</c> are the same code at three widths.
/// </summary>
/// <typeparam name="T">The lane type, <c>float</c> or <c>double</c>.</typeparam>
public readonly struct Vec128<T> : IVector<Vec128<T>, T>
    where T : unmanaged
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <param name="value">The lanes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vec128(Vector128<T> value) => Value = value;

    /// <summary>The lanes.</summary>
    public Vector128<T> Value { get; }

    /// <inheritdoc/>
    public static int Count => Vector128<T>.Count;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    /// <inheritdoc/>
    public static Vec128<T> Zero => default;

    /// <inheritdoc/>
    public static Vec128<T> AllBitsSet => new(Vector128<T>.AllBitsSet);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Create(T value) => new(Vector128.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Load(ref readonly T source, nuint index) => new(Vector128.LoadUnsafe(in source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vec128<T> value, ref T destination, nuint index) => value.Value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator +(Vec128<T> left, Vec128<T> right) => new(left.Value + right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator -(Vec128<T> left, Vec128<T> right) => new(left.Value - right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator *(Vec128<T> left, Vec128<T> right) => new(left.Value * right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator /(Vec128<T> left, Vec128<T> right) => new(left.Value / right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator -(Vec128<T> value) => new(-value.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator &(Vec128<T> left, Vec128<T> right) => new(left.Value & right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator |(Vec128<T> left, Vec128<T> right) => new(left.Value | right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> operator ~(Vec128<T> value) => new(~value.Value);

    /// <inheritdoc/>
    /// <remarks>
    /// On x86 without AVX-512 this is one <c>blendv</c> (each lane taken whole, by its mask's sign bit), not the
    /// <c>and</c>/<c>andn</c>/<c>or</c> that <see cref="Vector128.ConditionalSelect{T}"/> becomes when the JIT cannot
    /// see that the mask came from a comparison, as it cannot through this wrapper: the mask reaches it as a struct
    /// field, not as the comparison itself (docs/benchmarks.md, "issue 9, kernel loops"). For a mask, whose lanes are
    /// all ones or all zeros, both give the same bits. With AVX-512 the JIT's own choice is one <c>vpternlogd</c>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> ConditionalSelect(Vec128<T> mask, Vec128<T> whenTrue, Vec128<T> whenFalse)
    {
        if (Sse41.IsSupported && !Avx512F.VL.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Sse41.BlendVariable(whenFalse.Value.As<T, float>(), whenTrue.Value.As<T, float>(), mask.Value.As<T, float>()).As<float, T>());
            }

            if (typeof(T) == typeof(double))
            {
                return new(Sse41.BlendVariable(whenFalse.Value.As<T, double>(), whenTrue.Value.As<T, double>(), mask.Value.As<T, double>()).As<double, T>());
            }
        }

        return new(Vector128.ConditionalSelect(mask.Value, whenTrue.Value, whenFalse.Value));
    }

    /// <inheritdoc/>
    /// <remarks>A true lane has its sign bit set, so the test is one move of the lanes' sign bits and a compare with 0.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyTrue(Vec128<T> mask) => Vector128.ExtractMostSignificantBits(mask.Value) != 0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> LessThan(Vec128<T> left, Vec128<T> right) => new(Vector128.LessThan(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> LessThanOrEqual(Vec128<T> left, Vec128<T> right) => new(Vector128.LessThanOrEqual(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> GreaterThan(Vec128<T> left, Vec128<T> right) => new(Vector128.GreaterThan(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> GreaterThanOrEqual(Vec128<T> left, Vec128<T> right) => new(Vector128.GreaterThanOrEqual(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Equal(Vec128<T> left, Vec128<T> right) => new(Vector128.Equals(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Sqrt(Vec128<T> x) => new(Vector128.Sqrt(x.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Abs(Vec128<T> x) => new(Vector128.Abs(x.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> CopySign(Vec128<T> value, Vec128<T> sign) => new(Vector128.CopySign(value.Value, sign.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Sin(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(Vector128.Sin(x.Value.As<T, float>()).As<float, T>())
        : new(Vector128.Sin(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Cos(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(Vector128.Cos(x.Value.As<T, float>()).As<float, T>())
        : new(Vector128.Cos(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Max(Vec128<T> left, Vec128<T> right) => new(Vector128.Max(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Min(Vec128<T> left, Vec128<T> right) => new(Vector128.Min(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> FusedMultiplyAdd(Vec128<T> a, Vec128<T> b, Vec128<T> c) => typeof(T) == typeof(float)
        ? new(Vector128.FusedMultiplyAdd(a.Value.As<T, float>(), b.Value.As<T, float>(), c.Value.As<T, float>()).As<float, T>())
        : new(Vector128.FusedMultiplyAdd(a.Value.As<T, double>(), b.Value.As<T, double>(), c.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Floor(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(Vector128.Floor(x.Value.As<T, float>()).As<float, T>())
        : new(Vector128.Floor(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Ceiling(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(Vector128.Ceiling(x.Value.As<T, float>()).As<float, T>())
        : new(Vector128.Ceiling(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Round(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(Vector128.Round(x.Value.As<T, float>()).As<float, T>())
        : new(Vector128.Round(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Truncate(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(Vector128.Truncate(x.Value.As<T, float>()).As<float, T>())
        : new(Vector128.Truncate(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Exp(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Exp(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Exp(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Log(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Log(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Log(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Tanh(Vec128<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Tanh(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Tanh(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec128<T> Clamp(Vec128<T> x, Vec128<T> min, Vec128<T> max) => typeof(T) == typeof(float)
        ? new(VectorMath.Clamp(x.Value.As<T, float>(), min.Value.As<T, float>(), max.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Clamp(x.Value.As<T, double>(), min.Value.As<T, double>(), max.Value.As<T, double>()).As<double, T>());
}
#endif
