using System;

namespace DiffGen.Tests.Oracles;

/// <summary>
/// A hyper-dual number v + a·ε₁ + b·ε₂ + c·ε₁ε₂ (ε₁² = ε₂² = 0, ε₁ε₂ ≠ 0). Evaluating a formula at x + ε₁ + ε₂ gives
/// f(x), f'(x) twice and f''(x) in <see cref="Second"/>, exactly (no step, no cancellation): the second-order oracle,
/// independent of the generator's rules and of finite-difference steps.
/// </summary>
internal readonly record struct HyperDual(double Value, double E1, double E2, double Second)
{
    /// <summary>The independent variable: x + ε₁ + ε₂.</summary>
    public static HyperDual Variable(double x) => new(x, 1, 1, 0);

    /// <summary>A constant.</summary>
    public static implicit operator HyperDual(double c) => new(c, 0, 0, 0);

    /// <summary>Sum.</summary>
    public static HyperDual operator +(HyperDual a, HyperDual b) => new(a.Value + b.Value, a.E1 + b.E1, a.E2 + b.E2, a.Second + b.Second);

    /// <summary>Difference.</summary>
    public static HyperDual operator -(HyperDual a, HyperDual b) => new(a.Value - b.Value, a.E1 - b.E1, a.E2 - b.E2, a.Second - b.Second);

    /// <summary>Negation.</summary>
    public static HyperDual operator -(HyperDual a) => new(-a.Value, -a.E1, -a.E2, -a.Second);

    /// <summary>Product: the ε₁ε₂ part collects both cross terms.</summary>
    public static HyperDual operator *(HyperDual a, HyperDual b) =>
        new(a.Value * b.Value, a.E1 * b.Value + a.Value * b.E1, a.E2 * b.Value + a.Value * b.E2,
            a.Second * b.Value + a.E1 * b.E2 + a.E2 * b.E1 + a.Value * b.Second);

    /// <summary>Quotient, as a times the reciprocal of b.</summary>
    public static HyperDual operator /(HyperDual a, HyperDual b) => a * Chain(b, 1 / b.Value, -1 / (b.Value * b.Value), 2 / (b.Value * b.Value * b.Value));

    /// <summary>Compares values only, as the branches of the functions under test do.</summary>
    public static bool operator >(HyperDual a, double c) => a.Value > c;

    /// <summary>Compares values only.</summary>
    public static bool operator <(HyperDual a, double c) => a.Value < c;

    /// <summary>Compares values only.</summary>
    public static bool operator >=(HyperDual a, double c) => a.Value >= c;

    /// <summary>Compares values only.</summary>
    public static bool operator <=(HyperDual a, double c) => a.Value <= c;

    /// <summary>eᵃ.</summary>
    public static HyperDual Exp(HyperDual a)
    {
        double e = Math.Exp(a.Value);
        return Chain(a, e, e, e);
    }

    /// <summary>ln a.</summary>
    public static HyperDual Log(HyperDual a) => Chain(a, Math.Log(a.Value), 1 / a.Value, -1 / (a.Value * a.Value));

    /// <summary>√a.</summary>
    public static HyperDual Sqrt(HyperDual a)
    {
        double s = Math.Sqrt(a.Value);
        return Chain(a, s, 0.5 / s, -0.25 / (s * a.Value));
    }

    /// <summary>tanh a: tanh' = 1 − t², tanh'' = −2t(1 − t²).</summary>
    public static HyperDual Tanh(HyperDual a)
    {
        double t = Math.Tanh(a.Value);
        return Chain(a, t, 1 - t * t, -2 * t * (1 - t * t));
    }

    /// <summary>|a| away from 0.</summary>
    public static HyperDual Abs(HyperDual a) => a.Value < 0 ? -a : a;

    /// <summary>f(a) from f, f' and f'' at a's value: f(v + δ) = f + f'δ + f''δ²/2, with δ² = 2·E1·E2·ε₁ε₂.</summary>
    private static HyperDual Chain(HyperDual a, double f, double d1, double d2) =>
        new(f, d1 * a.E1, d1 * a.E2, d1 * a.Second + d2 * a.E1 * a.E2);
}
