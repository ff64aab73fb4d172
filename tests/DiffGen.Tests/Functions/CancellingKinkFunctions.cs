using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Functions with several kinks at one point (x = 0), whose derivative is refined there: the stable losses of the
/// README, where the kinks cancel, and a genuine kink made of several, which keeps its convention. Their vector bodies
/// compute the refinement only for vectors with a lane at the tie.
/// </summary>
public static partial class CancellingKinkFunctions
{
    /// <summary>Log-sigmoid in its stable form: derivative 0.5 at 0 (Min and Abs cancel).</summary>
    [Differentiable]
    public static float LogSigmoid(float x) => MathF.Min(x, 0) - MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));

    /// <summary>Log-sigmoid in double precision.</summary>
    [Differentiable]
    public static double LogSigmoidDouble(double x) => Math.Min(x, 0) - Math.Log(1 + Math.Exp(-Math.Abs(x)));

    /// <summary>Stable binary cross-entropy with logits: ∂x = 0.5 − y at x = 0 (Max and Abs cancel).</summary>
    [Differentiable]
    public static float Bce(float x, float y) => MathF.Max(x, 0) - x * y + MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));

    /// <summary>Binary cross-entropy with logits in double precision.</summary>
    [Differentiable]
    public static double BceDouble(double x, double y) => Math.Max(x, 0) - x * y + Math.Log(1 + Math.Exp(-Math.Abs(x)));

    /// <summary>max(x, 0) + min(x, 0) = x: derivative 1 at 0; no transcendental, so vector and scalar bits agree.</summary>
    [Differentiable]
    public static float MaxPlusMin(float x) => MathF.Max(x, 0) + MathF.Min(x, 0);

    /// <summary>|x| − 2·max(x, 0) = −x: derivative −1 at 0, in double precision.</summary>
    [Differentiable]
    public static double AbsMinusRelus(double x) => Math.Abs(x) - 2 * Math.Max(x, 0);

    /// <summary>
    /// A flag set in a branch (a select between two conditions) choosing x or 0, plus min(x, 0): = x, derivative 1 at 0
    /// (the select's kink hides under the flag).
    /// </summary>
    [Differentiable]
    public static float FlaggedRelu(float x)
    {
        bool positive = x >= 0;
        if (x < 1)
        {
            positive = x > 0;
        }

        return (positive ? x : 0) + MathF.Min(x, 0);
    }

    /// <summary>|x| − max(x, 0) + 3·max(−x, 0): a genuine kink at 0 (slopes −4 and 0), which keeps its convention.</summary>
    [Differentiable]
    public static float FourRelus(float x) => MathF.Abs(x) - MathF.Max(x, 0) + 3 * MathF.Max(-x, 0);
}
