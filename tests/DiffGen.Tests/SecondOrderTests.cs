using System;
using System.Collections.Generic;
using System.Reflection;
using CsCheck;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using DiffGen.Tests.Oracles;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The second- and third-order members of every <c>[Differentiable(Order = 2)]</c> (or 3) test function: against
/// central differences of the generated lower derivative, closed forms, a hyper-dual oracle, and their own definition
/// (the double backward). Points near kinks are skipped where the differences show a jump, with a coverage floor.
/// </summary>
public sealed class SecondOrderTests
{
    /// <summary>Single-input methods of order 2 or more.</summary>
    public static TheoryData<string> Singles => SecondOrderCatalog.Keys(1);

    /// <summary>Methods of order 2 or more with two or three inputs.</summary>
    public static TheoryData<string> Multis
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (int arity in (int[])[2, 3])
            {
                foreach (string key in SecondOrderCatalog.Keys(arity))
                {
                    data.Add(key);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Singles))]
    public void Second_derivative_matches_central_differences_of_the_derivative(string key)
    {
        MethodInfo f = SecondOrderCatalog.ByArity(1)[key];
        CompareWithDifferences(key, SecondOrderCatalog.Scalar(f, "Derivative"), SecondOrderCatalog.Scalar(f, "SecondDerivative"), f.ReturnType == typeof(float));
    }

    [Theory]
    [MemberData(nameof(Singles))]
    public void Third_derivative_matches_central_differences_of_the_second(string key)
    {
        MethodInfo f = SecondOrderCatalog.ByArity(1)[key];
        if (f.GetCustomAttribute<DifferentiableAttribute>()!.Order < 3)
        {
            Assert.Null(f.DeclaringType!.GetMethod(f.Name + "ThirdDerivative", [f.ReturnType]));
            return;
        }

        CompareWithDifferences(key, SecondOrderCatalog.Scalar(f, "SecondDerivative"), SecondOrderCatalog.Scalar(f, "ThirdDerivative"), f.ReturnType == typeof(float));
    }

    [Theory]
    [InlineData("Tanh")]
    [InlineData("Sigmoid")]
    [InlineData("Softplus")]
    [InlineData("Swish")]
    [InlineData("LogSigmoid")]
    [InlineData("Elu")]
    [InlineData("Selu")]
    [InlineData("Smooth")]
    [InlineData("Softsign")]
    [InlineData("GeluErf")]
    [InlineData("ReluMax")]
    [InlineData("LeakyRelu")]
    [InlineData("Relu6")]
    [InlineData("HardSigmoid")]
    public void Second_derivative_matches_closed_form(string name)
    {
        Func<double, double> closed = SecondClosedForms[name];
        Func<double, double> d2 = SecondOrderCatalog.Scalar(typeof(DoubleActivations).GetMethod(name, [typeof(double)])!, "SecondDerivative");
        Func<double, double> f2 = SecondOrderCatalog.Scalar(typeof(Activations).GetMethod(name, [typeof(float)])!, "SecondDerivative");
        foreach (double x in SamplePoints.Grid)
        {
            if (Math.Abs(x) < 1e-3 || Math.Abs(Math.Abs(x) - 3) < 1e-3 || Math.Abs(x - 6) < 1e-3)
            {
                continue;
            }

            NumericAssert.Close(closed(x), d2(x), (1e-10, 1e-10), $"{name}''({x:R})");
            NumericAssert.Close(closed((float)x), f2((float)x), (2e-4, 2e-5), $"{name}''({(float)x:R}f)");
        }
    }

    [Theory]
    [InlineData("Swish")]
    [InlineData("Softplus")]
    [InlineData("Mish")]
    [InlineData("GeluTanh")]
    [InlineData("LogSigmoid")]
    [InlineData("BentIdentity")]
    [InlineData("Softsign")]
    [InlineData("Selu")]
    [InlineData("Smooth")]
    [InlineData("Tanh")]
    [InlineData("Sigmoid")]
    public void Second_derivative_matches_hyper_dual_numbers(string name)
    {
        Func<HyperDual, HyperDual> formula = HyperDualFormulas[name];
        Func<double, double> generated = SecondOrderCatalog.Scalar(typeof(DoubleActivations).GetMethod(name, [typeof(double)])!, "SecondDerivative");
        Gen.Double[-5, 5].Where(x => x != 0).Sample(x =>
        {
            // 0 is a kink of the formulas with branches or |x|: there the convention (README) decides, not the oracle.
            HyperDual r = formula(HyperDual.Variable(x));
            NumericAssert.Close(r.Second, generated(x), (1e-10, 1e-11), $"{name}''({x:R}) vs hyper-dual numbers");
        }, iter: 1000);
    }

    [Fact]
    public void Second_and_third_derivatives_through_callees_match_hyper_dual_numbers()
    {
        Gen.Double[-4, 4].Sample(x =>
        {
            HyperDual v = HyperDual.Variable(x);
            HyperDual mish = v * HyperDual.Tanh(HyperDual.Log(1 + HyperDual.Exp(v)));
            NumericAssert.Close(mish.Second, SecondOrderFunctions.Mish3SecondDerivative(x), (1e-10, 1e-11), $"Mish3''({x:R})");
            HyperDual through = v * Sin(v * v) + HyperDual.Exp(v * v * v / 4);
            NumericAssert.Close(through.Second, SecondOrderFunctions.ThroughPairSecondDerivative(x), (1e-10, 1e-10), $"ThroughPair''({x:R})");
        }, iter: 500);

        static HyperDual Sin(HyperDual a) => new(Math.Sin(a.Value), Math.Cos(a.Value) * a.E1, Math.Cos(a.Value) * a.E2, Math.Cos(a.Value) * a.Second - Math.Sin(a.Value) * a.E1 * a.E2);
    }

    [Fact]
    public void The_seeds_second_and_third_derivatives_are_exactly_zero_where_its_right_branch_divides_by_zero()
    {
        // x + 0.6 = 0 at x = -0.6: the right branch is 0/0 there, the left branch (taken) has zero curvature.
        Assert.Equal(0.0, DoubleActivations.SmoothSecondDerivative(-0.6));
        Assert.Equal(0f, Activations.SmoothSecondDerivative(-0.6f));
        Assert.Equal(0f, SecondOrderFunctions.Seed3SecondDerivative(-0.6f));
        Assert.Equal(0f, SecondOrderFunctions.Seed3ThirdDerivative(-0.6f));
        Assert.Equal((0f, 2f * 0.01f), SecondOrderFunctions.Seed3BackwardBackward(-0.6f, 5f, 2f));
        foreach (int n in (int[])[1, 3, 4, 7, 8, 15, 16, 17, 33, 64])
        {
            float[] x = new float[n];
            Array.Fill(x, -0.6f);
            float[] d2 = new float[n], d3 = new float[n], dx2 = new float[n], ddy2 = new float[n];
            SecondOrderFunctions.Seed3SecondDerivative(x, d2);
            SecondOrderFunctions.Seed3ThirdDerivative(x, d3);
            SecondOrderFunctions.Seed3BackwardBackward(x, x, x, dx2, ddy2);
            Assert.All(d2, v => Assert.Equal(0f, v));
            Assert.All(d3, v => Assert.Equal(0f, v));
            Assert.All(dx2, v => Assert.Equal(0f, v));
            Assert.All(ddy2, v => Assert.Equal(-0.6f * 0.01f, v));
        }
    }

    [Theory]
    [MemberData(nameof(Singles))]
    public void Backward_backward_is_its_definition_bit_for_bit(string key)
    {
        MethodInfo f = SecondOrderCatalog.ByArity(1)[key];
        Type t = f.ReturnType;
        MethodInfo bb = SecondOrderCatalog.Member(f, "BackwardBackward", t, t, t);
        Func<double, double> d1 = SecondOrderCatalog.Scalar(f, "Derivative"), d2 = SecondOrderCatalog.Scalar(f, "SecondDerivative");
        foreach (double x in SamplePoints.Uniform(7, 200, -6, 6))
        {
            double dy = Math.Round(x * 3.7, 1), ddx = 1.5 - x / 4;
            object[] args = t == typeof(float) ? [(float)x, (float)dy, (float)ddx] : [x, dy, ddx];
            if (Try(() => bb.Invoke(null, args)) is not System.Runtime.CompilerServices.ITuple r)
            {
                continue;
            }

            if (t == typeof(float))
            {
                Assert.Equal((float)ddx * (float)dy * (float)d2(x), (float)r[0]!);
                Assert.Equal((float)ddx * (float)d1(x), (float)r[1]!);
            }
            else
            {
                Assert.Equal(ddx * dy * d2(x), (double)r[0]!);
                Assert.Equal(ddx * d1(x), (double)r[1]!);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Multis))]
    public void Hessian_vector_product_matches_differences_of_the_backward_pass(string key)
    {
        int arity = key.Split(',').Length;
        MethodInfo f = SecondOrderCatalog.ByArity(arity)[key];
        Type t = f.ReturnType;
        bool isFloat = t == typeof(float);
        MethodInfo backward = SecondOrderCatalog.Member(f, "Backward", Repeat(t, arity + 1));
        MethodInfo hvp = SecondOrderCatalog.Member(f, "HessianVectorProduct", Repeat(t, 2 * arity));
        MethodInfo bb = SecondOrderCatalog.Member(f, "BackwardBackward", Repeat(t, (2 * arity) + 1));
        var random = new Random(arity * 31 + key.Length);
        int compared = 0, defined = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            double[] x = new double[arity], v = new double[arity];
            for (int k = 0; k < arity; k++)
            {
                x[k] = Math.Round(-3 + 6 * random.NextDouble(), isFloat ? 3 : 12);
                v[k] = -1 + 2 * random.NextDouble();
            }

            if (arity == 3 && key.Contains("Clamp", StringComparison.Ordinal) && x[1] > x[2])
            {
                (x[1], x[2]) = (x[2], x[1]);
            }

            double[]? h = Call(hvp, t, [.. x, .. v]);
            double[]? g = Call(backward, t, [.. x, 1]);
            double dy = 0.75;
            double[]? bbr = Call(bb, t, [.. x, dy, .. v]);
            if (h is null || g is null || bbr is null)
            {
                continue;
            }

            defined++;

            // H·v ≈ (∇F(x + εv) − ∇F(x − εv)) / 2ε, where the gradient is smooth along the line (two steps agree).
            double[]? fd = Directional(backward, t, x, v, isFloat ? 1e-3 : 1e-6), fdHalf = Directional(backward, t, x, v, isFloat ? 5e-4 : 5e-7);
            if (fd is null || fdHalf is null)
            {
                continue;
            }

            (double Relative, double Absolute) tolerance = isFloat ? (5e-3, 5e-3) : (1e-5, 1e-5);
            bool smooth = true;
            for (int k = 0; k < arity; k++)
            {
                smooth &= Math.Abs(fd[k] - fdHalf[k]) <= tolerance.Absolute + tolerance.Relative * Math.Abs(fd[k]);
            }

            if (!smooth)
            {
                continue;
            }

            compared++;
            double sum = 0;
            for (int k = 0; k < arity; k++)
            {
                NumericAssert.Close(fd[k], h[k], tolerance, $"{key}: (H·v)[{k}] at ({string.Join(", ", x)}) along ({string.Join(", ", v)})");
                NumericAssert.Close(dy * h[k], bbr[k], isFloat ? (1e-5, 1e-6) : (1e-13, 1e-14), $"{key}: double backward [{k}] is dy·(H·dd)");
                sum += g[k] * v[k];
            }

            NumericAssert.Close(sum, bbr[arity], isFloat ? (1e-5, 1e-6) : (1e-13, 1e-14), $"{key}: double backward's ddy is ∇F·dd");
        }

        Assert.True(compared >= defined * 0.6 && defined >= 100, $"{key}: only {compared} of {defined} points where it is defined were away from kinks");
    }

    private static void CompareWithDifferences(string key, Func<double, double> lower, Func<double, double> higher, bool isFloat)
    {
        double step = isFloat ? 1e-3 : 1e-5;
        (double Relative, double Absolute) tolerance = isFloat ? (2e-3, 2e-3) : (1e-6, 1e-6);
        int compared = 0, defined = 0;
        foreach (double grid in SamplePoints.Grid)
        {
            double x = isFloat ? (float)grid : grid;
            double h = step * Math.Max(1, Math.Abs(x));
            double? c1 = Central(lower, x, h), c2 = Central(lower, x, h / 2), actual = Try(() => higher(x));
            double? right = OneSided(lower, x, h), left = OneSided(lower, x, -h);
            if (c1 is not double a || c2 is not double b || actual is not double value || !double.IsFinite(value) || right is not double r || left is not double l)
            {
                continue;
            }

            defined++;

            // Richardson's extrapolation of the two steps; near a kink they straddle it differently, or the one-sided
            // differences disagree: skipped (the coverage floor below keeps this honest).
            double expected = ((4 * b) - a) / 3;
            double allowed = tolerance.Absolute + tolerance.Relative * Math.Abs(expected);
            if (Math.Abs(a - b) > allowed || Math.Abs(r - l) > Math.Max(allowed, 1e-2 * (1 + Math.Abs(expected))))
            {
                continue;
            }

            compared++;
            NumericAssert.Close(expected, value, tolerance, $"{key} at {x:R} vs central differences of the lower derivative");
        }

        Assert.True(compared >= defined * 0.9 && defined >= 500, $"{key}: only {compared} of {defined} points where it is defined were compared");
    }

    private static double? OneSided(Func<double, double> f, double x, double h)
    {
        double? at = Try(() => f(x)), moved = Try(() => f(x + h));
        return at is double a && moved is double m && double.IsFinite(a) && double.IsFinite(m) ? (m - a) / h : null;
    }

    private static double? Central(Func<double, double> f, double x, double h)
    {
        double? plus = Try(() => f(x + h)), minus = Try(() => f(x - h));
        return plus is double p && minus is double m && double.IsFinite(p) && double.IsFinite(m) ? (p - m) / (2 * h) : null;
    }

    private static double[]? Directional(MethodInfo backward, Type t, double[] x, double[] v, double step)
    {
        double[] plus = new double[x.Length], minus = new double[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            plus[k] = x[k] + step * v[k];
            minus[k] = x[k] - step * v[k];
        }

        double[]? gp = Call(backward, t, [.. plus, 1]), gm = Call(backward, t, [.. minus, 1]);
        if (gp is null || gm is null)
        {
            return null;
        }

        double[] d = new double[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            d[k] = (gp[k] - gm[k]) / (2 * step);
        }

        return d;
    }

    /// <summary>Calls a scalar member with doubles (converted to its element type); its results as doubles, or null when it throws or gives a non-finite value.</summary>
    private static double[]? Call(MethodInfo m, Type t, double[] args)
    {
        object[] boxed = Array.ConvertAll(args, a => t == typeof(float) ? (object)(float)a : a);
        if (Try(() => m.Invoke(null, boxed)) is not System.Runtime.CompilerServices.ITuple tuple)
        {
            return null;
        }

        double[] result = new double[tuple.Length];
        for (int k = 0; k < tuple.Length; k++)
        {
            result[k] = Convert.ToDouble(tuple[k], System.Globalization.CultureInfo.InvariantCulture);
            if (!double.IsFinite(result[k]))
            {
                return null;
            }
        }

        return result;
    }

    private static Type[] Repeat(Type t, int count)
    {
        var types = new Type[count];
        Array.Fill(types, t);
        return types;
    }

    private static TResult? Try<TResult>(Func<TResult> f)
    {
        try
        {
            return f();
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException or ArithmeticException)
        {
            // A checked helper (SafeSqrt) throws off its domain, as the method itself does there.
            return default;
        }
    }

    private static double? Try(Func<double> f)
    {
        try
        {
            return f();
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException or ArithmeticException)
        {
            return null;
        }
    }

    /// <summary>Textbook second derivatives (σ = logistic, φ = normal density).</summary>
    private static readonly Dictionary<string, Func<double, double>> SecondClosedForms = new()
    {
        ["Tanh"] = x => -2 * Math.Tanh(x) * ClosedForms.Sech2(x),
        ["Sigmoid"] = x => S(x) * (1 - S(x)) * (1 - 2 * S(x)),
        ["Softplus"] = x => S(x) * (1 - S(x)),
        ["Swish"] = x => S(x) * (1 - S(x)) * (2 + x * (1 - 2 * S(x))),
        ["LogSigmoid"] = x => -S(x) * (1 - S(x)),
        ["Elu"] = x => x > 0 ? 0 : Math.Exp(x),
        ["Selu"] = x => x > 0 ? 0 : ClosedForms.SeluScale * ClosedForms.SeluAlpha * Math.Exp(x),
        ["Smooth"] = x => x >= 0 ? 0.72 / Math.Pow(x + 0.6, 3) : 0,
        ["Softsign"] = x => -2 * Math.Sign(x) / Math.Pow(1 + Math.Abs(x), 3),
        ["GeluErf"] = x => ClosedForms.NormalDensity(x) * (2 - x * x),
        ["ReluMax"] = _ => 0,
        ["LeakyRelu"] = _ => 0,
        ["Relu6"] = _ => 0,
        ["HardSigmoid"] = _ => 0,
    };

    /// <summary>The formulas as the functions write them, over hyper-dual numbers.</summary>
    private static readonly Dictionary<string, Func<HyperDual, HyperDual>> HyperDualFormulas = new()
    {
        ["Swish"] = x => x / (1 + HyperDual.Exp(-x)),
        ["Softplus"] = x => HyperDual.Log(1 + HyperDual.Exp(x)),
        ["Mish"] = x => x * HyperDual.Tanh(HyperDual.Log(1 + HyperDual.Exp(x))),
        ["GeluTanh"] = x => 0.5 * x * (1 + HyperDual.Tanh(0.79788456080286535588 * (x + 0.044715 * x * x * x))),
        ["LogSigmoid"] = x => -HyperDual.Log(1 + HyperDual.Exp(-x)),
        ["BentIdentity"] = x => (HyperDual.Sqrt(x * x + 1) - 1) / 2 + x,
        ["Softsign"] = x => x / (1 + HyperDual.Abs(x)),
        ["Selu"] = x => ClosedForms.SeluScale * (x > 0 ? x : ClosedForms.SeluAlpha * (HyperDual.Exp(x) - 1)),
        ["Smooth"] = x => x >= 0 ? x * x / (x + 0.6) : 0.01 * x,
        ["Tanh"] = HyperDual.Tanh,
        ["Sigmoid"] = x => 1 / (1 + HyperDual.Exp(-x)),
    };

    private static double S(double x) => ClosedForms.Sigma(x);
}
