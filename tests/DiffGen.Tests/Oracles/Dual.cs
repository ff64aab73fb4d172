using System;

namespace DiffGen.Tests.Oracles;

/// <summary>
/// A forward-mode dual number v + d·ε (ε² = 0). Evaluating a formula over <see cref="Dual"/> with d = 1 yields
/// the exact derivative by the chain rule applied operation by operation: an oracle independent of both the
/// generator's symbolic rules and of finite-difference step choices.
/// </summary>
internal readonly record struct Dual(double Value, double Derivative)
{
    /// <summary>The independent variable: value <paramref name="x"/>, derivative 1.</summary>
    public static Dual Variable(double x) => new(x, 1);

    /// <summary>A constant: derivative 0.</summary>
    public static implicit operator Dual(double c) => new(c, 0);

    /// <summary>Sum rule.</summary>
    public static Dual operator +(Dual a, Dual b) => new(a.Value + b.Value, a.Derivative + b.Derivative);

    /// <summary>Difference rule.</summary>
    public static Dual operator -(Dual a, Dual b) => new(a.Value - b.Value, a.Derivative - b.Derivative);

    /// <summary>Negation.</summary>
    public static Dual operator -(Dual a) => new(-a.Value, -a.Derivative);

    /// <summary>Product rule.</summary>
    public static Dual operator *(Dual a, Dual b) => new(a.Value * b.Value, a.Derivative * b.Value + a.Value * b.Derivative);

    /// <summary>Quotient rule.</summary>
    public static Dual operator /(Dual a, Dual b) =>
        new(a.Value / b.Value, (a.Derivative * b.Value - a.Value * b.Derivative) / (b.Value * b.Value));

    /// <summary>Compares values only, as branches of the functions under test do.</summary>
    public static bool operator >(Dual a, double c) => a.Value > c;

    /// <summary>Compares values only, as branches of the functions under test do.</summary>
    public static bool operator <(Dual a, double c) => a.Value < c;

    /// <summary>Compares values only, as branches of the functions under test do.</summary>
    public static bool operator >=(Dual a, double c) => a.Value >= c;

    /// <summary>Compares values only, as branches of the functions under test do.</summary>
    public static bool operator <=(Dual a, double c) => a.Value <= c;

    /// <summary>eᵃ.</summary>
    public static Dual Exp(Dual a)
    {
        double e = Math.Exp(a.Value);
        return new(e, e * a.Derivative);
    }

    /// <summary>ln a.</summary>
    public static Dual Log(Dual a) => new(Math.Log(a.Value), a.Derivative / a.Value);

    /// <summary>√a.</summary>
    public static Dual Sqrt(Dual a)
    {
        double s = Math.Sqrt(a.Value);
        return new(s, a.Derivative / (2 * s));
    }

    /// <summary>tanh a, with derivative 1 − tanh².</summary>
    public static Dual Tanh(Dual a)
    {
        double t = Math.Tanh(a.Value);
        return new(t, (1 - t * t) * a.Derivative);
    }

    /// <summary>|a| away from 0.</summary>
    public static Dual Abs(Dual a) => a.Value < 0 ? -a : a;
}
