#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary>
/// tanh x on float lanes, branch-free: an odd minimax polynomial for |x| &lt; <see cref="Switch"/>, where
/// 1 − 2/(e^{2|x|} + 1) would lose all relative accuracy, and that formula (with <see cref="SingleExp"/>'s fast path)
/// above it (measured bound: VectorMathTests).
/// </summary>
internal static class SingleTanh
{
    // From |x| = 0.9 on, d = 2/(e^{2|x|} + 1) ≤ 0.28 against a result ≥ 0.71, so the rounding errors in d (including
    // e^{2|x|}'s) reach 1 − d shrunk about 2.5 times: within 1 ulp of the correctly rounded tanh. Switching at 0.55
    // (where tanh = 0.5) gave 2 ulp; switching later needs a longer polynomial.
    private const float Switch = 0.9f;

    // tanh |x| rounds to 1 from |x| ≈ 9.01 on; clamping at 10 keeps e^{2|x|} finite and the result exactly 1.
    private const float Saturation = 10f;

    // tanh x ≈ x + x³·(T1 + T2·z + … + T7·z⁶), z = x², on |x| ≤ 0.9: minimax for relative error, Remez fit.
    private const float T1 = -0.33333322405815125f;
    private const float T2 = 0.1333296298980713f;
    private const float T3 = -0.053927987813949585f;
    private const float T4 = 0.0216582790017128f;
    private const float T5 = -0.008253971114754677f;
    private const float T6 = 0.002572285709902644f;
    private const float T7 = -0.0004514949396252632f;

    /// <summary>tanh x for every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Tanh<TOps, TV>(TV x)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        TV a = TOps.Abs(x);

        // Both branches work on |x| and the sign of x is put back at the end: exactly odd, and tanh(−0) = −0 (which
        // x + x·z·P(z) on x itself would turn into +0, P being negative). NaN lanes stay NaN in this branch and take
        // it below.
        TV z = TOps.Multiply(a, a);
        TV p = TOps.Create(T7);
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T6));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T5));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T4));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T3));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T2));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T1));
        TV small = TOps.FusedMultiplyAdd(TOps.Multiply(a, z), p, a);

        // 2·min(|x|, 10) ≤ 20 is well inside the exp fast path; e ≥ 1, so the division never sees 0 or ∞/∞.
        TV e = SingleExp.FastOfTwice<TOps, TV>(TOps.MinNative(a, TOps.Create(Saturation)));
        TV large = TOps.Subtract(TOps.Create(1f), TOps.Divide(TOps.Create(2f), TOps.Add(e, TOps.Create(1f))));
        TV y = TOps.ConditionalSelect(TOps.CompareGreaterThanOrEqual(a, TOps.Create(Switch)), large, small);
        return TOps.Or(y, TOps.And(x, TOps.Create(-0f)));
    }
}
#endif
