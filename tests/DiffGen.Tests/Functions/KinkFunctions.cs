using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Small functions that sit exactly on the non-differentiable points the contract gives a convention for
/// (Abs, Max/Min ties, Clamp bounds, Pow at base 0, piecewise-constant functions) and on guarded branches
/// whose unselected side is undefined.
/// </summary>
public static partial class KinkFunctions
{
    /// <summary>|x|.</summary>
    [Differentiable(Order = 2)]
    public static float AbsOf(float x) => MathF.Abs(x);

    /// <summary>max(x, 0): the constant argument second.</summary>
    [Differentiable(Order = 2)]
    public static float MaxWithZeroSecond(float x) => MathF.Max(x, 0);

    /// <summary>max(a, b) of two inputs (ties split the gradient).</summary>
    [Differentiable(Order = 2)]
    public static float MaxPair(float a, float b) => MathF.Max(a, b);

    /// <summary>min(a, b) of two inputs (ties split the gradient).</summary>
    [Differentiable(Order = 2)]
    public static double MinPair(double a, double b) => Math.Min(a, b);

    /// <summary>max(a, b) of two inputs, in double precision.</summary>
    [Differentiable(Order = 2)]
    public static double MaxPairDouble(double a, double b) => Math.Max(a, b);

    /// <summary>clamp(x, −1, 1).</summary>
    [Differentiable(Order = 2)]
    public static float ClampUnit(float x) => Math.Clamp(x, -1, 1);

    /// <summary>clamp(x, lo, hi) with input-dependent bounds.</summary>
    [Differentiable(Order = 2)]
    public static double ClampBetween(double x, double lo, double hi) => Math.Clamp(x, lo, hi);

    /// <summary>clamp(2.5, lo, x) / x: Math.Clamp with a NaN lower bound returns x (no comparison holds), so this is 1.</summary>
    [Differentiable(Order = 2)]
    public static float ClampOverUpper(float x, float lo) => Math.Clamp(2.5f, lo, x) / x;

    /// <summary>aᵉ.</summary>
    [Differentiable(Order = 2)]
    public static float PowOf(float a, float e) => MathF.Pow(a, e);

    /// <summary>aᵉ in double precision.</summary>
    [Differentiable(Order = 2)]
    public static double PowOfDouble(double a, double e) => Math.Pow(a, e);

    /// <summary>⌊x⌋.</summary>
    [Differentiable(Order = 2)]
    public static float FloorOf(float x) => MathF.Floor(x);

    /// <summary>⌈x⌉.</summary>
    [Differentiable(Order = 2)]
    public static float CeilingOf(float x) => MathF.Ceiling(x);

    /// <summary>round(x).</summary>
    [Differentiable(Order = 2)]
    public static float RoundOf(float x) => MathF.Round(x);

    /// <summary>trunc(x).</summary>
    [Differentiable(Order = 2)]
    public static double TruncateOf(double x) => Math.Truncate(x);

    /// <summary>sign(x), an int widened back to float.</summary>
    [Differentiable(Order = 2)]
    public static float SignOf(float x) => MathF.Sign(x);

    /// <summary>x·⌊x⌋: the zero derivative of Floor must still let the product rule through.</summary>
    [Differentiable(Order = 2)]
    public static double TimesFloor(double x) => x * Math.Floor(x);

    /// <summary>log(x) guarded to 0 for x ≤ 0; the unselected log branch must not leak NaN into the derivative.</summary>
    [Differentiable(Order = 2)]
    public static float GuardedLog(float x) => x > 0 ? MathF.Log(x) : 0;

    /// <summary>√x guarded to 0 for x &lt; 0; the unselected sqrt branch must not leak NaN into the derivative.</summary>
    [Differentiable(Order = 2)]
    public static float GuardedSqrt(float x) => x >= 0 ? MathF.Sqrt(x) : 0;

    /// <summary><see cref="GuardedLog(float)"/> in double precision.</summary>
    [Differentiable(Order = 2)]
    public static double GuardedLogDouble(double x) => x > 0 ? Math.Log(x) : 0;

    /// <summary><see cref="GuardedSqrt(float)"/> in double precision.</summary>
    [Differentiable(Order = 2)]
    public static double GuardedSqrtDouble(double x) => x >= 0 ? Math.Sqrt(x) : 0;
}
