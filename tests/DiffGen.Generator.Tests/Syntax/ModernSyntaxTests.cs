using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// Modern C# that users write (patterns, switch, local functions, generic math, deconstruction, assignment to
/// parameters and inside expressions, throw, partial methods): generated without diagnostics, compiled cleanly,
/// and each derivative checked against its closed form, at NaN, ±0 and infinities too where C#'s semantics decide
/// which branch runs. The span kernels are compared with the scalar members bit for bit.
/// </summary>
public sealed class ModernSyntaxTests
{
    private const string Source = """
        using System;
        using DiffGen;

        namespace Modern;

        public static partial class M
        {
            private static double Alpha => 1.5;

            private static double Scale { get; } = 2.0;

            [Differentiable]
            public static double SwitchExpression(double x) => x switch
            {
                < 0.0 => 0.1 * x,
                0.0 => 0.0,
                < 1.0 => x * x,
                _ => 2.0 * x - 1.0,
            };

            [Differentiable]
            public static double IsPatterns(double x) => x is > 0.0 and < 1.0 ? x * x : x is not 0.0 ? 3.0 * x : 5.0;

            [Differentiable]
            public static double SwitchStatement(double x)
            {
                double y;
                switch (x)
                {
                    case < -1.0:
                        y = -x;
                        break;
                    case >= -1.0 and <= 1.0:
                        y = x * x * x;
                        break;
                    case double.NaN:
                        return 7.0;
                    default:
                        y = 4.0 * x;
                        break;
                }

                return y * 2.0;
            }

            [Differentiable]
            public static double Guarded(double x) => x switch { var v when v > 2.0 => v * v, _ => x };

            [Differentiable]
            public static double LocalFunctions(double x)
            {
                double k = x * x;
                return Cube(x) + AddK(1.0);

                static double Cube(double v) => v * v * v;
                double AddK(double v) => v + k;
            }

            [Differentiable]
            public static double Parameters(double x, double y)
            {
                x = x * 2.0;
                x += y;
                y *= 3.0;
                return x * y;
            }

            [Differentiable]
            public static double AssignmentInExpression(double x)
            {
                double t;
                double u = (t = x * x) + 1.0;
                return t * u;
            }

            [Differentiable]
            public static double Chained(double x)
            {
                double a, b;
                a = b = x * 2.0;
                return a * b + a;
            }

            [Differentiable]
            public static double Deconstruction(double x)
            {
                var (a, b) = (x * x, x + 1.0);
                (a, b) = (b, a);
                (double c, _) = (a, 0);
                return c / b;
            }

            [Differentiable]
            public static double SinCos(double x)
            {
                var (s, c) = Math.SinCos(x);
                return s * c;
            }

            [Differentiable]
            public static double GenericMath(double x) =>
                double.Exp(x) + double.LogP1(x * x) + double.ExpM1(x) + double.Sqrt(x * x + 1.0) + double.Log2P1(x * x) + double.Exp2(x) + double.Atan2Pi(x, 2.0);

            [Differentiable]
            public static float FloatGenericMath(float x) => float.Sqrt(x * x + 1f) + float.Exp10(x) + float.Tanh(x);

            [Differentiable]
            public static double CopySign(double x) => Math.CopySign(x * x, x - 1.0);

            [Differentiable]
            public static double MaxMagnitude(double x) => Math.MaxMagnitude(x, 2.0 - x);

            [Differentiable]
            public static double MinMagnitude(double x) => double.MinMagnitude(x * 3.0, 1.0);

            [Differentiable]
            public static double ScaleB(double x) => Math.ScaleB(x * x, 3);

            [Differentiable]
            public static double Rounding(double x) => Math.Round(x, 2) + Math.Round(x, MidpointRounding.AwayFromZero) + Math.Round(x, 1, MidpointRounding.ToZero) + x;

            [Differentiable]
            public static double Classify(double x) =>
                double.IsNaN(x) ? 0.0 : double.IsNegative(x) ? -x : double.IsFinite(x) ? x * x : 1.0;

            [Differentiable]
            public static double Increments(double x)
            {
                double y = x;
                y++;
                double z = y++ * 2.0;
                --y;
                int i = 3;
                i++;
                i = ~i;
                return z * y + i;
            }

            [Differentiable]
            public static double Throwing(double x) => x >= 0.0 ? Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));

            [Differentiable]
            public static double ThrowStatement(double x)
            {
                if (x > 10.0)
                {
                    throw new ArgumentException("too large");
                }

                return x * x;
            }

            [Differentiable]
            public static double InvertedClamp(double x) => x > 5.0 ? Math.Clamp(x, 1.0, 0.0) : x * x;

            [Differentiable]
            public static double Properties(double x) => Alpha * x * x + Scale * x;

            [DerivativeOf(typeof(double), nameof(double.Hypot))]
            public static (double, double) HypotPartials(double x, double y) => (x / double.Hypot(x, y), y / double.Hypot(x, y));

            [Differentiable]
            public static double Hypotenuse(double x) => double.Hypot(x, 3.0) * 2.0;

            [Differentiable]
            public static partial double Partial(double x);

            public static partial double Partial(double x) => x * x * x;

            public static double[] Values(string name, double[] xs)
            {
                var y = new double[xs.Length];
                switch (name)
                {
                    case nameof(SwitchExpression): SwitchExpression(xs, y); break;
                    case nameof(IsPatterns): IsPatterns(xs, y); break;
                    case nameof(SwitchStatement): SwitchStatement(xs, y); break;
                    case nameof(CopySign): CopySign(xs, y); break;
                    case nameof(MaxMagnitude): MaxMagnitude(xs, y); break;
                    case nameof(MinMagnitude): MinMagnitude(xs, y); break;
                    case nameof(Classify): Classify(xs, y); break;
                    default: throw new ArgumentException(name);
                }

                return y;
            }

            public static double[] Gradients(string name, double[] xs)
            {
                var dy = new double[xs.Length];
                Array.Fill(dy, 1.0);
                var dx = new double[xs.Length];
                switch (name)
                {
                    case nameof(SwitchExpression): SwitchExpressionBackward(xs, dy, dx); break;
                    case nameof(IsPatterns): IsPatternsBackward(xs, dy, dx); break;
                    case nameof(SwitchStatement): SwitchStatementBackward(xs, dy, dx); break;
                    case nameof(CopySign): CopySignBackward(xs, dy, dx); break;
                    case nameof(MaxMagnitude): MaxMagnitudeBackward(xs, dy, dx); break;
                    case nameof(MinMagnitude): MinMagnitudeBackward(xs, dy, dx); break;
                    case nameof(Classify): ClassifyBackward(xs, dy, dx); break;
                    default: throw new ArgumentException(name);
                }

                return dx;
            }
        }
        """;

