#if NET10_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using DiffGen.VectorMathCore;

namespace DiffGen;

/// <summary>
/// Vector math for the SIMD kernels DiffGen generates: e^x, ln x, tanh x and Math.Clamp on every lane of a
/// <c>Vector128</c>, <c>Vector256</c> or <c>Vector512</c> of float or double. Every lane gets what the scalar
/// <c>MathF</c>/<c>Math</c> function gives, within the bounds in docs/vector-math.md (float: within 2 ulp
/// for Exp and Log and 4 ulp for Tanh; double: Exp and Log are .NET's own, Tanh within 8 ulp); special values
/// (±∞, NaN, ±0, subnormals) as the scalar functions give them. Clamp is exact.
/// </summary>
public static class VectorMath
{
    /// <summary>e raised to each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Exp(Vector128<float> x) => VectorAlgorithms.ExpFloat<Vector128<float>, Vector128FloatOps>(x);

    /// <summary>The natural logarithm of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Log(Vector128<float> x) => VectorAlgorithms.LogFloat<Vector128<float>, Vector128FloatOps>(x);

    /// <summary>The hyperbolic tangent of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Tanh(Vector128<float> x) => VectorAlgorithms.TanhFloat<Vector128<float>, Vector128FloatOps>(x);

    /// <summary>Each lane of <paramref name="x"/> clamped as <c>Math.Clamp</c> compares: <c>x &lt; min ? min : x &gt; max ? max : x</c>; never throws.</summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Clamp(Vector128<float> x, Vector128<float> min, Vector128<float> max) => VectorAlgorithms.Clamp<Vector128<float>, Vector128FloatOps, float>(x, min, max);

    /// <summary>e raised to each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x) => VectorAlgorithms.ExpFloat<Vector256<float>, Vector256FloatOps>(x);

    /// <summary>The natural logarithm of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Log(Vector256<float> x) => VectorAlgorithms.LogFloat<Vector256<float>, Vector256FloatOps>(x);

    /// <summary>The hyperbolic tangent of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x) => VectorAlgorithms.TanhFloat<Vector256<float>, Vector256FloatOps>(x);

    /// <summary>Each lane of <paramref name="x"/> clamped as <c>Math.Clamp</c> compares: <c>x &lt; min ? min : x &gt; max ? max : x</c>; never throws.</summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Clamp(Vector256<float> x, Vector256<float> min, Vector256<float> max) => VectorAlgorithms.Clamp<Vector256<float>, Vector256FloatOps, float>(x, min, max);

    /// <summary>e raised to each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x) => VectorAlgorithms.ExpFloat<Vector512<float>, Vector512FloatOps>(x);

    /// <summary>The natural logarithm of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Log(Vector512<float> x) => VectorAlgorithms.LogFloat<Vector512<float>, Vector512FloatOps>(x);

    /// <summary>The hyperbolic tangent of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x) => VectorAlgorithms.TanhFloat<Vector512<float>, Vector512FloatOps>(x);

    /// <summary>Each lane of <paramref name="x"/> clamped as <c>Math.Clamp</c> compares: <c>x &lt; min ? min : x &gt; max ? max : x</c>; never throws.</summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Clamp(Vector512<float> x, Vector512<float> min, Vector512<float> max) => VectorAlgorithms.Clamp<Vector512<float>, Vector512FloatOps, float>(x, min, max);

    /// <summary>e raised to each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Exp(Vector128<double> x) => Vector128.Exp(x);

    /// <summary>The natural logarithm of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Log(Vector128<double> x) => Vector128.Log(x);

    /// <summary>The hyperbolic tangent of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Tanh(Vector128<double> x) => VectorAlgorithms.TanhDouble<Vector128<double>, Vector128DoubleOps>(x);

    /// <summary>Each lane of <paramref name="x"/> clamped as <c>Math.Clamp</c> compares: <c>x &lt; min ? min : x &gt; max ? max : x</c>; never throws.</summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Clamp(Vector128<double> x, Vector128<double> min, Vector128<double> max) => VectorAlgorithms.Clamp<Vector128<double>, Vector128DoubleOps, double>(x, min, max);

    /// <summary>e raised to each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x) => Vector256.Exp(x);

    /// <summary>The natural logarithm of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> x) => Vector256.Log(x);

    /// <summary>The hyperbolic tangent of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Tanh(Vector256<double> x) => VectorAlgorithms.TanhDouble<Vector256<double>, Vector256DoubleOps>(x);

    /// <summary>Each lane of <paramref name="x"/> clamped as <c>Math.Clamp</c> compares: <c>x &lt; min ? min : x &gt; max ? max : x</c>; never throws.</summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Clamp(Vector256<double> x, Vector256<double> min, Vector256<double> max) => VectorAlgorithms.Clamp<Vector256<double>, Vector256DoubleOps, double>(x, min, max);

    /// <summary>e raised to each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x) => Vector512.Exp(x);

    /// <summary>The natural logarithm of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> x) => Vector512.Log(x);

    /// <summary>The hyperbolic tangent of each lane (see <see cref="VectorMath"/> for the accuracy).</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The results, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Tanh(Vector512<double> x) => VectorAlgorithms.TanhDouble<Vector512<double>, Vector512DoubleOps>(x);

    /// <summary>Each lane of <paramref name="x"/> clamped as <c>Math.Clamp</c> compares: <c>x &lt; min ? min : x &gt; max ? max : x</c>; never throws.</summary>
    /// <param name="x">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped values, lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Clamp(Vector512<double> x, Vector512<double> min, Vector512<double> max) => VectorAlgorithms.Clamp<Vector512<double>, Vector512DoubleOps, double>(x, min, max);
}
#endif
