#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary>
/// tanh x on double lanes, branch-free: an odd minimax polynomial for |x| &lt; <see cref="Switch"/>, and
/// 1 − 2/(e^{2|x|} + 1) with the runtime's vector Exp above it (measured bound: VectorMathDoubleTests).
/// </summary>
internal static class DoubleTanh
{
    // From |x| = 0.9 on, d = 2/(e^{2|x|} + 1) ≤ 0.28 against a result ≥ 0.71, so the rounding errors in d (including
    // e^{2|x|}'s, up to 2 ulp from the runtime's Exp) reach 1 − d shrunk about 2.5 times; switching nearer 0 costs
    // accuracy, switching later a longer polynomial.
    private const double Switch = 0.9;

    // tanh |x| rounds to 1 from |x| ≈ 19.06 on; clamping at 20 keeps e^{2|x|} finite and inside the runtime's vector
    // Exp range (|2x| ≤ 708), and the result exactly 1.
    private const double Saturation = 20.0;

    // tanh x ≈ x + x³·(T1 + T2·z + … + T14·z¹³), z = x², on |x| ≤ 0.9: minimax for relative error, Remez fit.
    private const double T1 = -0.33333333333332993;
    private const double T2 = 0.1333333333329493;
    private const double T3 = -0.05396825395305767;
    private const double T4 = 0.02186948823126441;
    private const double T5 = -0.008863231889359915;
    private const double T6 = 0.0035920997686778003;
    private const double T7 = -0.0014556837319471137;
    private const double T8 = 0.0005894573244380857;
    private const double T9 = -0.00023756534047140803;
    private const double T10 = 9.377270464929659e-05;
    private const double T11 = -3.463644775808123e-05;
    private const double T12 = 1.0891785499361075e-05;
    private const double T13 = -2.4723331364609023e-06;
    private const double T14 = 2.898413835560231e-07;

    /// <summary>tanh x for every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Tanh<TOps, TV>(TV x)
        where TOps : struct, IDoubleVectorOps<TV>
        where TV : struct
    {
        TV a = TOps.Abs(x);

        // Both branches work on |x| and the sign of x is put back at the end: exactly odd, and tanh(−0) = −0 (which
        // x + x·z·P(z) on x itself would turn into +0, P being negative). NaN lanes stay NaN in this branch and take
        // it below.
        TV z = TOps.Multiply(a, a);
        TV p = TOps.Create(T14);
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T13));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T12));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T11));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T10));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T9));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T8));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T7));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T6));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T5));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T4));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T3));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T2));
        p = TOps.FusedMultiplyAdd(p, z, TOps.Create(T1));
        TV small = TOps.FusedMultiplyAdd(TOps.Multiply(a, z), p, a);

        // e ≥ 1, so the division never sees 0 or ∞/∞.
        TV twice = TOps.MinNative(TOps.Add(a, a), TOps.Create(2.0 * Saturation));
        TV e = TOps.RuntimeExp(twice);
        TV large = TOps.Subtract(TOps.Create(1.0), TOps.Divide(TOps.Create(2.0), TOps.Add(e, TOps.Create(1.0))));
        TV y = TOps.ConditionalSelect(TOps.CompareGreaterThanOrEqual(a, TOps.Create(Switch)), large, small);
        return TOps.Or(y, TOps.And(x, TOps.Create(-0.0)));
    }
}
#endif
