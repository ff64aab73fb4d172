using System;

namespace QuickStart;

/// <summary>
/// Prints the generated derivative next to an independent central finite-difference estimate.
/// </summary>
internal static class DerivativeTable
{
    /// <summary>
    /// Points to show: both branches, the kink at 0, and −0.6, where the untaken branch divides by zero.
    /// </summary>
    private static readonly float[] Points = { -2f, -0.6f, -0.1f, 0f, 0.5f, 1f, 3f };

    /// <summary>Prints one row per point.</summary>
    public static void Print()
    {
        Console.WriteLine("Derivative check (finite difference in double, h = 1e-6, one-sided at the kink x = 0)");
        Console.WriteLine($"{"x",6} {"Smooth(x)",12} {"SmoothDerivative(x)",20} {"finite diff.",14} {"difference",12}");
        foreach (float x in Points)
        {
            float value = Activations.Smooth(x);
            float derivative = Activations.SmoothDerivative(x);
            double estimate = FiniteDifference(x);
            double difference = derivative - estimate;
            Console.WriteLine($"{x,6:0.0##} {value,12:0.000000} {derivative,20:0.000000} {estimate,14:0.000000} {difference,12:0.0e+0}");
        }

        Console.WriteLine("At x = -0.6 the untaken x >= 0 branch divides by zero (x + 0.6f == 0f), yet the derivative is the 0.01");
        Console.WriteLine("of the branch taken: the scalar code evaluates only the side the condition selects, and the SIMD");
        Console.WriteLine("kernels compute both sides in every lane but blend last, so the other side's Inf never reaches a lane.");
        Console.WriteLine("At x = 0 the derivative is that of the branch x >= 0 selects (0), so the estimate there is one-sided.");
    }

    /// <summary>
    /// A double twin of <see cref="Activations.Smooth(float)"/>: the finite difference needs more precision
    /// than float has (a float central difference with h ≈ 1e-3 is only good to about 1e-4).
    /// </summary>
    private static double SmoothDouble(double x) => x >= 0 ? x * x / (x + 0.6) : 0.01 * x;

    /// <summary>
    /// Central difference, except at the kink x = 0, where a central difference would average the two
    /// branches; there the forward difference measures the derivative of the branch the condition selects.
    /// </summary>
    private static double FiniteDifference(double x)
    {
        const double h = 1e-6;
        return x == 0
            ? (SmoothDouble(x + h) - SmoothDouble(x)) / h
            : (SmoothDouble(x + h) - SmoothDouble(x - h)) / (2 * h);
    }
}
