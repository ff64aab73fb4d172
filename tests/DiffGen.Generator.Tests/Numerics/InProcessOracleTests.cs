using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// The numerical oracle set that sees generator mutants: one compilation, generated in-process (so a mutant of the
/// generator reaches the code it generates), of methods that exercise every exact rewrite, constant fold, conversion
/// and tangent rule the IR core has. Three oracles: closed-form derivatives (exact where the rule is exact),
/// central finite differences for the smooth table rows, and the user's own scalar method, which the span kernels
/// (computed from DiffGen's IR) must match bit for bit, signed zeros included, on special values (a NaN must stay
/// a NaN; C# promises nothing about its payload). Run for every mutant by tools/mutation/run.sh.
/// </summary>
public sealed class InProcessOracleTests
{
    /// <summary>One-input double methods: name, body in <c>x</c>, the derivative in closed form.</summary>
    private static readonly (string Name, string Body, Func<double, double> Derivative)[] Unary =
    {
        ("PlusZero", "x + 0.0", _ => 1),
        ("ZeroPlus", "0.0 + x", _ => 1),
        ("PlusNegativeZero", "x + -0.0", _ => 1),
        ("MinusZero", "x - 0.0", _ => 1),
        ("MinusNegativeZero", "x - -0.0", _ => 1),
        ("ZeroMinus", "0.0 - x", _ => -1),
        ("NegativeZeroMinus", "-0.0 - x", _ => -1),
        ("TimesOne", "x * 1.0", _ => 1),
        ("OneTimes", "1.0 * x", _ => 1),
        ("TimesMinusOne", "x * -1.0", _ => -1),
        ("MinusOneTimes", "-1.0 * x", _ => -1),
        ("OverOne", "x / 1.0", _ => 1),
        ("OverMinusOne", "x / -1.0", _ => -1),
        ("NegateTwice", "-(-x)", _ => 1),
        ("NegativeSquare", "(-x) * (-x)", x => 2 * x),
        ("NegativeTimesThree", "(-x) * 3.0", _ => -3),
        ("ThreeTimesNegative", "3.0 * (-x)", _ => -3),
        ("TimesMinusTwo", "x * -2.0", _ => -2),
        ("Twice", "x + x", _ => 2),
        ("NegativeOverThree", "(-x) / 3.0", _ => -1 / 3.0),
        ("ThreeOverNegative", "3.0 / (-x)", x => 3 / (x * x)),
        ("MinusNegativeConstant", "x - (-2.5)", _ => 1),
        ("PlusNegativeTerm", "x + -(x * x)", x => 1 - 2 * x),
        ("NegativePlusTerm", "-x + x * x", x => 2 * x - 1),
        ("MinusNegativeTerm", "x - -(x * x)", x => 1 + 2 * x),
        ("OverThreeQuarters", "x / 0.75", _ => 1 / 0.75),
        ("ThreeQuartersOver", "0.75 / x", x => -0.75 / (x * x)),
        ("Square", "x * x", x => 2 * x),
        ("Quotient", "x / (x * x + 1.0)", x => (1 - x * x) / ((x * x + 1) * (x * x + 1))),
        ("RemainderTwo", "x % 2.0", _ => 1),
        ("SevenAndHalfRemainder", "7.5 % x", x => -Math.Truncate(7.5 / x)),
        ("RemainderSelf", "(x * x) % x", x => 2 * x - Math.Truncate(x * x / x)),
        ("AbsOfSquare", "Math.Abs(x * x - 1.0)", x => x * x - 1 > 0 ? 2 * x : x * x - 1 < 0 ? -2 * x : 0),
        ("MaxSelf", "Math.Max(x, x)", _ => 1),
        ("ClampSelf", "Math.Clamp(x, x, x)", _ => 1),
        ("PowOne", "Math.Pow(x, 1.0)", _ => 1),
        ("SqrtOfSquare", "Math.Sqrt(x * x + 1.0)", x => x / Math.Sqrt(x * x + 1)),
        ("NotSelect", "!(x > 1.0) ? x : 2.0 * x", x => x > 1 ? 2 : 1),
        ("AndSelect", "x > -1.0 && x < 1.0 ? 3.0 * x : x", x => x > -1 && x < 1 ? 3 : 1),
        ("OrSelect", "x < -1.0 || x > 1.0 ? 3.0 * x : x", x => x < -1 || x > 1 ? 3 : 1),
        ("Less", "x < 1.0 ? x : -x", x => x < 1 ? 1 : -1),
        ("LessOrEqual", "x <= 1.0 ? x : -x", x => x <= 1 ? 1 : -1),
        ("Greater", "x > 1.0 ? x : -x", x => x > 1 ? 1 : -1),
        ("GreaterOrEqual", "x >= 1.0 ? x : -x", x => x >= 1 ? 1 : -1),
        ("Equal", "x == 1.5 ? -x : x", x => x == 1.5 ? -1 : 1),
        ("NotEqual", "x != 1.5 ? x : -x", x => x != 1.5 ? 1 : -1),
        ("SelfLess", "x < x ? 1.0 : 2.0", _ => 0),
        ("SelfGreater", "x > x ? 1.0 : 2.0", _ => 0),
        ("SelfLessOrEqual", "x <= x ? 1.0 : 2.0", _ => 0),
        ("SelfGreaterOrEqual", "x >= x ? 1.0 : 2.0", _ => 0),
        ("SelfEqual", "x == x ? 1.0 : 2.0", _ => 0),
        ("SelfNotEqual", "x != x ? 1.0 : 2.0", _ => 0),
        ("BoolSelect", "(x > 1.0 ? true : false) ? x : 0.0", x => x > 1 ? 1 : 0),
        ("BoolSelectNot", "(x > 1.0 ? false : true) ? x : 0.0", x => x > 1 ? 0 : 1),
        ("BoolSelectAnd", "(x > 1.0 ? x < 3.0 : false) ? x : 0.0", x => x > 1 && x < 3 ? 1 : 0),
        ("BoolSelectOr", "(x > 1.0 ? true : x < -1.0) ? x : 0.0", x => x > 1 || x < -1 ? 1 : 0),
    };

