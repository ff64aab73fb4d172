#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DiffGen;

/// <summary>
/// <see cref="Vector256{T}"/> as an <see cref="IVector{TSelf, T}"/>: the width that generated vector bodies run on
/// when the kernels choose 256-bit vectors. Every member is the <see cref="Vector256"/> operation it names (or
/// <see cref="VectorMath"/>'s, for Exp, Log, Tanh and Clamp), inlined; the float/double tests fold away in the JIT.
/// <c>Vec128</c>, <c>Vec256</c> and <c>Vec512</c> are the same code at three widths.
/// </summary>
/// <typeparam name="T">The lane type, <c>float</c> or <c>double</c>.</typeparam>
public readonly struct Vec256<T> : IVector<Vec256<T>, T>
    where T : unmanaged
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <param name="value">The lanes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vec256(Vector256<T> value) => Value = value;

    /// <summary>The lanes.</summary>
    public Vector256<T> Value { get; }

    /// <inheritdoc/>
    public static int Count => Vector256<T>.Count;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    /// <inheritdoc/>
    public static Vec256<T> Zero => default;

    /// <inheritdoc/>
    public static Vec256<T> AllBitsSet => new(Vector256<T>.AllBitsSet);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Create(T value) => new(Vector256.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Load(ref readonly T source, nuint index) => new(Vector256.LoadUnsafe(in source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vec256<T> value, ref T destination, nuint index) => value.Value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator +(Vec256<T> left, Vec256<T> right) => new(left.Value + right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator -(Vec256<T> left, Vec256<T> right) => new(left.Value - right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator *(Vec256<T> left, Vec256<T> right) => new(left.Value * right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator /(Vec256<T> left, Vec256<T> right) => new(left.Value / right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator -(Vec256<T> value) => new(-value.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator &(Vec256<T> left, Vec256<T> right) => new(left.Value & right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator |(Vec256<T> left, Vec256<T> right) => new(left.Value | right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> operator ~(Vec256<T> value) => new(~value.Value);

    /// <inheritdoc/>
    /// <remarks>
    /// On x86 without AVX-512 this is one <c>blendv</c> (each lane taken whole, by its mask's sign bit), not the
    /// <c>and</c>/<c>andn</c>/<c>or</c> that <see cref="Vector256.ConditionalSelect{T}"/> becomes when the JIT cannot
    /// see that the mask came from a comparison, as it cannot through this wrapper: the mask reaches it as a struct
    /// field, not as the comparison itself (docs/benchmarks.md, "issue 9, kernel loops"). For a mask, whose lanes are
    /// all ones or all zeros, both give the same bits. With AVX-512 the JIT's own choice is one <c>vpternlogd</c>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> ConditionalSelect(Vec256<T> mask, Vec256<T> whenTrue, Vec256<T> whenFalse)
    {
        if (Avx.IsSupported && !Avx512F.VL.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Avx.BlendVariable(whenFalse.Value.As<T, float>(), whenTrue.Value.As<T, float>(), mask.Value.As<T, float>()).As<float, T>());
            }

            if (typeof(T) == typeof(double))
            {
                return new(Avx.BlendVariable(whenFalse.Value.As<T, double>(), whenTrue.Value.As<T, double>(), mask.Value.As<T, double>()).As<double, T>());
            }
        }

        return new(Vector256.ConditionalSelect(mask.Value, whenTrue.Value, whenFalse.Value));
    }

    /// <inheritdoc/>
    /// <remarks>A true lane has its sign bit set, so the test is one move of the lanes' sign bits and a compare with 0.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyTrue(Vec256<T> mask) => Vector256.ExtractMostSignificantBits(mask.Value) != 0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> LessThan(Vec256<T> left, Vec256<T> right) => new(Vector256.LessThan(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> LessThanOrEqual(Vec256<T> left, Vec256<T> right) => new(Vector256.LessThanOrEqual(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> GreaterThan(Vec256<T> left, Vec256<T> right) => new(Vector256.GreaterThan(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> GreaterThanOrEqual(Vec256<T> left, Vec256<T> right) => new(Vector256.GreaterThanOrEqual(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Equal(Vec256<T> left, Vec256<T> right) => new(Vector256.Equals(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Sqrt(Vec256<T> x) => new(Vector256.Sqrt(x.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Abs(Vec256<T> x) => new(Vector256.Abs(x.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> CopySign(Vec256<T> value, Vec256<T> sign) => new(Vector256.CopySign(value.Value, sign.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Sin(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(Vector256.Sin(x.Value.As<T, float>()).As<float, T>())
        : new(Vector256.Sin(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Cos(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(Vector256.Cos(x.Value.As<T, float>()).As<float, T>())
        : new(Vector256.Cos(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Max(Vec256<T> left, Vec256<T> right) => new(Vector256.Max(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Min(Vec256<T> left, Vec256<T> right) => new(Vector256.Min(left.Value, right.Value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> FusedMultiplyAdd(Vec256<T> a, Vec256<T> b, Vec256<T> c) => typeof(T) == typeof(float)
        ? new(Vector256.FusedMultiplyAdd(a.Value.As<T, float>(), b.Value.As<T, float>(), c.Value.As<T, float>()).As<float, T>())
        : new(Vector256.FusedMultiplyAdd(a.Value.As<T, double>(), b.Value.As<T, double>(), c.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Floor(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(Vector256.Floor(x.Value.As<T, float>()).As<float, T>())
        : new(Vector256.Floor(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Ceiling(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(Vector256.Ceiling(x.Value.As<T, float>()).As<float, T>())
        : new(Vector256.Ceiling(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Round(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(Vector256.Round(x.Value.As<T, float>()).As<float, T>())
        : new(Vector256.Round(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Truncate(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(Vector256.Truncate(x.Value.As<T, float>()).As<float, T>())
        : new(Vector256.Truncate(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Exp(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Exp(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Exp(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Log(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Log(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Log(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Tanh(Vec256<T> x) => typeof(T) == typeof(float)
        ? new(VectorMath.Tanh(x.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Tanh(x.Value.As<T, double>()).As<double, T>());

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec256<T> Clamp(Vec256<T> x, Vec256<T> min, Vec256<T> max) => typeof(T) == typeof(float)
        ? new(VectorMath.Clamp(x.Value.As<T, float>(), min.Value.As<T, float>(), max.Value.As<T, float>()).As<float, T>())
        : new(VectorMath.Clamp(x.Value.As<T, double>(), min.Value.As<T, double>(), max.Value.As<T, double>()).As<double, T>());
}
#endif
