#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;

namespace DiffGen.VectorMathCore;

/// <summary><c>Math.Clamp</c>'s comparisons lane by lane, with no argument check (so it never throws).</summary>
internal static class LaneClamp
{
    /// <summary>
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c> in every lane: NaN in <paramref name="x"/> stays, a NaN bound
    /// is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Clamp<TOps, TV, T>(TV x, TV min, TV max)
        where TOps : struct, IVectorOps<TV, T>
        where TV : struct
        => TOps.ConditionalSelect(
            TOps.CompareLessThan(x, min),
            min,
            TOps.ConditionalSelect(TOps.CompareGreaterThan(x, max), max, x));
}
#endif
