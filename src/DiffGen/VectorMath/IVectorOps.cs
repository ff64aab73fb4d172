#if NET10_0_OR_GREATER

namespace DiffGen.VectorMathCore;

/// <summary>
/// The operations the vector math algorithms need, on one vector type <typeparamref name="TV"/> of
/// <typeparamref name="T"/> lanes, so each algorithm is written once for all widths. Implemented by
/// empty structs that forward to <c>Vector128</c>, <c>Vector256</c> or <c>Vector512</c>; the JIT
/// specializes and inlines the generic code for each.
/// </summary>
/// <typeparam name="TV">The vector type.</typeparam>
/// <typeparam name="T">The lane type (float or double).</typeparam>
internal interface IVectorOps<TV, T>
    where TV : struct
{
    /// <summary>Every lane <paramref name="value"/>.</summary>
    static abstract TV Create(T value);

    /// <summary>a + b.</summary>
    static abstract TV Add(TV a, TV b);

    /// <summary>a − b.</summary>
    static abstract TV Subtract(TV a, TV b);

    /// <summary>a · b.</summary>
    static abstract TV Multiply(TV a, TV b);

    /// <summary>a / b.</summary>
    static abstract TV Divide(TV a, TV b);

    /// <summary>a · b + c, rounded once.</summary>
    static abstract TV FusedMultiplyAdd(TV a, TV b, TV c);

    /// <summary>The larger lane (NaN if either is NaN).</summary>
    static abstract TV Max(TV a, TV b);

    /// <summary>The smaller lane (NaN if either is NaN).</summary>
    static abstract TV Min(TV a, TV b);

    /// <summary>|a|.</summary>
    static abstract TV Abs(TV a);

    /// <summary>Round to the nearest integer, ties to even.</summary>
    static abstract TV Round(TV a);

    /// <summary>Mask: a &lt; b.</summary>
    static abstract TV LessThan(TV a, TV b);

    /// <summary>Mask: a &gt; b.</summary>
    static abstract TV GreaterThan(TV a, TV b);

    /// <summary>Mask: a == b.</summary>
    static abstract TV Equals(TV a, TV b);

    /// <summary>Per lane: <paramref name="mask"/> ? <paramref name="a"/> : <paramref name="b"/>, bit for bit.</summary>
    static abstract TV Select(TV mask, TV a, TV b);

    /// <summary>Bitwise and.</summary>
    static abstract TV And(TV a, TV b);

    /// <summary>Bitwise or.</summary>
    static abstract TV Or(TV a, TV b);

    /// <summary>
    /// 2^<paramref name="n"/> for lanes holding integral values of a normal binary exponent
    /// (−126…127 for float, −1022…1023 for double), built from the exponent bits.
    /// </summary>
    static abstract TV Pow2(TV n);

    /// <summary>.NET's own vector e^a (used for double, where it is accurate and reasonably fast).</summary>
    static abstract TV NativeExp(TV a);

    /// <summary>.NET's own vector ln a (used for double).</summary>
    static abstract TV NativeLog(TV a);

    /// <summary>The unbiased binary exponent of each (normal, positive) lane, as a lane value.</summary>
    static abstract TV Exponent(TV a);

    /// <summary>Each (normal, positive) lane's significand, scaled into [1, 2).</summary>
    static abstract TV Significand(TV a);
}
#endif
