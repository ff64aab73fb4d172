using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// The activations of <see cref="Activations"/> in double precision, so that derivatives can be checked to
/// near machine precision and against finite differences.
/// </summary>
public static partial class DoubleActivations
{
    /// <summary>Coefficient of the cubic term in the tanh approximation of GELU.</summary>
    private const double GeluCubic = 0.044715;

    /// <summary>√(2/π), kept as a field to exercise <c>static readonly</c> constants.</summary>
    private static readonly double SqrtTwoOverPi = Math.Sqrt(2 / Math.PI);

    /// <summary>SELU's α (Klambauer et al. 2017).</summary>
    private static readonly double SeluAlpha = 1.6732632423543772;

    /// <summary>SELU's λ (Klambauer et al. 2017).</summary>
    private static readonly double SeluScale = 1.0507009873554805;

    /// <summary>CELU's α.</summary>
    private const double CeluAlpha = 1.5;

    /// <summary>ReLU spelled with <see cref="Math.Max(double, double)"/>.</summary>
    [Differentiable(Order = 2)]
    public static double ReluMax(double x) => Math.Max(0, x);

    /// <summary>ReLU spelled with a strict ternary.</summary>
    [Differentiable(Order = 2)]
    public static double ReluTernary(double x) => x > 0 ? x : 0;

    /// <summary>ReLU spelled with a non-strict ternary: the derivative at 0 is that of the selected branch (1).</summary>
    [Differentiable(Order = 2)]
    public static double ReluGe(double x) => x >= 0 ? x : 0;

    /// <summary>Leaky ReLU with slope 0.01.</summary>
    [Differentiable(Order = 2)]
    public static double LeakyRelu(double x) => x > 0 ? x : 0.01 * x;

    /// <summary>ReLU6 via <see cref="Math.Clamp(double, double, double)"/>.</summary>
    [Differentiable(Order = 2)]
    public static double Relu6(double x) => Math.Clamp(x, 0, 6);

    /// <summary>ELU with α = 1.</summary>
    [Differentiable(Order = 2)]
    public static double Elu(double x) => x > 0 ? x : Math.Exp(x) - 1;

    /// <summary>SELU, using <c>static readonly</c> fields.</summary>
    [Differentiable(Order = 2)]
    public static double Selu(double x) => SeluScale * (x > 0 ? x : SeluAlpha * (Math.Exp(x) - 1));

    /// <summary>GELU, tanh approximation, with a <c>const</c> coefficient and a block body with locals.</summary>
    [Differentiable(Order = 2)]
    public static double GeluTanh(double x)
    {
        double cube = x * x * x;
        double inner = SqrtTwoOverPi * (x + GeluCubic * cube);
        double t = Math.Tanh(inner);
        return 0.5 * x * (1 + t);
    }

    /// <summary>Swish / SiLU: x·σ(x).</summary>
    [Differentiable(Order = 2)]
    public static double Swish(double x) => x / (1 + Math.Exp(-x));

    /// <summary>Softplus: log(1 + eˣ).</summary>
    [Differentiable(Order = 2)]
    public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

    /// <summary>Mish: x·tanh(softplus(x)); calls another [Differentiable] method.</summary>
    [Differentiable(Order = 2)]
    public static double Mish(double x) => x * Math.Tanh(Softplus(x));

    /// <summary>Softsign: x / (1 + |x|).</summary>
    [Differentiable(Order = 2)]
    public static double Softsign(double x) => x / (1 + Math.Abs(x));

    /// <summary>Hard sigmoid (PyTorch): relu6(x + 3) / 6.</summary>
    [Differentiable(Order = 2)]
    public static double HardSigmoid(double x) => Math.Clamp(x / 6 + 0.5, 0, 1);

    /// <summary>Hard swish, written with nested if/else returns.</summary>
    [Differentiable(Order = 2)]
    public static double HardSwish(double x)
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
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>Hyperbolic tangent.</summary>
    [Differentiable(Order = 2)]
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary>The seed activation: smooth quadratic for x ≥ 0, leaky line below. Its unselected branch divides by zero at −0.6.</summary>
    [Differentiable(Order = 2)]
    public static double Smooth(double x) => x >= 0 ? x * x / (x + 0.6) : 0.01 * x;

    /// <summary>CELU with α = 1.5: max(0, x) + min(0, α(e^(x/α) − 1)).</summary>
    [Differentiable(Order = 2)]
    public static double Celu(double x) => Math.Max(0, x) + Math.Min(0, CeluAlpha * (Math.Exp(x / CeluAlpha) - 1));

    /// <summary>Log-sigmoid: −log(1 + e⁻ˣ).</summary>
    [Differentiable(Order = 2)]
    public static double LogSigmoid(double x) => -Math.Log(1 + Math.Exp(-x));

    /// <summary>Bent identity, written with compound assignments.</summary>
    [Differentiable(Order = 2)]
    public static double BentIdentity(double x)
    {
        double y = Math.Sqrt(x * x + 1);
        y -= 1;
        y /= 2;
        y *= 1;
        y += x;
        return y;
    }

    /// <summary>Exact GELU, x·Φ(x), through <see cref="Erf(double)"/> whose derivative is registered by hand.</summary>
    [Differentiable(Order = 2)]
    public static double GeluErf(double x) => 0.5 * x * (1 + Erf(x / Math.Sqrt(2)));

    /// <summary>PReLU with a learnable slope <paramref name="a"/>.</summary>
    [Differentiable(Order = 2)]
    public static double PRelu(double x, double a) => x > 0 ? x : a * x;

    /// <summary>Swish with a learnable β: x·σ(βx).</summary>
    [Differentiable(Order = 2)]
    public static double SwishBeta(double x, double beta) => x / (1 + Math.Exp(-beta * x));

    /// <summary>Scaled tanh a·tanh(b·x): three inputs.</summary>
    [Differentiable(Order = 2)]
    public static double ScaledTanh(double x, double a, double b) => a * Math.Tanh(b * x);

    /// <summary>
    /// The error function by the everywhere-positive series erf(x) = 2/√π·e^(−x²)·Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1)),
    /// which has no cancellation, so it is accurate to a few ulps; a loop, so it needs a registered derivative.
    /// </summary>
    public static double Erf(double x)
    {
        double ax = Math.Abs(x);
        if (ax > 6)
        {
            return Math.Sign(x);
        }

        double term = ax;
        double sum = ax;
        for (int n = 1; n < 400 && term > sum * 1e-18; n++)
        {
            term *= 2 * ax * ax / (2 * n + 1);
            sum += term;
        }

        double result = 2 / Math.Sqrt(Math.PI) * Math.Exp(-ax * ax) * sum;
        return x < 0 ? -result : result;
    }

    /// <summary>The registered derivative of <see cref="Erf(double)"/>: 2/√π·e^(−x²).</summary>
    [DerivativeOf(nameof(Erf))]
    public static double ErfPrime(double x) => 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);

    /// <summary>The registered second derivative of <see cref="Erf(double)"/>: −2x · 2/√π·e^(−x²).</summary>
    [DerivativeOf(nameof(Erf), Order = 2)]
    public static double ErfSecond(double x) => -2 * x * ErfPrime(x);
}
