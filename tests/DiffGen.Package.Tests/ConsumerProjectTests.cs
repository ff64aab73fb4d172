using System;
using System.Globalization;
using System.Linq;
using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>
/// A fresh console project that references only the DiffGen package gets the generated members at build
/// time, and they compute the right derivatives when it runs.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerProjectTests
{
    private const string Program = """
        using System;
        using System.Globalization;
        using System.Linq;
        using DiffGen;

        namespace Consumer;

        public static partial class Functions
        {
            [Differentiable]
            public static double Smooth(double x) => x >= 0 ? x * x / (x + 0.6) : 0.01 * x;

            [Differentiable(Order = 2)]
            public static double Smooth2(double x) => x >= 0 ? x * x / (x + 0.6) : 0.01 * x;

            [Differentiable(Order = 2)]
            public static float Scale2(float a, float b) => a * MathF.Sin(b);

            [Differentiable]
            public static float Scale(float a, float b) => a * MathF.Sin(b);
        }

        public static class Program
        {
            public static void Main()
            {
                CultureInfo c = CultureInfo.InvariantCulture;
                Console.WriteLine("derivative " + Functions.SmoothDerivative(1.5).ToString("R", c));
                Console.WriteLine("derivative-untaken-pole " + Functions.SmoothDerivative(-0.6).ToString("R", c));
                (float da, float db) = Functions.ScaleBackward(2f, 0.5f, 3f);
                Console.WriteLine("backward " + da.ToString("R", c) + " " + db.ToString("R", c));
                double[] xs = { -1.0, 2.0 };
                double[] dy = { 2.0, 2.0 };
                double[] dx = new double[2];
                Functions.SmoothBackward(xs, dy, dx);
                Console.WriteLine("kernel " + dx[0].ToString("R", c) + " " + dx[1].ToString("R", c));

                // Long enough for the vector loops (where the target has them), with the pole in every lane.
                double[] poles = new double[37];
                Array.Fill(poles, -0.6);
                double[] ones = new double[37];
                Array.Fill(ones, 1.0);
                double[] gradients = new double[37];
                Functions.SmoothBackward(poles, ones, gradients);
                Console.WriteLine("kernel-poles " + string.Join(" ", Array.ConvertAll(gradients, g => g.ToString("R", c))));

                // Second order: F'' at 1.5, and the span kernel over the pole (exactly 0 in every lane).
                double[] second = new double[37];
                Functions.Smooth2SecondDerivative(poles, second);
                (float ha, float hb) = Functions.Scale2HessianVectorProduct(2f, 0.5f, 1f, 0f);
                Console.WriteLine("second " + Functions.Smooth2SecondDerivative(1.5).ToString("R", c) + " " + second.Max().ToString("R", c) + " " + second.Min().ToString("R", c)
                    + " " + ha.ToString("R", c) + " " + hb.ToString("R", c));
                bool vectorBodies = typeof(Functions).GetNestedType("SmoothKernel")?.GetMethods().Any(m => m.Name == "Value" && m.IsGenericMethodDefinition) == true;
                Console.WriteLine("vector-bodies " + (vectorBodies ? 1 : 0));
            }
        }
        """;

    private readonly PackedPackage package;

    /// <summary>Receives the package packed for this run.</summary>
    public ConsumerProjectTests(PackedPackage package)
    {
        this.package = package;
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Consumer_of_the_package_runs_the_generated_derivatives(string targetFramework)
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        string directory = ConsumerProject.Create(package, "consumer-" + targetFramework, targetFramework, Program);

        ProcessResult run = Dotnet.Run(directory, "run", "--project", directory, "-c", "Release");
        Assert.True(run.ExitCode == 0, run.Describe());

        // Closed forms, independent of the generator: d/dx x²/(x + 0.6) = (x² + 1.2x)/(x + 0.6)².
        static double SmoothPrime(double x) => x >= 0 ? (x * x + 1.2 * x) / ((x + 0.6) * (x + 0.6)) : 0.01;

        AssertClose(SmoothPrime(1.5), Values(run, "derivative")[0], 1e-14, run);

        // x = -0.6 takes the leaky branch; the other branch's pole must not leak into the result.
        AssertClose(0.01, Values(run, "derivative-untaken-pole")[0], 1e-15, run);

        double[] backward = Values(run, "backward");
        AssertClose(3 * Math.Sin(0.5), backward[0], 1e-6, run);
        AssertClose(3 * 2 * Math.Cos(0.5), backward[1], 1e-6, run);

        double[] kernel = Values(run, "kernel");
        AssertClose(2 * SmoothPrime(-1.0), kernel[0], 1e-14, run);
        AssertClose(2 * SmoothPrime(2.0), kernel[1], 1e-14, run);

        // Every lane at the pole of the untaken branch: exactly the leaky slope, never NaN (SIMD or scalar).
        Assert.All(Values(run, "kernel-poles"), g => Assert.Equal(0.01, g));

        // Closed forms: (x²/(x + 0.6))'' = 0.72/(x + 0.6)³; the Hessian of a·sin(b) times (1, 0) is (0, cos b).
        double[] second = Values(run, "second");
        AssertClose(0.72 / Math.Pow(2.1, 3), second[0], 1e-13, run);
        Assert.Equal(0.0, second[1]);
        Assert.Equal(0.0, second[2]);
        Assert.Equal(0.0, second[3]);
        AssertClose(Math.Cos(0.5), second[4], 1e-6, run);

        // SIMD kernels and vector bodies need the drivers (DiffGen.Elementwise), in the package's net10.0 library only.
        Assert.Equal(targetFramework == "net10.0" ? 1.0 : 0.0, Values(run, "vector-bodies")[0]);
    }

    private static double[] Values(ProcessResult run, string label)
    {
        string? line = run.StandardOutput
            .Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .FirstOrDefault(l => l.StartsWith(label + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"No line starting with '{label} '. " + run.Describe());
        return line!.Substring(label.Length + 1)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture))
            .ToArray();
    }

    private static void AssertClose(double expected, double actual, double relativeTolerance, ProcessResult run)
    {
        double error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(error <= relativeTolerance, $"Expected {expected:R}, got {actual:R} (relative error {error:G3}). " + run.Describe());
    }
}
