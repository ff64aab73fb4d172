#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary>
/// The algorithms behind <see cref="VectorMath"/>, written once over <see cref="IVectorOps{TV, T}"/>.
/// Float: Cody–Waite range reduction and the Cephes polynomials (about 1 ulp each), all lanes in float,
/// so several times faster than .NET's vector Exp, which widens float lanes to double. Double: .NET's
/// own vector Exp and Log.
/// </summary>
internal static class VectorAlgorithms
{
    /// <summary>e^x for float lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ExpFloat<TV, O>(TV x)
        where TV : struct
        where O : IVectorOps<TV, float>
    {
        // Past these every result is +Inf or 0; clamping keeps 2^k in range (Max/Min keep NaN lanes NaN).
        x = O.Min(O.Max(x, O.Create(-104f)), O.Create(89f));
        TV k = O.Round(O.Multiply(x, O.Create(1.44269504088896341f)));

        // r = x − k·ln 2 in two steps (ln 2 = 0.693359375 − 2.12194440e-4, the first part exact in float).
        TV r = O.FusedMultiplyAdd(k, O.Create(-0.693359375f), x);
        r = O.FusedMultiplyAdd(k, O.Create(2.12194440e-4f), r);

        // e^r on |r| ≤ ln2/2: 1 + r + r²·P(r) (Cephes expf).
        TV p = O.Create(1.9875691500e-4f);
        p = O.FusedMultiplyAdd(p, r, O.Create(1.3981999507e-3f));
        p = O.FusedMultiplyAdd(p, r, O.Create(8.3334519073e-3f));
        p = O.FusedMultiplyAdd(p, r, O.Create(4.1665795894e-2f));
        p = O.FusedMultiplyAdd(p, r, O.Create(1.6666665459e-1f));
        p = O.FusedMultiplyAdd(p, r, O.Create(5.0000001201e-1f));
        TV y = O.Add(O.FusedMultiplyAdd(p, O.Multiply(r, r), r), O.Create(1f));

        // 2^k as 2^(k/2) · 2^(k − k/2): each factor has a normal exponent for every k in [−150, 128], so
        // results overflow to +Inf and underflow through the subnormals to 0 as exp does.
        TV half = O.Round(O.Multiply(k, O.Create(0.5f)));
        return O.Multiply(O.Multiply(y, O.Pow2(half)), O.Pow2(O.Subtract(k, half)));
    }

