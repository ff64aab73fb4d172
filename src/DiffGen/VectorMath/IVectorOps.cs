#if NET10_0_OR_GREATER
namespace DiffGen.VectorMathCore;

/// <summary>
/// The lane-wise operations of one SIMD vector type, implemented by one empty struct per vector type, so that each
/// <see cref="VectorMath"/> algorithm is written once, as a generic method over <typeparamref name="TV"/>; the JIT
/// compiles a specialized copy for each struct in which every call below is a single inlined instruction.
/// </summary>
/// <typeparam name="TV">The vector type, e.g. <c>Vector256&lt;float&gt;</c>.</typeparam>
/// <typeparam name="T">The lane type, <c>float</c> or <c>double</c>.</typeparam>
internal interface IVectorOps<TV, T>
    where TV : struct
{
    /// <summary>A vector with every lane equal to <paramref name="value"/>.</summary>
    static abstract TV Create(T value);

    /// <summary>Lane-wise <c>a + b</c>.</summary>
    static abstract TV Add(TV a, TV b);

    /// <summary>Lane-wise <c>a - b</c>.</summary>
    static abstract TV Subtract(TV a, TV b);

    /// <summary>Lane-wise <c>a * b</c>.</summary>
    static abstract TV Multiply(TV a, TV b);

    /// <summary>Lane-wise <c>a / b</c>.</summary>
    static abstract TV Divide(TV a, TV b);

    /// <summary>Lane-wise <c>a * b + c</c> rounded once, on every platform (not an estimate).</summary>
    static abstract TV FusedMultiplyAdd(TV a, TV b, TV c);

    /// <summary>Lane-wise absolute value (clears the sign bit).</summary>
    static abstract TV Abs(TV x);

    /// <summary>Lane-wise minimum, NaN lanes as the hardware gives them: only for lanes whose NaNs are dealt with later.</summary>
    static abstract TV MinNative(TV a, TV b);

    /// <summary>Lane-wise maximum, NaN lanes as the hardware gives them: only for lanes whose NaNs are dealt with later.</summary>
    static abstract TV MaxNative(TV a, TV b);

    /// <summary>Lane-wise <c>a == b</c> as a mask (all bits set where true).</summary>
    static abstract TV CompareEqual(TV a, TV b);

    /// <summary>Lane-wise <c>a &lt; b</c> as a mask.</summary>
    static abstract TV CompareLessThan(TV a, TV b);

    /// <summary>Lane-wise <c>a &lt;= b</c> as a mask.</summary>
    static abstract TV CompareLessThanOrEqual(TV a, TV b);

    /// <summary>Lane-wise <c>a &gt; b</c> as a mask.</summary>
    static abstract TV CompareGreaterThan(TV a, TV b);

    /// <summary>Lane-wise <c>a &gt;= b</c> as a mask.</summary>
    static abstract TV CompareGreaterThanOrEqual(TV a, TV b);

    /// <summary>Bitwise select: the bits of <paramref name="whenTrue"/> where <paramref name="mask"/> is set, else those of <paramref name="whenFalse"/>.</summary>
    static abstract TV ConditionalSelect(TV mask, TV whenTrue, TV whenFalse);

    /// <summary>Bitwise <c>a &amp; b</c>.</summary>
    static abstract TV And(TV a, TV b);

    /// <summary>Bitwise <c>a | b</c>.</summary>
    static abstract TV Or(TV a, TV b);

    /// <summary>Whether <c>a &lt;= b</c> in every lane (false if any lane is NaN).</summary>
    static abstract bool LessThanOrEqualAll(TV a, TV b);

    /// <summary>Whether every lane of <paramref name="mask"/> is set.</summary>
    static abstract bool AllSet(TV mask);
}
#endif
