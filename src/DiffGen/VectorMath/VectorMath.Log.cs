#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using DiffGen.VectorMathCore;

namespace DiffGen;

public static partial class VectorMath
{
    /// <summary>The natural logarithm of each lane, computed in float: within 1 ulp of <see cref="System.MathF.Log(float)"/> and of the correctly rounded result over the whole float range, subnormals included.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>ln x, lane by lane: ln(±0) = −∞, ln of a negative number = NaN, ln(+∞) = +∞, ln 1 = 0, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Log(Vector128<float> x) => SingleLog.Log<Vector128SingleOps, Vector128<float>>(x);

    /// <summary>The natural logarithm of each lane, computed in float: within 1 ulp of <see cref="System.MathF.Log(float)"/> and of the correctly rounded result over the whole float range, subnormals included.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>ln x, lane by lane: ln(±0) = −∞, ln of a negative number = NaN, ln(+∞) = +∞, ln 1 = 0, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Log(Vector256<float> x) => SingleLog.Log<Vector256SingleOps, Vector256<float>>(x);

    /// <summary>The natural logarithm of each lane, computed in float: within 1 ulp of <see cref="System.MathF.Log(float)"/> and of the correctly rounded result over the whole float range, subnormals included.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>ln x, lane by lane: ln(±0) = −∞, ln of a negative number = NaN, ln(+∞) = +∞, ln 1 = 0, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Log(Vector512<float> x) => SingleLog.Log<Vector512SingleOps, Vector512<float>>(x);

    /// <summary>The natural logarithm of each lane: the runtime's own vector Log, within 3 ulp of <see cref="System.Math.Log(double)"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>ln x, lane by lane: ln(±0) = −∞, ln of a negative number = NaN, ln(+∞) = +∞, ln 1 = 0, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Log(Vector128<double> x) => Vector128.Log(x);

    /// <summary>The natural logarithm of each lane: the runtime's own vector Log, within 3 ulp of <see cref="System.Math.Log(double)"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>ln x, lane by lane: ln(±0) = −∞, ln of a negative number = NaN, ln(+∞) = +∞, ln 1 = 0, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> x) => Vector256.Log(x);

    /// <summary>The natural logarithm of each lane: the runtime's own vector Log, within 3 ulp of <see cref="System.Math.Log(double)"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>ln x, lane by lane: ln(±0) = −∞, ln of a negative number = NaN, ln(+∞) = +∞, ln 1 = 0, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> x) => Vector512.Log(x);
}
#endif
