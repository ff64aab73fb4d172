using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// The span kernels compute the method's value from DiffGen's IR, the scalar method is the user's own code: they
/// must agree bit for bit where no transcendental is involved, signed zeros included (1 / ±0 is ±∞).
/// </summary>
public sealed class SignedZeroTests
{
    private const string Source = """
        using System;
        using DiffGen;
        namespace T;
        public static partial class C
        {
            [Differentiable] public static double PlusZero(double x) => 1.0 / (x + 0.0);
            [Differentiable] public static double ZeroPlus(double x) => 1.0 / (0.0 + x);
            [Differentiable] public static double ZeroMinus(double x) => 1.0 / (0.0 - x);
            [Differentiable] public static double MinusNegativeZero(double x) => 1.0 / (x - -0.0);
            [Differentiable] public static float PlusZeroF(float x) => 1f / (x + 0f);
            [Differentiable] public static float ZeroMinusF(float x) => 1f / (0f - x);

            // The forward span kernel over 19 copies of x (vector body and scalar tail): y[0], or NaN if lanes differ.
            public static double Kernel(string name, double x)
            {
                var xs = new double[19];
                var ys = new double[19];
                Array.Fill(xs, x);
                switch (name)
                {
                    case nameof(PlusZero): PlusZero(xs, ys); break;
                    case nameof(ZeroPlus): ZeroPlus(xs, ys); break;
                    case nameof(ZeroMinus): ZeroMinus(xs, ys); break;
                    default: MinusNegativeZero(xs, ys); break;
                }

                return Array.TrueForAll(ys, v => v.Equals(ys[0])) ? ys[0] : double.NaN;
            }

            public static float KernelF(string name, float x)
            {
                var xs = new float[19];
                var ys = new float[19];
                Array.Fill(xs, x);
                if (name == nameof(PlusZeroF)) { PlusZeroF(xs, ys); } else { ZeroMinusF(xs, ys); }
                return Array.TrueForAll(ys, v => v.Equals(ys[0])) ? ys[0] : float.NaN;
            }
        }
        """;

    [Theory]
    [InlineData("PlusZero", -0.0)]
    [InlineData("ZeroPlus", -0.0)]
    [InlineData("ZeroMinus", 0.0)]
    [InlineData("MinusNegativeZero", -0.0)]
    public void Kernels_keep_the_sign_of_zero(string name, double x)
    {
        var assembly = GeneratorHarness.CompileAndLoad(GeneratorHarness.Run(Source).OutputCompilation);
        var type = assembly.GetType("T.C", throwOnError: true)!;
        double scalar = (double)type.GetMethod(name, new[] { typeof(double) })!.Invoke(null, new object[] { x })!;
        double kernel = (double)type.GetMethod("Kernel")!.Invoke(null, new object[] { name, x })!;
        Assert.Equal(double.PositiveInfinity, scalar);
        Assert.Equal(scalar, kernel);
    }

    [Theory]
    [InlineData("PlusZeroF", -0.0f)]
    [InlineData("ZeroMinusF", 0.0f)]
    public void Float_kernels_keep_the_sign_of_zero(string name, float x)
    {
        var assembly = GeneratorHarness.CompileAndLoad(GeneratorHarness.Run(Source).OutputCompilation);
        var type = assembly.GetType("T.C", throwOnError: true)!;
        float scalar = (float)type.GetMethod(name, new[] { typeof(float) })!.Invoke(null, new object[] { x })!;
        float kernel = (float)type.GetMethod("KernelF")!.Invoke(null, new object[] { name, x })!;
        Assert.Equal(float.PositiveInfinity, scalar);
        Assert.Equal(scalar, kernel);
    }
}