    /// <summary>Methods with statements (locals are not C# constants, so the IR folds them): name, body, derivative.</summary>
    private static readonly (string Name, string Body, Func<double, double> Derivative)[] Blocks =
    {
        ("FoldQuotient", "double a = 3.0, b = 0.75; return x * (a / b);", _ => 4),
        ("FoldProduct", "double a = 3.0, b = 0.75; return x * (a * b);", _ => 2.25),
        ("FoldSum", "double a = 3.0, b = 0.75; return x * (a + b);", _ => 3.75),
        ("FoldDifference", "double a = 3.0, b = 0.75; return x * (a - b);", _ => 2.25),
        ("FoldNegation", "double a = 0.75; return x * -a;", _ => -0.75),
        ("FloatConstant", "float f = 0.1f; return x * f;", _ => (double)0.1f),
        ("TruncatedConstant", "double c = -2.7; int n = (int)c; return x * n;", _ => -2),
        ("IntegerFolds", "int n = 7, m = 2; return x * (n / m) + x * (n % m) + x * (n - m) + x * (n * m) + x * -n;", _ => 3 + 1 + 5 + 14 - 7),
        ("LargeConstant", "double c = 3e9; int n = (int)c; return x * n;", _ => TruncateToInt(3e9)),
        ("NaNConstant", "double c = double.NaN; int n = (int)c; return x * n;", _ => TruncateToInt(double.NaN)),
        ("Compound", "double y = x; y += 1.0; y *= x; y -= 0.5; y /= 2.0; return y;", x => (2 * x + 1) / 2),
    };

