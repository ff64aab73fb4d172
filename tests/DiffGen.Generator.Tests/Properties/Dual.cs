using System;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>
/// A forward-mode dual number over up to three inputs: a value, its gradient, and a bound on the
/// gradient's magnitude used to size the comparison tolerance.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="D0">∂/∂x.</param>
/// <param name="D1">∂/∂y.</param>
/// <param name="D2">∂/∂z.</param>
/// <param name="Magnitude">
/// Σ over all paths of the product of |partials|: the largest a rounding error in the chain rule can get,
/// so cancellation in a sum of large terms does not make the oracle and the generator disagree spuriously.
/// </param>
/// <param name="DependsOnInput">Whether this value mentions an input (a constant's partials are never formed).</param>
internal readonly record struct Dual(double Value, double D0, double D1, double D2, double Magnitude, bool DependsOnInput)
{
    /// <summary>A constant.</summary>
    public static Dual Constant(double value) => new(value, 0, 0, 0, 0, false);

    /// <summary>The input with index <paramref name="index"/> at <paramref name="value"/>.</summary>
    public static Dual Input(int index, double value) =>
        new(value, index == 0 ? 1 : 0, index == 1 ? 1 : 0, index == 2 ? 1 : 0, 1, true);

    /// <summary>The gradient component for input <paramref name="index"/>.</summary>
    public double Gradient(int index) => index switch
    {
        0 => D0,
        1 => D1,
        2 => D2,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>Whether the value and all gradient components are finite.</summary>
    public bool IsFinite => double.IsFinite(Value) && double.IsFinite(D0) && double.IsFinite(D1) && double.IsFinite(D2);

    /// <summary>The chain rule: value <paramref name="value"/> with gradient Σ partials[i] · args[i]'.</summary>
    /// <remarks>Arguments that do not depend on an input contribute nothing; their partial is never used.</remarks>
    public static Dual Chain(double value, ReadOnlySpan<double> partials, ReadOnlySpan<Dual> args)
    {
        double d0 = 0, d1 = 0, d2 = 0, magnitude = 0;
        bool depends = false;
        for (int i = 0; i < args.Length; i++)
        {
            Dual a = args[i];
            if (!a.DependsOnInput)
            {
                continue;
            }

            depends = true;
            double p = partials[i];
            d0 += p * a.D0;
            d1 += p * a.D1;
            d2 += p * a.D2;
            magnitude += Math.Abs(p) * a.Magnitude;
        }

        return new Dual(value, d0, d1, d2, magnitude, depends);
    }
}
