using System;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Activations with learnable parameters (<c>[Broadcast]</c>): their span kernels take the parameter as a value and
/// return its summed gradient. Each covers a kernel shape: one span and one parameter (float and double, exact and
/// transcendental), a singular untaken branch side, no vector form (the scalar loop), two spans with two parameters,
/// ten parameters (a rational activation), and the 16-input limit.
/// </summary>
public static partial class BroadcastFunctions
{
    /// <summary>PReLU with a learnable slope.</summary>
    [Differentiable]
    public static float PRelu(float x, [Broadcast] float slope) => x >= 0f ? x : slope * x;

    /// <summary>PReLU in double.</summary>
    [Differentiable]
    public static double PReluDouble(double x, [Broadcast] double slope) => x >= 0.0 ? x : slope * x;

    /// <summary>Swish with a learnable β (initially 1: SiLU).</summary>
    [Differentiable]
    public static float SwishBeta(float x, [Broadcast] float beta = 1f) => x / (1f + MathF.Exp(-beta * x));

    /// <summary>Swish-β in double.</summary>
    [Differentiable]
    public static double SwishBetaDouble(double x, [Broadcast] double beta = 1.0) => x / (1.0 + Math.Exp(-beta * x));

    /// <summary>A branch whose untaken side is singular (log of zero or a negative number, 1/x at 0) in its lanes.</summary>
    [Differentiable]
    public static float LogOrLinear(float x, [Broadcast] float alpha) => x > 0f ? alpha * MathF.Log(x) : alpha * x;

    /// <summary>Two parameters, one on each side of a branch whose untaken side is singular (log of zero or a negative number).</summary>
    [Differentiable]
    public static float TwoSlopes(float x, [Broadcast] float negative, [Broadcast] float positive) => x > 0f ? positive * MathF.Log(x) : negative * x;

    /// <summary>Atan has no vector form: the kernels are scalar loops with the compensated sum.</summary>
    [Differentiable]
    public static float AtanScaled(float x, [Broadcast] float a) => MathF.Atan(a * x);

    /// <summary>Two spans around two parameters, in mixed order.</summary>
    [Differentiable]
    public static float Modulated([Broadcast] float gamma, float x, float z, [Broadcast] float beta = 0.5f) => gamma * x * z + beta * MathF.Sin(x);

    /// <summary>
    /// A safe rational activation of degree (5, 4), <c>P(x) / (1 + |Q(x)|)</c>, with its ten coefficients broadcast
    /// (11 inputs, more than the former limit of 8).
    /// </summary>
    [Differentiable]
    public static double Rational(double x,
        [Broadcast] double p0, [Broadcast] double p1, [Broadcast] double p2, [Broadcast] double p3, [Broadcast] double p4, [Broadcast] double p5,
        [Broadcast] double q1, [Broadcast] double q2, [Broadcast] double q3, [Broadcast] double q4)
    {
        double p = p0 + x * (p1 + x * (p2 + x * (p3 + x * (p4 + x * p5))));
        double q = x * (q1 + x * (q2 + x * (q3 + x * q4)));
        return p / (1.0 + Math.Abs(q));
    }

    /// <summary>Sixteen inputs, the limit: every input a span.</summary>
    [Differentiable]
    public static float Sixteen(float a0, float a1, float a2, float a3, float a4, float a5, float a6, float a7,
        float a8, float a9, float a10, float a11, float a12, float a13, float a14, float a15) =>
        a0 * a1 + a2 * a3 + a4 * a5 + a6 * a7 + a8 * a9 + a10 * a11 + a12 * a13 + a14 * MathF.Exp(a15 * 0.1f);

    /// <summary>Sixteen inputs with one broadcast: the widest parametric driver (15 spans).</summary>
    [Differentiable]
    public static float FifteenAndOne(float a0, float a1, float a2, float a3, float a4, float a5, float a6, float a7,
        float a8, float a9, float a10, float a11, float a12, float a13, float a14, [Broadcast] float scale) =>
        scale * (a0 * a1 + a2 * a3 + a4 * a5 + a6 * a7 + a8 * a9 + a10 * a11 + a12 * a13) + a14;
}
