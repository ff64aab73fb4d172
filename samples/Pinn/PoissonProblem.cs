using System;

namespace DiffGen.Pinn;

/// <summary>
/// The model problem: <c>u''(x) = f(x)</c> on [0, 1] with <c>u(0) = u(1) = 0</c>, and
/// <c>f(x) = −π²·sin(πx) − 9π²·0.3·sin(3πx)</c>, so that the exact solution is <c>u(x) = sin(πx) + 0.3·sin(3πx)</c>.
/// </summary>
public static class PoissonProblem
{
    /// <summary>The right-hand side f.</summary>
    /// <param name="x">A point of [0, 1].</param>
    /// <returns>f(x).</returns>
    public static double Source(double x) => (-Math.PI * Math.PI * Math.Sin(Math.PI * x)) - (9 * Math.PI * Math.PI * 0.3 * Math.Sin(3 * Math.PI * x));

    /// <summary>The exact solution.</summary>
    /// <param name="x">A point of [0, 1].</param>
    /// <returns>u(x).</returns>
    public static double Exact(double x) => Math.Sin(Math.PI * x) + (0.3 * Math.Sin(3 * Math.PI * x));
}
