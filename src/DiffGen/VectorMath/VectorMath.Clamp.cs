#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using DiffGen.VectorMathCore;

namespace DiffGen;

public static partial class VectorMath
{
    /// <summary>
    /// Each lane of <paramref name="x"/> clamped with <c>Math.Clamp</c>'s own comparisons, exactly (no rounding):
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>. Never throws: NaN lanes of <paramref name="x"/> stay NaN, a NaN
    /// bound is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds, lane by lane.</param>
    /// <param name="max">The upper bounds, lane by lane.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Clamp(Vector128<float> x, Vector128<float> min, Vector128<float> max) => LaneClamp.Clamp<Vector128SingleOps, Vector128<float>, float>(x, min, max);

    /// <summary>
    /// Each lane of <paramref name="x"/> clamped with <c>Math.Clamp</c>'s own comparisons, exactly (no rounding):
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>. Never throws: NaN lanes of <paramref name="x"/> stay NaN, a NaN
    /// bound is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds, lane by lane.</param>
    /// <param name="max">The upper bounds, lane by lane.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Clamp(Vector256<float> x, Vector256<float> min, Vector256<float> max) => LaneClamp.Clamp<Vector256SingleOps, Vector256<float>, float>(x, min, max);

    /// <summary>
    /// Each lane of <paramref name="x"/> clamped with <c>Math.Clamp</c>'s own comparisons, exactly (no rounding):
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>. Never throws: NaN lanes of <paramref name="x"/> stay NaN, a NaN
    /// bound is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds, lane by lane.</param>
    /// <param name="max">The upper bounds, lane by lane.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Clamp(Vector512<float> x, Vector512<float> min, Vector512<float> max) => LaneClamp.Clamp<Vector512SingleOps, Vector512<float>, float>(x, min, max);

    /// <summary>
    /// Each lane of <paramref name="x"/> clamped with <c>Math.Clamp</c>'s own comparisons, exactly (no rounding):
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>. Never throws: NaN lanes of <paramref name="x"/> stay NaN, a NaN
    /// bound is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds, lane by lane.</param>
    /// <param name="max">The upper bounds, lane by lane.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Clamp(Vector128<double> x, Vector128<double> min, Vector128<double> max) => LaneClamp.Clamp<Vector128DoubleOps, Vector128<double>, double>(x, min, max);

    /// <summary>
    /// Each lane of <paramref name="x"/> clamped with <c>Math.Clamp</c>'s own comparisons, exactly (no rounding):
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>. Never throws: NaN lanes of <paramref name="x"/> stay NaN, a NaN
    /// bound is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds, lane by lane.</param>
    /// <param name="max">The upper bounds, lane by lane.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Clamp(Vector256<double> x, Vector256<double> min, Vector256<double> max) => LaneClamp.Clamp<Vector256DoubleOps, Vector256<double>, double>(x, min, max);

    /// <summary>
    /// Each lane of <paramref name="x"/> clamped with <c>Math.Clamp</c>'s own comparisons, exactly (no rounding):
    /// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>. Never throws: NaN lanes of <paramref name="x"/> stay NaN, a NaN
    /// bound is never chosen, signed zeros and <c>min &gt; max</c> come out as that expression gives them.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds, lane by lane.</param>
    /// <param name="max">The upper bounds, lane by lane.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Clamp(Vector512<double> x, Vector512<double> min, Vector512<double> max) => LaneClamp.Clamp<Vector512DoubleOps, Vector512<double>, double>(x, min, max);
}
#endif
