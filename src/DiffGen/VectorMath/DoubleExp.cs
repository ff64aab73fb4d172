#if NET10_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary>
/// e^x on double lanes: the runtime's vector Exp (AOCL's algorithm, within 1 ulp of <see cref="Math.Exp(double)"/>)
/// where it computes in vector form, i.e. |x| ≤ 708, and <see cref="Math.Exp(double)"/> for the other lanes only.
/// </summary>
/// <remarks>
/// The runtime falls back to <see cref="Math.Exp(double)"/> for <em>every</em> lane of a vector with one lane past 708,
/// so a lane's result would depend on its neighbours and on the vector width; splitting the lanes here keeps every
/// lane's result a function of that lane alone, identical for Vector128, Vector256 and Vector512.
/// </remarks>
internal static class DoubleExp
{
    // The runtime's own threshold (0x4086200000000000): within it, its vector path handles every lane.
    private const double VectorLimit = 708.0;

    /// <summary>e^x for every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Exp<TOps, TV>(TV x)
        where TOps : struct, IDoubleVectorOps<TV>
        where TV : struct
    {
        if (TOps.LessThanOrEqualAll(TOps.Abs(x), TOps.Create(VectorLimit)))
        {
            return TOps.RuntimeExp(x);
        }

        return Wide<TOps, TV>(x);
    }

    /// <summary>e^x for a vector with a lane past ±708 or NaN: those lanes one by one, the others in vector form.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TV Wide<TOps, TV>(TV x)
        where TOps : struct, IDoubleVectorOps<TV>
        where TV : struct
    {
        TV inside = TOps.CompareLessThanOrEqual(TOps.Abs(x), TOps.Create(VectorLimit));
        TV y = TOps.RuntimeExp(TOps.And(inside, x));
        for (int i = 0; i < TOps.Count; i++)
        {
            double lane = TOps.GetElement(x, i);
            if (!(Math.Abs(lane) <= VectorLimit))
            {
                y = TOps.WithElement(y, i, Math.Exp(lane));
            }
        }

        return y;
    }
}
#endif