    private static readonly Lazy<(GeneratorRunResult Result, Type Type)> Compiled = new(() =>
    {
        var result = GeneratorHarness.RunWithAnalyzers(Source);
        return (result, GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType("Modern.M")!);
    });

    private static readonly double[] Points = { -3.5, -1.0, -0.75, -0.0, 0.0, 0.25, 0.5, 1.0, 1.5, 2.5, 4.0 };

    private static readonly double[] Specials = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, -1e-300, 1e-300 };

    [Fact]
    public void Every_construct_generates_without_errors_and_compiles_cleanly()
    {
        var result = Compiled.Value.Result;
        GeneratorAssert.NoCrash(result);
        var errors = result.DiffGenDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, GeneratorAssert.Describe(result, errors));
        GeneratorAssert.CompilesCleanly(result);
    }

    [Fact]
    public void Rounding_overloads_have_zero_gradient_and_warn_as_Round_does()
    {
        var result = Compiled.Value.Result;
        var warnings = result.DiffGenDiagnostics.Where(d => d.Id == "DIFF002").Select(d => GeneratorAssert.LocatedText(result, d)).ToList();
        Assert.Contains("Math.Round(x, 2)", warnings);
        Assert.Contains("Math.Round(x, MidpointRounding.AwayFromZero)", warnings);
        Assert.Contains("Math.Round(x, 1, MidpointRounding.ToZero)", warnings);
        foreach (double x in Points)
        {
            Assert.Equal(1.0, Derivative("Rounding", x));
        }
    }

    [Theory]
    [InlineData(-2.0, 0.1)]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(1.0, 2.0)]
    [InlineData(double.NaN, 2.0)]
    public void Switch_expression_takes_the_arm_CSharp_takes(double x, double expected) =>
        Assert.Equal(expected, Derivative("SwitchExpression", x));

    [Theory]
    [InlineData(0.5, 1.0)]
    [InlineData(2.0, 3.0)]
    [InlineData(-2.0, 3.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(double.NaN, 3.0)]
    public void Is_patterns_are_false_on_NaN_and_not_of_them_true(double x, double expected) =>
        Assert.Equal(expected, Derivative("IsPatterns", x));

    [Theory]
    [InlineData(-2.0)]
    [InlineData(-1.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Switch_statement_sections_follow_CSharp(double x)
    {
        double expected = double.IsNaN(x) ? 0.0 : x < -1.0 ? -2.0 : x <= 1.0 ? 6.0 * x * x : 8.0;
        Assert.Equal(expected, Derivative("SwitchStatement", x), 12);
    }

    [Fact]
    public void Derivatives_match_their_closed_forms()
    {
        foreach (double x in Points)
        {
            Close(x > 2.0 ? 2.0 * x : 1.0, Derivative("Guarded", x), x);
            Close((3.0 * x * x) + (2.0 * x), Derivative("LocalFunctions", x), x);
            Close((4.0 * x * x * x) + (2.0 * x), Derivative("AssignmentInExpression", x), x);
            Close((8.0 * x) + 2.0, Derivative("Chained", x), x);
            Close(Math.Cos(2.0 * x), Derivative("SinCos", x), x);
            Close(Math.Exp(x) + (2.0 * x / (1.0 + (x * x))) + Math.Exp(x) + (x / Math.Sqrt((x * x) + 1.0))
                + (2.0 * x / ((1.0 + (x * x)) * Math.Log(2.0))) + (Math.Pow(2.0, x) * Math.Log(2.0)) + (2.0 / (4.0 + (x * x)) / Math.PI),
                Derivative("GenericMath", x), x);
            Close(x >= 1.0 ? 2.0 * x : x != 0.0 ? -2.0 * x : 0.0, Derivative("CopySign", x), x);
            Close(x >= 1.0 ? 1.0 : -1.0, Derivative("MaxMagnitude", x), x);
            Close(Math.Abs(3.0 * x) < 1.0 || (Math.Abs(3.0 * x) == 1.0 && x < 0.0) ? 3.0 : 0.0, Derivative("MinMagnitude", x), x);
            Close(16.0 * x, Derivative("ScaleB", x), x);
            Close(4.0 * (x + 1.0), Derivative("Increments", x), x);
            Close((3.0 * x) + 2.0, Derivative("Properties", x), x);
            Close(3.0 * x * x, Derivative("Partial", x), x);
            Close(2.0 * x / Math.Sqrt((x * x) + 9.0), Derivative("Hypotenuse", x), x);
            if (x != 0.0 && x != -2.0)
            {
                Close(-(x + 2.0) / (x * x * x), Derivative("Deconstruction", x), x);
            }

            if (x > 0.0)
            {
                Close(0.5 / Math.Sqrt(x), Derivative("Throwing", x), x);
            }

            Close(2.0 * x, Derivative("ThrowStatement", x), x);
            Close(2.0 * x, Derivative("InvertedClamp", x), x);

            float f = (float)x;
            float expectedFloat = (f / MathF.Sqrt((f * f) + 1f)) + (MathF.Pow(10f, f) * MathF.Log(10f)) + (1f - (MathF.Tanh(f) * MathF.Tanh(f)));
            float actualFloat = (float)Compiled.Value.Type.GetMethod("FloatGenericMathDerivative", new[] { typeof(float) })!.Invoke(null, new object[] { f })!;
            Assert.True(Math.Abs(expectedFloat - actualFloat) <= 1e-5 * Math.Max(1.0, Math.Abs(expectedFloat)), $"FloatGenericMath'({x}) = {actualFloat}, expected {expectedFloat}");
        }
    }

    [Fact]
    public void Parameters_are_locals_with_an_initial_value()
    {
        // f = (2x + y) · 3y: ∂x = 6y, ∂y = 6x + 6y.
        var backward = Compiled.Value.Type.GetMethod("ParametersBackward", new[] { typeof(double), typeof(double), typeof(double) })!;
        foreach ((double x, double y) in new[] { (0.5, -1.5), (2.0, 3.0), (-1.0, 0.25) })
        {
            var partials = ((double, double))backward.Invoke(null, new object[] { x, y, 1.0 })!;
            Close(6.0 * y, partials.Item1, x);
            Close((6.0 * x) + (6.0 * y), partials.Item2, y);
        }
    }

    [Theory]
    [InlineData(double.NaN, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(-2.0, -1.0)]
    [InlineData(3.0, 6.0)]
    [InlineData(double.PositiveInfinity, 0.0)]
    [InlineData(double.NegativeInfinity, -1.0)]
    public void Classifications_follow_the_sign_bit_and_NaN(double x, double expected) =>
        Assert.Equal(expected, Derivative("Classify", x));

    [Fact]
    public void Signed_zeros_take_the_branch_CSharp_takes()
    {
        // -0.0 matches the constant pattern 0.0 ('==' holds) but has its sign bit set.
        Assert.Equal(0.0, Derivative("SwitchExpression", -0.0));
        Assert.Equal(0.0, Derivative("IsPatterns", -0.0));
        Assert.Equal(-1.0, Derivative("Classify", -0.0));
        Assert.Equal(0.0, Derivative("Classify", 0.0));
    }

    [Fact]
    public void The_derivative_throws_where_the_method_throws()
    {
        var e = Assert.Throws<TargetInvocationException>(() => Derivative("Throwing", -1.0));
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
        e = Assert.Throws<TargetInvocationException>(() => Derivative("ThrowStatement", 11.0));
        Assert.IsType<ArgumentException>(e.InnerException);

        // Math.Clamp with min > max throws wherever it is reached.
        e = Assert.Throws<TargetInvocationException>(() => Derivative("InvertedClamp", 6.0));
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Theory]
    [InlineData("SwitchExpression")]
    [InlineData("IsPatterns")]
    [InlineData("SwitchStatement")]
    [InlineData("CopySign")]
    [InlineData("MaxMagnitude")]
    [InlineData("MinMagnitude")]
    [InlineData("Classify")]
    public void Span_kernels_equal_the_scalar_members_bit_for_bit(string name)
    {
        // Long enough for every vector width and a scalar tail.
        double[] xs = Points.Concat(Specials).Concat(Points.Select(p => p * 0.37)).Concat(Specials).ToArray();
        var type = Compiled.Value.Type;
        var values = (double[])type.GetMethod("Values")!.Invoke(null, new object[] { name, xs })!;
        var gradients = (double[])type.GetMethod("Gradients")!.Invoke(null, new object[] { name, xs })!;
        var scalar = type.GetMethod(name, new[] { typeof(double) })!;
        for (int i = 0; i < xs.Length; i++)
        {
            double value = (double)scalar.Invoke(null, new object[] { xs[i] })!;
            Assert.True(BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(values[i]) || (double.IsNaN(value) && double.IsNaN(values[i])),
                $"{name}({xs[i]}): kernel {values[i]}, scalar {value}");
            double derivative = Derivative(name, xs[i]);
            Assert.True(derivative.Equals(gradients[i]), $"{name}'({xs[i]}): kernel {gradients[i]}, scalar {derivative}");
        }
    }

    private static double Derivative(string name, double x) =>
        (double)Compiled.Value.Type.GetMethod(name + "Derivative", new[] { typeof(double) })!.Invoke(null, new object[] { x })!;

    private static void Close(double expected, double actual, double at) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1.0, Math.Abs(expected)), $"at {at}: {actual}, expected {expected}");
}
