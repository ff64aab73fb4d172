using System;
using System.Diagnostics;

namespace QuickStart;

/// <summary>
/// Runs the generated span kernels over a large array and checks them against the scalar members.
/// </summary>
internal static class KernelDemo
{
    /// <summary>Runs the forward and backward kernels over <paramref name="count"/> values.</summary>
    public static void Run(int count)
    {
        var xs = new float[count];
        var ys = new float[count];
        var dy = new float[count];
        var dx = new float[count];
        var random = new Random(42);
        for (int i = 0; i < count; i++)
        {
            xs[i] = (float)(random.NextDouble() * 8 - 4);
            dy[i] = (float)(random.NextDouble() * 2 - 1);
        }

        // A first call outside the timed region, so the times below are not dominated by JIT compilation.
        Activations.Smooth(xs, ys);
        Activations.SmoothBackward(xs, dy, dx);

        var clock = Stopwatch.StartNew();
        Activations.Smooth(xs, ys);
        double forwardMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        Activations.SmoothBackward(xs, dy, dx);
        double backwardMs = clock.Elapsed.TotalMilliseconds;

        int mismatches = 0;
        for (int i = 0; i < count; i++)
        {
            if (ys[i] != Activations.Smooth(xs[i]) || dx[i] != Activations.SmoothBackward(xs[i], dy[i]))
            {
                mismatches++;
            }
        }

        Console.WriteLine($"Span kernels over {count:N0} random floats in [-4, 4):");
        Console.WriteLine($"  Activations.Smooth(xs, ys)              {forwardMs,8:0.00} ms");
        Console.WriteLine($"  Activations.SmoothBackward(xs, dy, dx)  {backwardMs,8:0.00} ms");
        Console.WriteLine($"  elements differing from the scalar Smooth / SmoothBackward: {mismatches}");
#if DEBUG
        Console.WriteLine("  (Debug build, one run: add -c Release for representative times; this is not a benchmark)");
#else
        Console.WriteLine("  (one run, one thread: an illustration, not a benchmark)");
#endif
    }
}