    /// <summary>ln x for float lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV LogFloat<TV, O>(TV x)
        where TV : struct
        where O : IVectorOps<TV, float>
    {
        // Subnormal inputs are scaled into the normal range first (2^25 exactly, undone in the exponent).
        TV tiny = O.LessThan(x, O.Create(1.17549435e-38f));
        TV scaled = O.Select(tiny, O.Multiply(x, O.Create(33554432f)), x);
        TV e = O.Subtract(O.Exponent(scaled), O.Select(tiny, O.Create(25f), O.Create(0f)));
        TV m = O.Significand(scaled);

        // m in [√½, √2): ln x = e·ln 2 + ln m, with f = m − 1 small.
        TV big = O.GreaterThan(m, O.Create(1.41421356f));
        m = O.Select(big, O.Multiply(m, O.Create(0.5f)), m);
        e = O.Select(big, O.Add(e, O.Create(1f)), e);
        TV f = O.Subtract(m, O.Create(1f));
        TV z = O.Multiply(f, f);

        // Cephes logf.
        TV p = O.Create(7.0376836292e-2f);
        p = O.FusedMultiplyAdd(p, f, O.Create(-1.1514610310e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(1.1676998740e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(-1.2420140846e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(1.4249322787e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(-1.6668057665e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(2.0000714765e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(-2.4999993993e-1f));
        p = O.FusedMultiplyAdd(p, f, O.Create(3.3333331174e-1f));
        TV y = O.Multiply(O.Multiply(p, f), z);
        y = O.FusedMultiplyAdd(e, O.Create(-2.12194440e-4f), y);
        y = O.FusedMultiplyAdd(z, O.Create(-0.5f), y);
        TV result = O.FusedMultiplyAdd(e, O.Create(0.693359375f), O.Add(f, y));

        // ln 0 = −∞, ln of a negative = NaN, ln ∞ = ∞, ln NaN = NaN.
        result = O.Select(O.Equals(x, O.Create(0f)), O.Create(float.NegativeInfinity), result);
        result = O.Select(O.LessThan(x, O.Create(0f)), O.Create(float.NaN), result);
        result = O.Select(O.Equals(x, O.Create(float.PositiveInfinity)), x, result);
        return O.Select(O.Equals(x, x), result, x);
    }

    /// <summary>tanh x for float lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV TanhFloat<TV, O>(TV x)
        where TV : struct
        where O : IVectorOps<TV, float>
    {
        TV a = O.Abs(x);

        // Small |x|: x + x·z·P(z), z = x² (Cephes tanhf); exact sign and no cancellation near 0.
        TV z = O.Multiply(a, a);
        TV p = O.Create(-5.70498872745e-3f);
        p = O.FusedMultiplyAdd(p, z, O.Create(2.06390887954e-2f));
        p = O.FusedMultiplyAdd(p, z, O.Create(-5.37397155531e-2f));
        p = O.FusedMultiplyAdd(p, z, O.Create(1.33314422036e-1f));
        p = O.FusedMultiplyAdd(p, z, O.Create(-3.33332819422e-1f));
        TV small = O.FusedMultiplyAdd(O.Multiply(p, z), a, a);

        // Otherwise 1 − 2/(e^{2|x|} + 1): tends to exactly 1, and e^{2|x|} = ∞ gives 1, not NaN.
        TV large = O.Subtract(O.Create(1f), O.Divide(O.Create(2f), O.Add(ExpFloat<TV, O>(O.Add(a, a)), O.Create(1f))));
        return WithSignOf<TV, O, float>(O.Select(O.LessThan(a, O.Create(0.625f)), small, large), x, O.Create(-0f));
    }

    /// <summary>tanh x for double lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV TanhDouble<TV, O>(TV x)
        where TV : struct
        where O : IVectorOps<TV, double>
    {
        TV a = O.Abs(x);

        // Small |x|: x + x·z·P(z)/Q(z), z = x² (Cephes tanh).
        TV z = O.Multiply(a, a);
        TV p = O.Create(-9.64399179425052238628e-1);
        p = O.FusedMultiplyAdd(p, z, O.Create(-9.92877231001918586564e1));
        p = O.FusedMultiplyAdd(p, z, O.Create(-1.61468768441708447952e3));
        TV q = O.Add(z, O.Create(1.12811678491632931402e2));
        q = O.FusedMultiplyAdd(q, z, O.Create(2.23548839060100448583e3));
        q = O.FusedMultiplyAdd(q, z, O.Create(4.84406305325125486048e3));
        TV small = O.FusedMultiplyAdd(O.Divide(O.Multiply(p, z), q), a, a);

        TV large = O.Subtract(O.Create(1.0), O.Divide(O.Create(2.0), O.Add(O.NativeExp(O.Add(a, a)), O.Create(1.0))));
        return WithSignOf<TV, O, double>(O.Select(O.LessThan(a, O.Create(0.625)), small, large), x, O.Create(-0.0));
    }

    /// <summary>Math.Clamp's comparisons lane by lane: x &lt; min ? min : x &gt; max ? max : x (never throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Clamp<TV, O, T>(TV x, TV min, TV max)
        where TV : struct
        where O : IVectorOps<TV, T>
        => O.Select(O.LessThan(x, min), min, O.Select(O.GreaterThan(x, max), max, x));

    /// <summary>|<paramref name="magnitude"/>| with the sign bit of <paramref name="sign"/> (tanh is odd; tanh(−0) = −0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV WithSignOf<TV, O, T>(TV magnitude, TV sign, TV signBit)
        where TV : struct
        where O : IVectorOps<TV, T>
        => O.Or(magnitude, O.And(sign, signBit));
}
#endif
