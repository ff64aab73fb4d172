using System;
using DiffGen;

namespace DiffGen.Trainer;

/// <summary>
/// The activation library: ordinary C# that DiffGen differentiates at compile time. For every method here the
/// generator emits a <c>…Kernel</c> struct implementing <see cref="IElementwiseFunction{T}"/>; the trainer picks
/// one by name from <see cref="ActivationCatalog"/>.
/// </summary>
public static partial class Activations
{
    private const float SeluAlpha = 1.6732632f;
    private const float SeluScale = 1.050701f;

    /// <summary>ReLU: <c>max(0, x)</c>.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Relu(float x) => x > 0f ? x : 0f;

    /// <summary>
    /// A smooth, ReLU-like activation: <c>x² / (x + 0.6)</c> for <c>x ≥ 0</c>, a leaky <c>0.01·x</c> below.
    /// </summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Smooth(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;

    /// <summary>GELU, tanh approximation: <c>0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))</c>.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Gelu(float x) => 0.5f * x * (1f + MathF.Tanh(0.7978846f * (x + 0.044715f * x * x * x)));

    /// <summary>Swish (SiLU): <c>x·σ(x)</c>.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Swish(float x) => x * Sigmoid(x);

    /// <summary>Mish: <c>x·tanh(softplus(x))</c>, with a softplus that cannot overflow.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Mish(float x)
    {
        // log(1 + e^x) = max(x, 0) + log(1 + e^-|x|) keeps e^x from overflowing for large x.
        float softplus = x > 0f ? x + MathF.Log(1f + MathF.Exp(-x)) : MathF.Log(1f + MathF.Exp(x));
        return x * MathF.Tanh(softplus);
    }

    /// <summary>ELU with α = 1: <c>x</c> for <c>x &gt; 0</c>, <c>eˣ − 1</c> below.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Elu(float x) => x > 0f ? x : MathF.Exp(x) - 1f;

    /// <summary>SELU: a scaled ELU with self-normalizing constants.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Selu(float x) => x > 0f ? SeluScale * x : SeluScale * SeluAlpha * (MathF.Exp(x) - 1f);

    /// <summary>Leaky ReLU with slope 0.01 below zero.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float LeakyRelu(float x) => x > 0f ? x : 0.01f * x;

    /// <summary>Softplus: <c>log(1 + eˣ)</c>, written so that it cannot overflow.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Softplus(float x) => x > 0f ? x + MathF.Log(1f + MathF.Exp(-x)) : MathF.Log(1f + MathF.Exp(x));

    /// <summary>Hyperbolic tangent.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Tanh(float x) => MathF.Tanh(x);

    /// <summary>Logistic sigmoid: <c>1 / (1 + e⁻ˣ)</c>.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Sigmoid(float x)
    {
        // Two forms so that no exponent is positive: e^-x would overflow (and turn the derivative into ∞/∞) for x ≪ 0.
        if (x >= 0f)
        {
            return 1f / (1f + MathF.Exp(-x));
        }

        float e = MathF.Exp(x);
        return e / (1f + e);
    }

    /// <summary>PReLU: <c>x</c> for <c>x &gt; 0</c>, <c>slope·x</c> below, with a learnable slope (He et al., 2015).</summary>
    /// <param name="x">The pre-activation.</param>
    /// <param name="slope">The learnable slope of the negative side; 0.25 initially, as in the paper.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float PRelu(float x, float slope = 0.25f) => x > 0f ? x : slope * x;

    /// <summary>Swish with a learnable β: <c>x·σ(β·x)</c> (Ramachandran et al., 2017); β = 1 is SiLU.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <param name="beta">The learnable sharpness; 1 initially.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float SwishBeta(float x, float beta = 1f) => x * Sigmoid(beta * x);
}
