#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary>
/// ln x on float lanes, all in float: x = 2^e·m with m in [2/3, 4/3) split off with integer operations on the bits,
/// then ln x = e·ln 2 + ln(1 + r), r = m − 1 (exact), ln(1 + r) by a minimax polynomial. (Measured bound:
/// VectorMathTests.)
/// </summary>
internal static class SingleLog
{
    // The bits of 2/3 (rounded up): subtracting them moves the exponent boundary from 1 to 2/3, so the mantissa that
    // remains lies in [2/3, 4/3) and |r| ≤ 1/3, the smallest interval a power-of-two split allows.
    private const int TwoThirdsBits = 0x3F2AAAAB;
    private const int MantissaMask = 0x007FFFFF;
    private const float SmallestNormal = 1.17549435e-38f;
    private const float TwoTo23 = 8388608f;

    // ln(1 + r) ≈ r + r²·(C2 + C3·r + … + C10·r⁸) on |r| ≤ 1/3: minimax for relative error, Remez fit.
    private const float C2 = -0.5f;
    private const float C3 = 0.3333319425582886f;
    private const float C4 = -0.24999721348285675f;
    private const float C5 = 0.20011621713638306f;
    private const float C6 = -0.16682225465774536f;
    private const float C7 = 0.1398552507162094f;
    private const float C8 = -0.12167643755674362f;
    private const float C9 = 0.1408746838569641f;
    private const float C10 = -0.1294909417629242f;

    /// <summary>ln x for every lane; vectors with a lane that is not a positive normal float take a slower path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log<TOps, TV>(TV x)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        // The slow path only scales subnormals before, and patches the special values after, the one copy of the
        // polynomial both paths share (see SingleExp.Exp: a second inlined copy made the JIT spill its constants).
        bool normal = TOps.AllSet(TOps.And(
            TOps.CompareGreaterThanOrEqual(x, TOps.Create(SmallestNormal)),
            TOps.CompareLessThanOrEqual(x, TOps.Create(float.MaxValue))));
        TV shifted;
        TV e;
        if (normal)
        {
            shifted = TOps.SubtractBits(x, TOps.CreateBits(TwoThirdsBits));
            e = TOps.ConvertBitsToSingle(TOps.ShiftRightArithmeticBits(shifted, 23));
        }
        else
        {
            // Subnormals are scaled by 2^23 first (exactly), and the 23 taken off the exponent.
            TV tiny = TOps.CompareLessThan(x, TOps.Create(SmallestNormal));
            TV scaled = TOps.ConditionalSelect(tiny, TOps.Multiply(x, TOps.Create(TwoTo23)), x);
            shifted = TOps.SubtractBits(scaled, TOps.CreateBits(TwoThirdsBits));
            e = TOps.Subtract(
                TOps.ConvertBitsToSingle(TOps.ShiftRightArithmeticBits(shifted, 23)),
                TOps.And(tiny, TOps.Create(23f)));
        }

        TV y = LogOfSplit<TOps, TV>(shifted, e);
        if (!normal)
        {
            y = Special<TOps, TV>(x, y);
        }

        return y;
    }

    /// <summary>
    /// <paramref name="y"/> with the IEEE results put in the lanes of <paramref name="x"/> where ln is not computed:
    /// NaN for negatives, −∞ for zeros, +∞ for +∞, NaN for NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Special<TOps, TV>(TV x, TV y)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        y = TOps.ConditionalSelect(TOps.CompareLessThan(x, TOps.Create(0f)), TOps.Create(float.NaN), y);
        y = TOps.ConditionalSelect(TOps.CompareEqual(x, TOps.Create(0f)), TOps.Create(float.NegativeInfinity), y);
        y = TOps.ConditionalSelect(TOps.CompareEqual(x, TOps.Create(float.PositiveInfinity)), x, y);
        return TOps.ConditionalSelect(TOps.CompareEqual(x, x), y, x);
    }

    /// <summary>
    /// e·ln 2 + ln m, where <paramref name="shifted"/> holds the bits of x minus those of 2/3 (its exponent field is e,
    /// its mantissa field that of m/(2/3)) and <paramref name="e"/> is the exponent to use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV LogOfSplit<TOps, TV>(TV shifted, TV e)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        TV m = TOps.AddBits(TOps.And(shifted, TOps.CreateBits(MantissaMask)), TOps.CreateBits(TwoThirdsBits));
        TV r = TOps.Subtract(m, TOps.Create(1f));

        // Q(r) = C2 + C3·r + … + C10·r⁸ by Estrin's scheme (pairs, then powers of r², r⁴, r⁸): four dependent steps
        // instead of Horner's eight, for two more multiplications; see SingleExp.ExpOfReduced for why the chain's
        // length is what a kernel like Mish waits on.
        TV r2 = TOps.Multiply(r, r);
        TV r4 = TOps.Multiply(r2, r2);
        TV c23 = TOps.FusedMultiplyAdd(TOps.Create(C3), r, TOps.Create(C2));
        TV c45 = TOps.FusedMultiplyAdd(TOps.Create(C5), r, TOps.Create(C4));
        TV c67 = TOps.FusedMultiplyAdd(TOps.Create(C7), r, TOps.Create(C6));
        TV c89 = TOps.FusedMultiplyAdd(TOps.Create(C9), r, TOps.Create(C8));
        TV c2345 = TOps.FusedMultiplyAdd(c45, r2, c23);
        TV c6789 = TOps.FusedMultiplyAdd(c89, r2, c67);
        TV c2to9 = TOps.FusedMultiplyAdd(c6789, r4, c2345);
        TV q = TOps.FusedMultiplyAdd(TOps.Create(C10), TOps.Multiply(r4, r4), c2to9);
        TV y = TOps.FusedMultiplyAdd(r2, q, r);

        // e·ln 2 in two parts; e·Ln2Hi is exact inside the FMA, so the only rounding that matters is the last one.
        y = TOps.FusedMultiplyAdd(e, TOps.Create(SingleExp.Ln2Lo), y);
        return TOps.FusedMultiplyAdd(e, TOps.Create(SingleExp.Ln2Hi), y);
    }
}
#endif
