#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using DiffGen.VectorMathCore;

namespace DiffGen;

public static partial class VectorMath
{
    /// <summary>e raised to each lane, computed in float: within 1 ulp of <see cref="System.MathF.Exp(float)"/> and of the correctly rounded result over the whole float range.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>e^x, lane by lane: +∞ past the overflow threshold, subnormal results down to the smallest subnormal, then 0; e^±0 = 1, e^−∞ = 0, e^+∞ = +∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Exp(Vector128<float> x) => SingleExp.Exp<Vector128SingleOps, Vector128<float>>(x);

    /// <summary>e raised to each lane, computed in float: within 1 ulp of <see cref="System.MathF.Exp(float)"/> and of the correctly rounded result over the whole float range.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>e^x, lane by lane: +∞ past the overflow threshold, subnormal results down to the smallest subnormal, then 0; e^±0 = 1, e^−∞ = 0, e^+∞ = +∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x) => SingleExp.Exp<Vector256SingleOps, Vector256<float>>(x);

    /// <summary>e raised to each lane, computed in float: within 1 ulp of <see cref="System.MathF.Exp(float)"/> and of the correctly rounded result over the whole float range.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>e^x, lane by lane: +∞ past the overflow threshold, subnormal results down to the smallest subnormal, then 0; e^±0 = 1, e^−∞ = 0, e^+∞ = +∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x) => SingleExp.Exp<Vector512SingleOps, Vector512<float>>(x);

    /// <summary>e raised to each lane: the runtime's own vector Exp (lanes past ±708 one by one with <see cref="System.Math.Exp(double)"/>), within 2 ulp of <see cref="System.Math.Exp(double)"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>e^x, lane by lane: +∞ past the overflow threshold, subnormal results down to the smallest subnormal, then 0; e^±0 = 1, e^−∞ = 0, e^+∞ = +∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Exp(Vector128<double> x) => DoubleExp.Exp<Vector128DoubleOps, Vector128<double>>(x);

    /// <summary>e raised to each lane: the runtime's own vector Exp (lanes past ±708 one by one with <see cref="System.Math.Exp(double)"/>), within 2 ulp of <see cref="System.Math.Exp(double)"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>e^x, lane by lane: +∞ past the overflow threshold, subnormal results down to the smallest subnormal, then 0; e^±0 = 1, e^−∞ = 0, e^+∞ = +∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x) => DoubleExp.Exp<Vector256DoubleOps, Vector256<double>>(x);

    /// <summary>e raised to each lane: the runtime's own vector Exp (lanes past ±708 one by one with <see cref="System.Math.Exp(double)"/>), within 2 ulp of <see cref="System.Math.Exp(double)"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>e^x, lane by lane: +∞ past the overflow threshold, subnormal results down to the smallest subnormal, then 0; e^±0 = 1, e^−∞ = 0, e^+∞ = +∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x) => DoubleExp.Exp<Vector512DoubleOps, Vector512<double>>(x);
}
#endif
