using System;
using System.Globalization;

namespace QuickStart;

/// <summary>
/// Shows the members DiffGen generated for <see cref="Activations.Smooth(float)"/>: the derivative checked
/// against a finite-difference estimate, then the span kernels over a large array.
/// </summary>
public static class Program
{
    /// <summary>Runs the demonstration.</summary>
    public static void Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        Console.WriteLine("DiffGen QuickStart");
        Console.WriteLine("==================");
        Console.WriteLine("Source: [Differentiable] public static float Smooth(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;");
        Console.WriteLine("DiffGen generated SmoothDerivative, SmoothBackward and the span kernels Smooth(xs, ys) and");
        Console.WriteLine("SmoothBackward(xs, dy, dx) at compile time; nothing below is differentiated at run time.");
        Console.WriteLine();

        DerivativeTable.Print();
        Console.WriteLine();
        KernelDemo.Run(count: 1_000_000);
    }
}
