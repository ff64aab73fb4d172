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
    public static float PRelu(float x, [Broadcast] float slope = 0.25f) => x > 0f ? x : slope * x;

    /// <summary>Swish with a learnable β: <c>x·σ(β·x)</c> (Ramachandran et al., 2017); β = 1 is SiLU.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <param name="beta">The learnable sharpness; 1 initially.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float SwishBeta(float x, [Broadcast] float beta = 1f) => x * Sigmoid(beta * x);

    /// <summary>
    /// A safe Padé activation unit (Molina, Schramowski and Kersting, "Padé Activation Units", ICLR 2020): the
    /// rational function <c>P(x) / (1 + |Q(x)|)</c> with <c>P</c> of degree 5 and <c>Q(x) = b1·x + … + b4·x⁴</c>, all ten
    /// coefficients learnable. The absolute value keeps the denominator ≥ 1, so no pole can appear during training.
    /// </summary>
    /// <remarks>
    /// The defaults approximate leaky ReLU on [−3, 3]: they are the <c>pade_optimized_leakyrelu</c> initial coefficients
    /// of the paper's reference implementation (ml-research/pau, <c>pau/cuda/python_imp/Pade.py</c>), fitted there for
    /// the denominator <c>1 + Σ|b_k|·|x|^k</c>; with <c>b1</c> and <c>b3</c> near 0 and <c>b2</c>, <c>b4</c> positive,
    /// <c>|Q(x)|</c> is that same denominator to within 1e-5.
    /// </remarks>
    /// <param name="x">The pre-activation.</param>
    /// <param name="a0">Numerator coefficient of x⁰.</param>
    /// <param name="a1">Numerator coefficient of x¹.</param>
    /// <param name="a2">Numerator coefficient of x².</param>
    /// <param name="a3">Numerator coefficient of x³.</param>
    /// <param name="a4">Numerator coefficient of x⁴.</param>
    /// <param name="a5">Numerator coefficient of x⁵.</param>
    /// <param name="b1">Denominator coefficient of x¹.</param>
    /// <param name="b2">Denominator coefficient of x².</param>
    /// <param name="b3">Denominator coefficient of x³.</param>
    /// <param name="b4">Denominator coefficient of x⁴.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Pau(
        float x,
        [Broadcast] float a0 = 0.0335583603f,
        [Broadcast] float a1 = 0.505000375f,
        [Broadcast] float a2 = 1.65343934f,
        [Broadcast] float a3 = 2.01001052f,
        [Broadcast] float a4 = 0.931901999f,
        [Broadcast] float a5 = 0.152424124f,
        [Broadcast] float b1 = 3.30847488e-06f,
        [Broadcast] float b2 = 3.98021568f,
        [Broadcast] float b3 = 5.12471206e-07f,
        [Broadcast] float b4 = 0.301830109f)
    {
        // Horner's scheme: fewer operations, and a DAG the generator differentiates in one pass per input.
        float p = a0 + (x * (a1 + (x * (a2 + (x * (a3 + (x * (a4 + (x * a5)))))))));
        float q = x * (b1 + (x * (b2 + (x * (b3 + (x * b4))))));
        return p / (1f + MathF.Abs(q));
    }
}
