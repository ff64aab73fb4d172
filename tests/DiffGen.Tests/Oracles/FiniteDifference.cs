using System;

namespace DiffGen.Tests.Oracles;

/// <summary>Central finite differences in double precision: a black-box oracle that knows nothing of the formula.</summary>
internal static class FiniteDifference
{
    /// <summary>
    /// The step for <paramref name="x"/>: relative to |x| so the perturbation survives rounding, and small enough
    /// that the O(h²) truncation error stays far below the test tolerance.
    /// </summary>
    public static double Step(double x) => 1e-6 * Math.Max(1, Math.Abs(x));

    /// <summary>(f(x + h) − f(x − h)) / 2h.</summary>
    public static double Central(Func<double, double> f, double x)
    {
        double h = Step(x);
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    /// <summary>The central difference of <paramref name="f"/> with respect to input <paramref name="index"/>.</summary>
    public static double Partial(Func<double[], double> f, double[] inputs, int index)
    {
        double h = Step(inputs[index]);
        double[] plus = (double[])inputs.Clone();
        double[] minus = (double[])inputs.Clone();
        plus[index] += h;
        minus[index] -= h;
        return (f(plus) - f(minus)) / (2 * h);
    }
}
