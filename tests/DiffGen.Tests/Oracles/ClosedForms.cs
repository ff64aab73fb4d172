using System;
using DiffGen.Tests.Functions;

namespace DiffGen.Tests.Oracles;

/// <summary>
/// Hand-derived derivatives of the activations in <see cref="Activations"/>, in double precision. They are
/// written from the textbook formulas (σ, sech², Φ, φ), not from the generated code, so they are an
/// independent oracle. Values at kinks are irrelevant here: the tests keep away from them.
/// </summary>
internal static class ClosedForms
{
    /// <summary>SELU's α.</summary>
    public const double SeluAlpha = 1.6732632423543772;

    /// <summary>SELU's λ.</summary>
    public const double SeluScale = 1.0507009873554805;

    /// <summary>CELU's α.</summary>
    public const double CeluAlpha = 1.5;

    /// <summary>The logistic function σ(x).</summary>
    public static double Sigma(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>sech²(x) = 1/cosh²(x), the derivative of tanh.</summary>
    public static double Sech2(double x)
    {
        double c = Math.Cosh(x);
        return 1 / (c * c);
    }

    /// <summary>The standard normal density φ(x).</summary>
    public static double NormalDensity(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);

    /// <summary>The standard normal CDF Φ(x), through the test project's own error function.</summary>
    public static double NormalCdf(double x) => 0.5 * (1 + DoubleActivations.Erf(x / Math.Sqrt(2)));

    /// <summary>ReLU′: 1 for x &gt; 0, else 0.</summary>
    public static double Relu(double x) => x > 0 ? 1 : 0;

    /// <summary>Leaky ReLU′ with slope 0.01.</summary>
    public static double LeakyRelu(double x) => x > 0 ? 1 : 0.01;

    /// <summary>ReLU6′: 1 on (0, 6).</summary>
    public static double Relu6(double x) => x > 0 && x < 6 ? 1 : 0;

    /// <summary>ELU′ (α = 1): eˣ on the negative side.</summary>
    public static double Elu(double x) => x > 0 ? 1 : Math.Exp(x);

    /// <summary>SELU′: λ or λαeˣ.</summary>
    public static double Selu(double x) => x > 0 ? SeluScale : SeluScale * SeluAlpha * Math.Exp(x);

    /// <summary>
    /// GELU (tanh approximation) ′: with u = c(x + kx³), ½(1 + tanh u) + ½x·sech²(u)·c(1 + 3kx²).
    /// </summary>
    public static double GeluTanh(double x)
    {
        double c = Math.Sqrt(2 / Math.PI);
        const double k = 0.044715;
        double u = c * (x + k * x * x * x);
        return 0.5 * (1 + Math.Tanh(u)) + 0.5 * x * Sech2(u) * c * (1 + 3 * k * x * x);
    }

    /// <summary>Swish′ = σ(x)·(1 + x(1 − σ(x))).</summary>
    public static double Swish(double x)
    {
        double s = Sigma(x);
        return s * (1 + x * (1 - s));
    }

    /// <summary>Softplus′ = σ(x).</summary>
    public static double Softplus(double x) => Sigma(x);

    /// <summary>Mish′ = tanh(sp(x)) + x·sech²(sp(x))·σ(x), with sp = softplus.</summary>
    public static double Mish(double x)
    {
        double sp = Math.Log(1 + Math.Exp(x));
        return Math.Tanh(sp) + x * Sech2(sp) * Sigma(x);
    }

    /// <summary>Softsign′ = 1/(1 + |x|)².</summary>
    public static double Softsign(double x) => 1 / ((1 + Math.Abs(x)) * (1 + Math.Abs(x)));

    /// <summary>Hard sigmoid′ = 1/6 on (−3, 3).</summary>
    public static double HardSigmoid(double x) => x > -3 && x < 3 ? 1.0 / 6 : 0;

    /// <summary>Hard swish′: 0 below −3, 1 above 3, (2x + 3)/6 between.</summary>
    public static double HardSwish(double x) => x < -3 ? 0 : x > 3 ? 1 : (2 * x + 3) / 6;

    /// <summary>σ′ = σ(1 − σ).</summary>
    public static double Sigmoid(double x) => Sigma(x) * (1 - Sigma(x));

    /// <summary>tanh′ = sech².</summary>
    public static double Tanh(double x) => Sech2(x);

    /// <summary>The seed activation′: x(x + 1.2)/(x + 0.6)² for x ≥ 0, else 0.01.</summary>
    public static double Smooth(double x) => x >= 0 ? x * (x + 1.2) / ((x + 0.6) * (x + 0.6)) : 0.01;

    /// <summary>CELU′: 1 for x &gt; 0, e^(x/α) below.</summary>
    public static double Celu(double x) => x > 0 ? 1 : Math.Exp(x / CeluAlpha);

    /// <summary>log σ(x)′ = 1 − σ(x) = σ(−x).</summary>
    public static double LogSigmoid(double x) => Sigma(-x);

    /// <summary>Bent identity′ = x / (2√(x² + 1)) + 1.</summary>
    public static double BentIdentity(double x) => x / (2 * Math.Sqrt(x * x + 1)) + 1;

    /// <summary>Exact GELU′ = Φ(x) + x·φ(x).</summary>
    public static double GeluErf(double x) => NormalCdf(x) + x * NormalDensity(x);

    /// <summary>PReLU partials (∂/∂x, ∂/∂a).</summary>
    public static double[] PRelu(double x, double a) => x > 0 ? [1, 0] : [a, x];

    /// <summary>Swish-β partials: ∂/∂x = σ(βx)(1 + βx(1 − σ(βx))), ∂/∂β = x²σ(βx)(1 − σ(βx)).</summary>
    public static double[] SwishBeta(double x, double beta)
    {
        double s = Sigma(beta * x);
        return [s * (1 + beta * x * (1 - s)), x * x * s * (1 - s)];
    }

    /// <summary>a·tanh(bx) partials: (a·b·sech²(bx), tanh(bx), a·x·sech²(bx)).</summary>
    public static double[] ScaledTanh(double x, double a, double b) =>
        [a * b * Sech2(b * x), Math.Tanh(b * x), a * x * Sech2(b * x)];
}
