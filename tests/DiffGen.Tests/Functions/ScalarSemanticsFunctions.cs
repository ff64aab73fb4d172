using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Methods whose scalar code never runs a callee (or an operation) on the inputs of a branch it does not take, where
/// running it would throw: their span kernels must not throw either, at any length (issue 13).
/// </summary>
public static partial class ScalarSemanticsFunctions
{
    /// <summary>√x that throws on a negative argument, as a user's checked helper would.</summary>
    public static double SafeSqrt(double x) => x >= 0 ? Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));

    /// <summary>The registered derivative of <see cref="SafeSqrt"/>, as strict.</summary>
    [DerivativeOf(nameof(SafeSqrt))]
    public static double SafeSqrtDerivative(double x) => x >= 0 ? 0.5 / Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));

    /// <summary>The registered second derivative of <see cref="SafeSqrt"/>, as strict.</summary>
    [DerivativeOf(nameof(SafeSqrt), Order = 2)]
    public static double SafeSqrtSecond(double x) => x >= 0 ? -0.25 / (x * Math.Sqrt(x)) : throw new ArgumentOutOfRangeException(nameof(x));

    /// <summary>A [Differentiable] wrapper of the throwing helper: it has no vector form.</summary>
    [Differentiable(Order = 2)]
    public static double Root(double x) => SafeSqrt(x);

    /// <summary>The root only where it is defined: the scalar code never calls <see cref="Root"/> on x ≤ 0.</summary>
    [Differentiable(Order = 2)]
    public static double GuardedRoot(double x) => x > 0 ? Root(x) : 0;

    /// <summary>sign(x)·x: <c>MathF.Sign</c> throws on NaN.</summary>
    [Differentiable(Order = 2)]
    public static float SignTimes(float x) => MathF.Sign(x) * x;

    /// <summary>Calls <see cref="SignTimes"/> only for x &gt; 0, so never on NaN: <c>GuardedSign(NaN)</c> is 0.</summary>
    [Differentiable(Order = 2)]
    public static float GuardedSign(float x) => x > 0 ? SignTimes(x) : 0;

    /// <summary><c>Math.Clamp</c> with bounds from the inputs: throws where lo &gt; hi, like the method.</summary>
    [Differentiable(Order = 2)]
    public static float ClampInputs(float x, float lo, float hi) => Math.Clamp(x, lo, hi);
}