    /// <summary>One-input float methods: name, body in <c>x</c>, the derivative in closed form (float arithmetic).</summary>
    private static readonly (string Name, string Body, Func<double, double> Derivative)[] Float =
    {
        ("PlusZeroF", "x + 0f", _ => 1),
        ("ZeroMinusF", "0f - x", _ => -1),
        ("OverThreeQuartersF", "x / 0.75f", _ => 1 / 0.75f),
        ("DoubleConstantF", "double c = 0.1; return x * (float)c;", _ => 0.1f),
        ("FoldQuotientF", "float a = 1f, b = 3f; return x * (a / b);", _ => 1f / 3f),
        ("FloatThroughDouble", "return (float)((double)x * (double)x);", x => 2 * (float)x),
        ("DoubleThroughFloat", "double w = x * 0.1; return (float)(double)(float)w;", _ => (float)0.1),
        ("RemainderF", "x % 2f", _ => 1),
        ("HypotenuseF", "float.Hypot(x, 2f)", x => (float)x / float.Hypot((float)x, 2f)),
    };

    /// <summary>Two-input double methods: name, body in <c>x</c> and <c>y</c>, both partial derivatives in closed form.</summary>
    private static readonly (string Name, string Body, Func<double, double, (double, double)> Gradient)[] Binary =
    {
        ("Remainder", "x % y", (x, y) => (1, -Math.Truncate(x / y))),
        ("NegativeProduct", "(-x) * (-y)", (x, y) => (y, x)),
        ("PlusNegative", "x + (-y)", (_, _) => (1, -1)),
        ("NegativePlus", "(-x) + y", (_, _) => (-1, 1)),
        ("MinusNegative", "x - (-y)", (_, _) => (1, 1)),
        ("NegativeQuotient", "(-x) / y", (x, y) => (-1 / y, x / (y * y))),
        ("QuotientNegative", "x / (-y)", (x, y) => (-1 / y, x / (y * y))),
        ("Product", "x * y", (x, y) => (y, x)),
        ("Difference", "x - y", (_, _) => (1, -1)),
        ("Maximum", "Math.Max(x, y)", (x, y) => x > y ? (1, 0) : x < y ? (0, 1) : (0.5, 0.5)),
        ("Minimum", "Math.Min(x, y)", (x, y) => x < y ? (1, 0) : x > y ? (0, 1) : (0.5, 0.5)),
        ("Hypotenuse", "double.Hypot(x, y)", (x, y) => (x / double.Hypot(x, y), y / double.Hypot(x, y))),
    };

    /// <summary>Where values are compared bit for bit: signed zeros, infinities, NaN, subnormals, extremes, ordinary values.</summary>
    private static readonly double[] Special =
    {
        0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 3.0, 0.75, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 1e-300, 7.5,
    };

    /// <summary>Where derivatives are compared with closed forms: away from every method's kinks and jumps.</summary>
    private static readonly double[] Points = { -2.25, -0.4, 0.3, 1.25, 2.6, 5.5 };

    private static readonly Lazy<Compiled> Code = new(() => Compiled.Load(Source()));

