using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Common neural-network activations in single precision, written the way users write them, so the tests
/// exercise the generator on realistic code (ternaries, Clamp, Max, block bodies, fields, helper calls).
/// </summary>
public static partial class Activations
{
    /// <summary>Coefficient of the cubic term in the tanh approximation of GELU.</summary>
    private const float GeluCubic = 0.044715f;

    /// <summary>√(2/π), kept as a field to exercise <c>static readonly</c> constants.</summary>
    private static readonly float SqrtTwoOverPi = MathF.Sqrt(2f / MathF.PI);

    /// <summary>SELU's α (Klambauer et al. 2017).</summary>
    private static readonly float SeluAlpha = 1.6732632423543772f;

    /// <summary>SELU's λ (Klambauer et al. 2017).</summary>
    private static readonly float SeluScale = 1.0507009873554805f;

    /// <summary>CELU's α.</summary>
    private const float CeluAlpha = 1.5f;

    /// <summary>ReLU spelled with <see cref="MathF.Max(float, float)"/>.</summary>
    [Differentiable(Order = 2)]
    public static float ReluMax(float x) => MathF.Max(0, x);

    /// <summary>ReLU spelled with a strict ternary.</summary>
    [Differentiable(Order = 2)]
    public static float ReluTernary(float x) => x > 0 ? x : 0;

    /// <summary>ReLU spelled with a non-strict ternary: the derivative at 0 is that of the selected branch (1).</summary>
    [Differentiable(Order = 2)]
    public static float ReluGe(float x) => x >= 0 ? x : 0;

    /// <summary>Leaky ReLU with slope 0.01.</summary>
    [Differentiable(Order = 2)]
    public static float LeakyRelu(float x) => x > 0 ? x : 0.01f * x;

    /// <summary>ReLU6 via <see cref="Math.Clamp(float, float, float)"/>.</summary>
    [Differentiable(Order = 2)]
    public static float Relu6(float x) => Math.Clamp(x, 0, 6);

    /// <summary>ELU with α = 1.</summary>
    [Differentiable(Order = 2)]
    public static float Elu(float x) => x > 0 ? x : MathF.Exp(x) - 1;

    /// <summary>SELU, using <c>static readonly</c> fields.</summary>
    [Differentiable(Order = 2)]
    public static float Selu(float x) => SeluScale * (x > 0 ? x : SeluAlpha * (MathF.Exp(x) - 1));

    /// <summary>GELU, tanh approximation, with a <c>const</c> coefficient and a block body with locals.</summary>
    [Differentiable(Order = 2)]
    public static float GeluTanh(float x)
    {
        float cube = x * x * x;
        float inner = SqrtTwoOverPi * (x + GeluCubic * cube);
        float t = MathF.Tanh(inner);
        return 0.5f * x * (1 + t);
    }

    /// <summary>Swish / SiLU: x·σ(x).</summary>
    [Differentiable(Order = 2)]
    public static float Swish(float x) => x / (1 + MathF.Exp(-x));

    /// <summary>Softplus: log(1 + eˣ).</summary>
    [Differentiable(Order = 2)]
    public static float Softplus(float x) => MathF.Log(1 + MathF.Exp(x));

    /// <summary>Mish: x·tanh(softplus(x)); calls another [Differentiable] method.</summary>
    [Differentiable(Order = 2)]
    public static float Mish(float x) => x * MathF.Tanh(Softplus(x));

    /// <summary>Softsign: x / (1 + |x|).</summary>
    [Differentiable(Order = 2)]
    public static float Softsign(float x) => x / (1 + MathF.Abs(x));

    /// <summary>Hard sigmoid (PyTorch): relu6(x + 3) / 6.</summary>
    [Differentiable(Order = 2)]
    public static float HardSigmoid(float x) => Math.Clamp(x / 6 + 0.5f, 0, 1);

    /// <summary>Hard swish, written with nested if/else returns.</summary>
    [Differentiable(Order = 2)]
    public static float HardSwish(float x)
    {
        if (x <= -3)
        {
            return 0;
        }
        else
        {
            if (x >= 3)
            {
                return x;
            }
            else
            {
                return x * (x + 3) / 6;
            }
        }
    }

    /// <summary>Logistic sigmoid.</summary>
    [Differentiable(Order = 2)]
    public static float Sigmoid(float x) => 1 / (1 + MathF.Exp(-x));

    /// <summary>Hyperbolic tangent.</summary>
    [Differentiable(Order = 2)]
    public static float Tanh(float x) => MathF.Tanh(x);

    /// <summary>The seed activation: smooth quadratic for x ≥ 0, leaky line below. Its unselected branch divides by zero at −0.6.</summary>
    [Differentiable(Order = 2)]
    public static float Smooth(float x) => x >= 0 ? x * x / (x + 0.6f) : 0.01f * x;

    /// <summary>CELU with α = 1.5: max(0, x) + min(0, α(e^(x/α) − 1)).</summary>
    [Differentiable(Order = 2)]
    public static float Celu(float x) => MathF.Max(0, x) + MathF.Min(0, CeluAlpha * (MathF.Exp(x / CeluAlpha) - 1));

    /// <summary>Log-sigmoid: −log(1 + e⁻ˣ).</summary>
    [Differentiable(Order = 2)]
    public static float LogSigmoid(float x) => -MathF.Log(1 + MathF.Exp(-x));

    /// <summary>Bent identity, written with compound assignments.</summary>
    [Differentiable(Order = 2)]
    public static float BentIdentity(float x)
    {
        float y = MathF.Sqrt(x * x + 1);
        y -= 1;
        y /= 2;
        y *= 1;
        y += x;
        return y;
    }

    /// <summary>Exact GELU, x·Φ(x), through <see cref="Erf(float)"/> whose derivative is registered by hand.</summary>
    [Differentiable(Order = 2)]
    public static float GeluErf(float x) => 0.5f * x * (1 + Erf(x / MathF.Sqrt(2)));

    /// <summary>PReLU with a learnable slope <paramref name="a"/>.</summary>
    [Differentiable(Order = 2)]
    public static float PRelu(float x, float a) => x > 0 ? x : a * x;

    /// <summary>Swish with a learnable β: x·σ(βx).</summary>
    [Differentiable(Order = 2)]
    public static float SwishBeta(float x, float beta) => x / (1 + MathF.Exp(-beta * x));

    /// <summary>Scaled, shifted tanh a·tanh(b·x): three inputs.</summary>
    [Differentiable(Order = 2)]
    public static float ScaledTanh(float x, float a, float b) => a * MathF.Tanh(b * x);

    /// <summary>The error function, evaluated in double precision (a loop, so it cannot be differentiated symbolically).</summary>
    public static float Erf(float x) => (float)DoubleActivations.Erf(x);

    /// <summary>The registered derivative of <see cref="Erf(float)"/>: 2/√π·e^(−x²).</summary>
    [DerivativeOf(nameof(Erf))]
    public static float ErfPrime(float x) => 2 / MathF.Sqrt(MathF.PI) * MathF.Exp(-x * x);

    /// <summary>The registered second derivative of <see cref="Erf(float)"/>: −2x · 2/√π·e^(−x²).</summary>
    [DerivativeOf(nameof(Erf), Order = 2)]
    public static float ErfSecond(float x) => -2 * x * ErfPrime(x);
}
