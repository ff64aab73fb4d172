using System;

namespace DiffGen.KernelBenchmarks.Broadcast;

/// <summary>
/// PReLU and Swish-β three ways, for <see cref="BroadcastBenchmarks"/>: with the parameter <c>[Broadcast]</c> (the fused
/// kernel), as a second input (today's route: a span filled with the parameter, then a sum of its gradient span), and
/// as a constant (the plain one-input kernel, which computes no parameter gradient at all).
/// </summary>
public static partial class BroadcastActivations
{
    /// <summary>PReLU, learnable slope.</summary>
    [Differentiable]
    public static float PRelu(float x, [Broadcast] float slope) => x >= 0f ? x : slope * x;

    /// <summary>PReLU with the slope as a span input.</summary>
    [Differentiable]
    public static float PReluTwoSpans(float x, float slope) => x >= 0f ? x : slope * x;

    /// <summary>PReLU with the slope a constant.</summary>
    [Differentiable]
    public static float PReluConstant(float x) => x >= 0f ? x : 0.25f * x;

    /// <summary>Swish, learnable β.</summary>
    [Differentiable]
    public static float SwishBeta(float x, [Broadcast] float beta) => x / (1f + MathF.Exp(-beta * x));

    /// <summary>Swish with β as a span input.</summary>
    [Differentiable]
    public static float SwishBetaTwoSpans(float x, float beta) => x / (1f + MathF.Exp(-beta * x));

    /// <summary>Swish with β a constant.</summary>
    [Differentiable]
    public static float SwishBetaConstant(float x) => x / (1f + MathF.Exp(-1.5f * x));
}