    [Fact]
    public void Span_kernels_compute_the_scalar_methods_values_bit_for_bit()
    {
        var failures = new List<string>();
        foreach (var (name, body, _) in Unary.Concat(Blocks))
        {
            foreach (double x in Special)
            {
                Same(failures, $"{name}({x:R}) = {body}", Code.Value.Call(name, x), Code.Value.Call("Kernel", Index(name), x));
            }
        }

        foreach (var (name, body, _) in Float)
        {
            foreach (double x in Special)
            {
                Same(failures, $"{name}({(float)x:R}) = {body}", Code.Value.CallFloat(name, x), Code.Value.Call("KernelF", Index(name), (float)x));
            }
        }

        foreach (var (name, body, _) in Binary)
        {
            foreach (double x in Special)
            {
                foreach (double y in new[] { 0.0, -0.0, 2.0, -1.5, double.NaN, double.PositiveInfinity })
                {
                    Same(failures, $"{name}({x:R}, {y:R}) = {body}", Code.Value.Call(name, x, y), Code.Value.Call("Kernel2", Index(name), x, y));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Derivatives_are_the_closed_forms()
    {
        var failures = new List<string>();
        foreach (var (name, body, derivative) in Unary.Concat(Blocks))
        {
            foreach (double x in Points)
            {
                Close(failures, $"d/dx {body} at {x:R}", derivative(x), Code.Value.Call(name + "Derivative", x));
            }
        }

        foreach (var (name, body, derivative) in Float)
        {
            foreach (double x in Points)
            {
                float xf = (float)x;
                Close(failures, $"d/dx {body} at {xf:R}", (float)derivative(xf), Code.Value.CallFloat(name + "Derivative", xf), 2e-7);
            }
        }

        foreach (var (name, body, gradient) in Binary)
        {
            foreach (double x in Points)
            {
                foreach (double y in new[] { 2.0, -1.5, 0.7 })
                {
                    (double dx, double dy) = gradient(x, y);
                    double[] generated = Code.Value.CallTuple(name + "Backward", x, y, 1.0);
                    Close(failures, $"∂/∂x {body} at ({x:R}, {y:R})", dx, generated[0]);
                    Close(failures, $"∂/∂y {body} at ({x:R}, {y:R})", dy, generated[1]);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Derivative_kernels_compute_the_scalar_derivatives_bit_for_bit()
    {
        var failures = new List<string>();
        foreach (var (name, body, _) in Unary.Concat(Blocks))
        {
            foreach (double x in Special.Concat(Points))
            {
                Same(failures, $"d/dx {body} at {x:R}", Code.Value.Call(name + "Derivative", x), Code.Value.Call("Gradient", Index(name), x));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Constant_folds_and_conversions_are_exact()
    {
        // Bit for bit: a fold or conversion that rounds differently from C# (a float constant truncated, a quotient
        // folded as a product) changes these slopes, which are exactly the constants C# computes.
        Assert.Equal(1 / 0.75, Code.Value.Call("OverThreeQuartersDerivative", 0.3));
        Assert.Equal(4.0, Code.Value.Call("FoldQuotientDerivative", 0.3));
        Assert.Equal((double)0.1f, Code.Value.Call("FloatConstantDerivative", 0.3));
        Assert.Equal((double)(1f / 0.75f), Code.Value.CallFloat("OverThreeQuartersFDerivative", 0.3));
        Assert.Equal((double)0.1f, Code.Value.CallFloat("DoubleConstantFDerivative", 0.3));
        Assert.Equal((double)(1f / 3f), Code.Value.CallFloat("FoldQuotientFDerivative", 0.3));
        Assert.Equal(-2.0, Code.Value.Call("TruncatedConstantDerivative", 0.3));
        Assert.Equal(TruncateToInt(3e9), Code.Value.Call("LargeConstantDerivative", 0.3));
        Assert.Equal(TruncateToInt(double.NaN), Code.Value.Call("NaNConstantDerivative", 0.3));
    }

    [Theory]
    [InlineData(7.5, 2.0)]
    [InlineData(-7.5, 2.0)]
    [InlineData(5.25, -1.5)]
    public void Remainder_matches_finite_differences(double x, double y)
    {
        // Between the jumps of fmod: d/dx = 1, d/dy = -trunc(x / y), against central differences of the user's own %.
        const double h = 1e-6;
        double[] generated = Code.Value.CallTuple("RemainderBackward", x, y, 1.0);
        double dx = (Code.Value.Call("Remainder", x + h, y) - Code.Value.Call("Remainder", x - h, y)) / (2 * h);
        double dy = (Code.Value.Call("Remainder", x, y + h) - Code.Value.Call("Remainder", x, y - h)) / (2 * h);
        Assert.Equal(dx, generated[0], 6);
        Assert.Equal(dy, generated[1], 6);
    }

    [Fact]
    public void Hypot_has_slope_zero_at_the_origin_as_abs()
    {
        // Along an axis through the origin hypot is |x|: its kink, where the convention is Abs'(0) = 0, not 0 / 0.
        Assert.Equal(new[] { 0.0, 0.0 }, Code.Value.CallTuple("HypotenuseBackward", 0.0, 0.0, 1.0));
        Assert.Equal(new[] { 0.0, 1.0 }, Code.Value.CallTuple("HypotenuseBackward", 0.0, 2.5, 1.0));
    }

    private static double TruncateToInt(double value)
    {
        // What C# gives for (int)value at run time (unchecked), the generated code's own cast.
        double[] box = { value };
        return unchecked((int)box[0]);
    }

    private static string Source()
    {
        var s = new StringBuilder("using System;\nusing DiffGen;\nnamespace T;\npublic static partial class C\n{\n");
        foreach (var (name, body, _) in Unary)
        {
            s.Append($"    [Differentiable] public static double {name}(double x) => {body};\n");
        }

        foreach (var (name, body, _) in Blocks)
        {
            s.Append($"    [Differentiable] public static double {name}(double x) {{ {body} }}\n");
        }

        foreach (var (name, body, _) in Float)
        {
            s.Append(body.Contains("return", StringComparison.Ordinal)
                ? $"    [Differentiable] public static float {name}(float x) {{ {body} }}\n"
                : $"    [Differentiable] public static float {name}(float x) => {body};\n");
        }

        foreach (var (name, body, _) in Binary)
        {
            s.Append($"    [Differentiable] public static double {name}(double x, double y) => {body};\n");
        }

        // Dispatchers over the span kernels (spans cannot be passed by reflection): 19 copies of the input, a vector
        // body and a scalar tail; the first lane, or NaN where lanes differ (a NaN lane equals a NaN lane).
        const string Check = "return Array.TrueForAll(ys, v => v.Equals(ys[0])) ? ys[0] : double.NaN;";
        s.Append("    public static double Kernel(double n, double x)\n    {\n        var xs = new double[19]; var ys = new double[19]; Array.Fill(xs, x);\n        switch ((int)n)\n        {\n");
        foreach (var (name, _, _) in Unary.Concat(Blocks))
        {
            s.Append($"            case {Index(name)}: {name}(xs, ys); break;\n");
        }

        s.Append($"        }}\n        {Check}\n    }}\n");
        s.Append("    public static double Gradient(double n, double x)\n    {\n        var xs = new double[19]; var dy = new double[19]; var ys = new double[19]; Array.Fill(xs, x); Array.Fill(dy, 1.0);\n        switch ((int)n)\n        {\n");
        foreach (var (name, _, _) in Unary.Concat(Blocks))
        {
            s.Append($"            case {Index(name)}: {name}Backward(xs, dy, ys); break;\n");
        }

        s.Append($"        }}\n        {Check}\n    }}\n");
        s.Append("    public static double KernelF(double n, double x)\n    {\n        var xs = new float[19]; var ys = new float[19]; Array.Fill(xs, (float)x);\n        switch ((int)n)\n        {\n");
        foreach (var (name, _, _) in Float)
        {
            s.Append($"            case {Index(name)}: {name}(xs, ys); break;\n");
        }

        s.Append("        }\n        return Array.TrueForAll(ys, v => v.Equals(ys[0])) ? ys[0] : float.NaN;\n    }\n");
        s.Append("    public static double Kernel2(double n, double x, double y)\n    {\n        var xs = new double[19]; var zs = new double[19]; var ys = new double[19]; Array.Fill(xs, x); Array.Fill(zs, y);\n        switch ((int)n)\n        {\n");
        foreach (var (name, _, _) in Binary)
        {
            s.Append($"            case {Index(name)}: {name}(xs, zs, ys); break;\n");
        }

        s.Append($"        }}\n        {Check}\n    }}\n}}\n");
        return s.ToString();
    }

    private static readonly string[] Names = Unary.Select(m => m.Name).Concat(Blocks.Select(m => m.Name)).Concat(Float.Select(m => m.Name)).Concat(Binary.Select(m => m.Name)).ToArray();

    private static double Index(string name) => Array.IndexOf(Names, name);

    private static void Same(List<string> failures, string what, double expected, double actual)
    {
        bool same = double.IsNaN(expected) ? double.IsNaN(actual) : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual);
        if (!same)
        {
            failures.Add($"{what}: scalar {expected:R}, kernel {actual:R}");
        }
    }

    private static void Close(List<string> failures, string what, double expected, double actual, double tolerance = 1e-14)
    {
        if (!(Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected))))
        {
            failures.Add($"{what}: expected {expected:R}, generated {actual:R}");
        }
    }
}
