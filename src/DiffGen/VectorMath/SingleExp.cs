#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary>
/// e^x on float lanes, all in float: n = round(x/ln 2) and r = x − n·ln 2 (Cody–Waite, with FMA), e^r by a degree-6
/// minimax polynomial, and 2^n added to the exponent bits. (Measured bound: VectorMathTests.)
/// </summary>
internal static class SingleExp
{
    /// <summary>
    /// The largest |x| that the fast path handles: n = round(x/ln 2) stays within −125…125, so
    /// p·2^n, with p in [√½, √2], is a normal float and can be built by adding n to p's exponent field.
    /// </summary>
    internal const float FastLimit = 86.5f;

    // 1.5·2^23: adding it to x/ln 2 rounds to an integer, which then sits in the low mantissa bits (the bias is
    // 1.5·2^23 rather than 2^23 so negative n stay in the same binade).
    private const float Shifter = 12582912f;
    private const int ShifterBits = 0x4B400000;
    private const float Log2E = 1.44269502f;

    // ln 2 = Ln2Hi + Ln2Lo; Ln2Hi is the float nearest ln 2. With an FMA, x − n·Ln2Hi is exact for every n used here.
    internal const float Ln2Hi = 0.693147182464599609375f;
    internal const float Ln2Lo = -1.9046542121259336e-09f;

    // e^r ≈ 1 + r + r²·(C2 + C3·r + … + C6·r⁴) on |r| ≤ ln2/2: minimax for relative error (3.9e-9 with these
    // float coefficients), from a Remez fit with the constant and linear terms held at exactly 1, so e^0 = 1.
    private const float C2 = 0.4999999403953552f;
    private const float C3 = 0.16666516661643982f;
    private const float C4 = 0.041668422520160675f;
    private const float C5 = 0.008369154296815395f;
    private const float C6 = 0.0013814367121085525f;

    /// <summary>e^x for every lane; the rare vectors with a lane outside ±<see cref="FastLimit"/> take a slower path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Exp<TOps, TV>(TV x)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        // The slow path only clamps the argument before, and scales the result differently after, the one copy of the
        // reduction and polynomial both paths share. With a second inlined copy in a cold block (as before), the JIT
        // gave every polynomial constant one register shared by both copies, and a kernel calling several functions
        // (Mish: Exp, Log, Tanh) ran out of registers and spilled them to the stack on every vector. A call instead of
        // a cold block would be worse: a call returning a Vector256 returns it in memory.
        bool fast = TOps.LessThanOrEqualAll(TOps.Abs(x), TOps.Create(FastLimit));
        TV reduced = x;
        if (!fast)
        {
            // Past ±110 every result is 0 or +∞ anyway; NaN lanes are given back at the end.
            reduced = TOps.MinNative(TOps.MaxNative(x, TOps.Create(-110f)), TOps.Create(100f));
        }

        TV k = TOps.FusedMultiplyAdd(reduced, TOps.Create(Log2E), TOps.Create(Shifter));
        TV p = ExpOfReduced<TOps, TV>(reduced, TOps.Subtract(k, TOps.Create(Shifter)));
        TV y;
        if (fast)
        {
            y = ScaleFast<TOps, TV>(p, k);
        }
        else
        {
            y = ScaleWide<TOps, TV>(x, p, k);
        }

        return y;
    }

    /// <summary>
    /// e^{2h} for lanes with |2h| ≤ <see cref="FastLimit"/>: the same bits as <see cref="Exp{TOps, TV}"/> of 2h, with
    /// n = round(h·(2/ln 2)) computed from h itself (2·Log2E is exact, so the FMA rounds the same product), not
    /// after the doubling: one dependent step less.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV FastOfTwice<TOps, TV>(TV h)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        TV k = TOps.FusedMultiplyAdd(h, TOps.Create(2f * Log2E), TOps.Create(Shifter));
        return ScaleFast<TOps, TV>(ExpOfReduced<TOps, TV>(TOps.Add(h, h), TOps.Subtract(k, TOps.Create(Shifter))), k);
    }

    /// <summary>p·2^n, where k's low bits hold n (k = n + <see cref="Shifter"/>) and p·2^n is a normal float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ScaleFast<TOps, TV>(TV p, TV k)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        // Shifting n into the exponent field and adding multiplies p by 2^n exactly.
        return TOps.AddBits(p, TOps.ShiftLeftBits(k, 23));
    }

    /// <summary>
    /// p·2^n for the slow path, whose argument was clamped to [−110, 100]: 2^n applied as 2^(n/2)·2^(n−n/2), two normal
    /// factors, so results overflow to +∞ and underflow through the subnormals with a single rounding. Gives the same
    /// bits as <see cref="ScaleFast{TOps, TV}"/> wherever both apply; NaN lanes of <paramref name="x"/> stay NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ScaleWide<TOps, TV>(TV x, TV p, TV k)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        TV n = TOps.SubtractBits(k, TOps.CreateBits(ShifterBits));
        TV half = TOps.ShiftRightArithmeticBits(n, 1);
        TV bias = TOps.CreateBits(127);
        TV scale1 = TOps.ShiftLeftBits(TOps.AddBits(half, bias), 23);
        TV scale2 = TOps.ShiftLeftBits(TOps.AddBits(TOps.SubtractBits(n, half), bias), 23);
        TV y = TOps.Multiply(TOps.Multiply(p, scale1), scale2);

        // The clamp lost NaN lanes; give them back.
        return TOps.ConditionalSelect(TOps.CompareEqual(x, x), y, x);
    }

    /// <summary>e^r with r = x − n·ln 2, for the integer-valued <paramref name="n"/> nearest x/ln 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpOfReduced<TOps, TV>(TV x, TV n)
        where TOps : struct, ISingleVectorOps<TV>
        where TV : struct
    {
        TV r = TOps.FusedMultiplyAdd(n, TOps.Create(-Ln2Hi), x);
        r = TOps.FusedMultiplyAdd(n, TOps.Create(-Ln2Lo), r);

        // C2 + C3·r + … + C6·r⁴ by Estrin's scheme (pairs, then powers of r²): three dependent steps instead of
        // Horner's four. A kernel chaining several functions (Mish: exp → log → tanh, whose exp is another) is bound
        // by the length of that chain, not by the count of operations: the processor cannot look far enough ahead
        // to overlap the next vector's chain with this one's.
        TV r2 = TOps.Multiply(r, r);
        TV c23 = TOps.FusedMultiplyAdd(TOps.Create(C3), r, TOps.Create(C2));
        TV c45 = TOps.FusedMultiplyAdd(TOps.Create(C5), r, TOps.Create(C4));
        TV c456 = TOps.FusedMultiplyAdd(TOps.Create(C6), r2, c45);
        TV p = TOps.FusedMultiplyAdd(c456, r2, c23);
        p = TOps.FusedMultiplyAdd(p, r, TOps.Create(1f));
        return TOps.FusedMultiplyAdd(p, r, TOps.Create(1f));
    }
}
#endif
