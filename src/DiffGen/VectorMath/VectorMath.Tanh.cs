#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using DiffGen.VectorMathCore;

namespace DiffGen;

public static partial class VectorMath
{
    /// <summary>The hyperbolic tangent of each lane, computed in float: within 1 ulp of the correctly rounded result and 2 ulp of <see cref="System.MathF.Tanh(float)"/> (itself up to 2 ulp off) over the whole float range.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x, lane by lane: odd, tanh(±0) = ±0, exactly ±1 for large |x| and ±∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Tanh(Vector128<float> x) => SingleTanh.Tanh<Vector128SingleOps, Vector128<float>>(x);

    /// <summary>The hyperbolic tangent of each lane, computed in float: within 1 ulp of the correctly rounded result and 2 ulp of <see cref="System.MathF.Tanh(float)"/> (itself up to 2 ulp off) over the whole float range.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x, lane by lane: odd, tanh(±0) = ±0, exactly ±1 for large |x| and ±∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x) => SingleTanh.Tanh<Vector256SingleOps, Vector256<float>>(x);

    /// <summary>The hyperbolic tangent of each lane, computed in float: within 1 ulp of the correctly rounded result and 2 ulp of <see cref="System.MathF.Tanh(float)"/> (itself up to 2 ulp off) over the whole float range.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x, lane by lane: odd, tanh(±0) = ±0, exactly ±1 for large |x| and ±∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x) => SingleTanh.Tanh<Vector512SingleOps, Vector512<float>>(x);

    /// <summary>The hyperbolic tangent of each lane: within 2 ulp of <see cref="System.Math.Tanh(double)"/> (itself up to about 1.5 ulp off).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x, lane by lane: odd, tanh(±0) = ±0, exactly ±1 for large |x| and ±∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Tanh(Vector128<double> x) => DoubleTanh.Tanh<Vector128DoubleOps, Vector128<double>>(x);

    /// <summary>The hyperbolic tangent of each lane: within 2 ulp of <see cref="System.Math.Tanh(double)"/> (itself up to about 1.5 ulp off).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x, lane by lane: odd, tanh(±0) = ±0, exactly ±1 for large |x| and ±∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Tanh(Vector256<double> x) => DoubleTanh.Tanh<Vector256DoubleOps, Vector256<double>>(x);

    /// <summary>The hyperbolic tangent of each lane: within 2 ulp of <see cref="System.Math.Tanh(double)"/> (itself up to about 1.5 ulp off).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x, lane by lane: odd, tanh(±0) = ±0, exactly ±1 for large |x| and ±∞, NaN stays NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Tanh(Vector512<double> x) => DoubleTanh.Tanh<Vector512DoubleOps, Vector512<double>>(x);
}
#endif
