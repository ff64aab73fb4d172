using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using Xunit;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// What the operation table tells the analyses (DIFF005/DIFF006) about each function, against .NET itself: its
/// evaluator is the Math function, its range contains every value the function takes on the argument ranges (and
/// is the exact image where the function is monotone), and its singular sets are where the value or the derivative
/// stops being finite. In memory, milliseconds: run for every mutant by tools/mutation/run.sh.
/// </summary>
public sealed class OperationTableTests
{
    private static readonly double[] Samples = { 0.3, 0.7, -0.4, 1.6, 2.5, -3.2, 0.0, -1.0, 1.0 };

    [Fact]
    public void Evaluators_are_the_dotnet_functions()
    {
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All)
        {
            Type owner = f.GenericMathOnly ? typeof(double) : typeof(Math);
            MethodInfo? method = owner.GetMethod(f.Name, Enumerable.Repeat(typeof(double), f.Arity).ToArray());
            if (method is null)
            {
                continue; // Round(x, digits) and ScaleB take an int: covered by their own rows' tests.
            }

            foreach (double[] args in Arguments(f.Arity))
            {
                if (f == MathFunctions.Clamp && !(args[1] <= args[2]))
                {
                    continue; // Math.Clamp throws there; the evaluator gives the comparisons' result instead.
                }

                double expected = Convert.ToDouble(method.Invoke(null, args.Cast<object>().ToArray()));
                double actual = f.Evaluate(args);
                if (!(double.IsNaN(expected) ? double.IsNaN(actual) : actual == expected || Math.Abs(actual - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected))))
                {
                    failures.Add($"{f}({string.Join(", ", args)}): table {actual:R}, .NET {expected:R}");
                }
            }
        }

        Assert.Equal(MathFunctions.All.Count(), MathFunctions.All.Select(f => f.ToString()).Distinct().Count());
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Ranges_contain_every_value_the_function_takes()
    {
        Interval[] ranges = { new(0.2, 0.9), new(-1.5, -0.3), new(-0.8, 1.7), new(1.2, 4.0), new(-2.0, 2.0) };
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All.Where(f => f.Range is not null))
        {
            foreach (Interval[] r in Combinations(ranges, f.Arity))
            {
                if (f == MathFunctions.Clamp && !(r[1].Hi <= r[2].Lo))
                {
                    continue;
                }

                Interval range = f.Range!(r);
                foreach (double[] args in Grid(r))
                {
                    double v = f.Evaluate(args);
                    if (double.IsFinite(v) && !(range.Lo - 1e-12 * Math.Abs(range.Lo) <= v && v <= range.Hi + 1e-12 * Math.Abs(range.Hi)))
                    {
                        failures.Add($"{f}({string.Join(", ", args)}) = {v:R} outside [{range.Lo:R}, {range.Hi:R}] for [{string.Join("], [", r.Select(i => $"{i.Lo}, {i.Hi}"))}]");
                        break;
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("Exp", 0.2, 0.9)]
    [InlineData("Log", 0.2, 0.9)]
    [InlineData("Log2", 0.2, 0.9)]
    [InlineData("Log10", 0.2, 0.9)]
    [InlineData("Sqrt", 0.2, 0.9)]
    [InlineData("Cbrt", -0.8, 0.9)]
    [InlineData("Asin", 0.2, 0.9)]
    [InlineData("Acos", 0.2, 0.9)]
    [InlineData("Atan", -0.8, 1.7)]
    [InlineData("Sinh", -0.8, 1.7)]
    [InlineData("Cosh", 0.2, 1.7)]
    [InlineData("Cosh", -1.7, -0.2)]
    [InlineData("Tanh", -0.8, 1.7)]
    [InlineData("Asinh", -0.8, 1.7)]
    [InlineData("Acosh", 1.2, 4.0)]
    [InlineData("Atanh", -0.8, 0.9)]
    [InlineData("Abs", -1.5, -0.3)]
    [InlineData("Abs", 0.2, 0.9)]
    [InlineData("Floor", -0.8, 1.7)]
    [InlineData("Ceiling", -0.8, 1.7)]
    [InlineData("Round", -0.8, 1.7)]
    [InlineData("Truncate", -1.8, 1.7)]
    [InlineData("Sign", -0.8, 1.7)]
    public void Monotone_ranges_are_the_exact_image(string name, double lo, double hi)
    {
        MathFunction f = MathFunctions.Find(name, 1)!;
        Interval range = f.Range!(new[] { new Interval(lo, hi) });
        double a = f.Evaluate(new[] { lo }), b = f.Evaluate(new[] { hi });
        Assert.Equal(Math.Min(a, b), range.Lo, 12);
        Assert.Equal(Math.Max(a, b), range.Hi, 12);
        // Both ends are taken on a closed argument range: the image is closed.
        Assert.False(range.LoOpen || range.HiOpen, range.ToString());
    }

    [Fact]
    public void Two_argument_ranges_are_tight_where_they_can_be()
    {
        Interval x = new(0.5, 2.0), y = new(-1.0, 1.5);
        Interval max = MathFunctions.Max.Range!(new[] { x, y }), min = MathFunctions.Min.Range!(new[] { x, y });
        Assert.Equal((0.5, 2.0), (max.Lo, max.Hi));
        Assert.Equal((-1.0, 1.5), (min.Lo, min.Hi));
        Interval clamp = MathFunctions.Clamp.Range!(new[] { new Interval(-3, 3), new Interval(-1, -1), new Interval(2, 2) });
        Assert.Equal((-1.0, 2.0), (clamp.Lo, clamp.Hi));
        Interval fma = MathFunctions.FusedMultiplyAdd.Range!(new[] { x, new Interval(2, 3), new Interval(1, 1) });
        Assert.Equal((2.0, 7.0), (fma.Lo, fma.Hi));
        Interval square = MathFunctions.Pow.Range!(new[] { new Interval(-2, 1), new Interval(2, 2) });
        Assert.Equal((0.0, 4.0), (square.Lo, square.Hi));
        Interval root = MathFunctions.Pow.Range!(new[] { new Interval(1, 4), new Interval(0.5, 0.5) });
        Assert.Equal((1.0, 2.0), (root.Lo, root.Hi));
        Interval hypot = MathFunctions.Hypot.Range!(new[] { new Interval(3, 3), new Interval(-4, 4) });
        Assert.Equal((3.0, 7.0), (hypot.Lo, hypot.Hi));
        Interval copy = MathFunctions.CopySign.Range!(new[] { new Interval(-3, 2), y });
        Assert.Equal((-3.0, 3.0), (copy.Lo, copy.Hi));
        Assert.Equal("[0, 2]", MathFunctions.Sqrt.Range!(new[] { new Interval(-1, 4) }).ToString());
        Assert.Equal(Interval.All.Lo, MathFunctions.Log.Range!(new[] { new Interval(-2, -1) }).Lo);
        Assert.True(MathFunctions.Exp.Range!(new[] { new Interval(double.NegativeInfinity, 0) }).LoOpen);
        Assert.True(MathFunctions.Pow.Range!(new[] { new Interval(1, 2), new Interval(-1, 1) }).Lo >= 0);
    }

    [Fact]
    public void Ranges_at_the_domain_edges_keep_exactly_the_attained_ends()
    {
        static string R(MathFunction f, params Interval[] r) => f.Range!(r).ToString();
        // Where the argument range leaves the domain, the range is the image of the part inside it: an end reached
        // only as a limit (ln 0⁺ = -∞, atanh(-1⁺) = -∞) is open, one the function takes is closed.
        Assert.Equal("(-Infinity, 0]", R(MathFunctions.Log, new Interval(-1, 1)));
        Assert.Equal($"(-Infinity, {Math.Log(4, 2):R}]", R(MathFunctions.Log2, new Interval(0, 4)));
        Assert.Equal("(-Infinity, 2]", R(MathFunctions.Log10, new Interval(-5, 100)));
        Assert.Equal("[0, 2]", R(MathFunctions.Sqrt, new Interval(-4, 4)));
        Assert.Equal($"[0, {Math.Log(2 + Math.Sqrt(3)):R}]", R(MathFunctions.Acosh, new Interval(0, 2)));
        Assert.Equal($"[{-Math.PI / 2:R}, {Math.Asin(0.5):R}]", R(MathFunctions.Asin, new Interval(-2, 0.5)));
        Assert.Equal($"[{Math.Acos(0.5):R}, {Math.PI:R}]", R(MathFunctions.Acos, new Interval(-2, 0.5)));
        Assert.Equal($"(-Infinity, {0.5 * Math.Log(3):R}]", R(MathFunctions.Atanh, new Interval(-2, 0.5)));
        Assert.Equal("(0, 1]", R(MathFunctions.Exp, Interval.Below(0, inclusive: true)));
        Assert.Equal("(-1, 1)", R(MathFunctions.Tanh, Interval.All));
        Assert.Equal("[-1, 1]", R(MathFunctions.Sin, Interval.All));
        Assert.Equal("[-1, 1]", R(MathFunctions.Cos, Interval.All));
        Assert.Equal($"[{-Math.PI:R}, {Math.PI:R}]", R(MathFunctions.Atan2, Interval.All, Interval.All));

        // Max/Min of two ranges: at equal ends, an end is attained (closed) when either range attains it.
        Assert.Equal("[1, 2]", R(MathFunctions.Max, new Interval(1, 2, hiOpen: true), new Interval(1, 2, loOpen: true)));
        Assert.Equal("[1, 2]", R(MathFunctions.Max, new Interval(1, 2, loOpen: true), new Interval(1, 2, hiOpen: true)));
        Assert.Equal("[1, 2]", R(MathFunctions.Min, new Interval(1, 2, hiOpen: true), new Interval(1, 2, loOpen: true)));
        Assert.Equal("[1, 2]", R(MathFunctions.Min, new Interval(1, 2, loOpen: true), new Interval(1, 2, hiOpen: true)));
        Assert.Equal("(1, 2)", R(MathFunctions.Max, new Interval(1, 2, true, true), new Interval(1, 2, true, true)));
        Assert.Equal("[1, 3)", R(MathFunctions.Max, new Interval(0, 3, hiOpen: true), new Interval(1, 2)));
        Assert.Equal("[1, 3)", R(MathFunctions.Max, new Interval(1, 2), new Interval(0, 3, hiOpen: true)));
        Assert.Equal("(1, 3]", R(MathFunctions.Max, new Interval(0, 3), new Interval(1, 2, loOpen: true)));
        Assert.Equal("(1, 3]", R(MathFunctions.Max, new Interval(1, 2, loOpen: true), new Interval(0, 3)));
        Assert.Equal("[0, 2)", R(MathFunctions.Min, new Interval(0, 3), new Interval(1, 2, hiOpen: true)));
        Assert.Equal("[0, 2)", R(MathFunctions.Min, new Interval(1, 2, hiOpen: true), new Interval(0, 3)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Max, new Interval(2, 1), new Interval(0, 3)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Max, new Interval(0, 3), new Interval(2, 1)));

        // Pow with a constant exponent: monotone on a non-negative base, even powers fold the sign, else ℝ or (0, ∞).
        Assert.Equal("[0, 2]", R(MathFunctions.Pow, new Interval(0, 4), Interval.Point(0.5)));
        Assert.Equal("[0, 8]", R(MathFunctions.Pow, new Interval(0, 2), Interval.Point(3)));
        Assert.Equal("[0, 16]", R(MathFunctions.Pow, new Interval(-2, 1), Interval.Point(4)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Pow, new Interval(-2, 1), Interval.Point(3)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Pow, new Interval(-2, 1), Interval.Point(-2)));
        Assert.Equal("(0, Infinity)", R(MathFunctions.Pow, new Interval(1, 2), Interval.Point(-2)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Pow, new Interval(0, 2), Interval.Point(-2)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Pow, new Interval(-2, 1), new Interval(2, 2, loOpen: true)));
        // A base range from 0 with a variable exponent: 0^1 = 0 is attained, so the range is not (0, ∞).
        Assert.True(MathFunctions.Pow.Range!(new[] { new Interval(0, 2), new Interval(1, 2) }).Contains(Math.Pow(0, 1)));
        // An exponent range that is the point 0 (Math.Min(e, 0) for e >= 0): every base gives 1, open base ranges included.
        Assert.True(MathFunctions.Pow.Range!(new[] { new Interval(0, 2, true, true), Interval.Point(0) }).Contains(Math.Pow(1, 0)));
        Assert.True(MathFunctions.Pow.Range!(new[] { new Interval(-2, -1, true, true), Interval.Point(0) }).Contains(Math.Pow(-1.5, 0)));

        // A range that meets the domain only at an end the domain excludes: no value at all, so everything (as Log of a
        // negative range above), not the empty interval of an infinite image.
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Log, new Interval(-2, 0)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Atanh, new Interval(1, 2)));
        Assert.Equal("(-Infinity, Infinity)", R(MathFunctions.Atanh, new Interval(-2, -1)));
    }

    [Fact]
    public void Singular_sets_are_where_the_value_or_slope_is_not_finite()
    {
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All.Where(f => f.Singularities is not null))
        {
            foreach (double? exponent in f == MathFunctions.Pow ? new double?[] { null, -1, 0, 0.5, 1.5, 2, 3 } : new double?[] { null })
            {
                var b = new GraphBuilder();
                int arity = exponent is null ? f.Arity : 1;
                Node[] inputs = Enumerable.Range(0, arity).Select(i => b.Input(i, "x" + i, ValueType.Double)).ToArray();
                Node[] args = exponent is double e ? new[] { inputs[0], b.Constant(e, ValueType.Double) } : inputs;
                Node call = b.Call(f, args);
                Node?[] gradient = Differentiator.Gradient(b, call, inputs, CancellationToken.None);
                IReadOnlyList<Singularity> singular = f.Singularities!(args);
                double[] benign = Enumerable.Repeat(f == MathFunctions.Acosh ? 2.5 : f == MathFunctions.LogBase ? 2.5 : 0.5, arity).ToArray();
                string what = exponent is null ? f.ToString() : $"Pow(x, {exponent})";
                if (!Finite(call, gradient, benign))
                {
                    failures.Add($"{what}: not finite at the benign point");
                }

                foreach (Singularity s in singular)
                {
                    Assert.Matches("^(argument|base) of (" + f.Name + ")$", s.Role);
                    Assert.NotEmpty(s.Condition);
                    foreach (Interval bad in s.Bad)
                    {
                        double[] at = (double[])benign.Clone();
                        at[s.Argument] = Inside(bad);
                        if (Finite(call, gradient, at))
                        {
                            failures.Add($"{what}: argument {s.Argument} = {at[s.Argument]} is in its singular set but value and slope are finite");
                        }
                    }
                }

                if (exponent is 0 or 2 or 3)
                {
                    Assert.Empty(singular);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Vector_forms_call_a_member_of_IVector_with_each_argument_once()
    {
        // Vector bodies are written from these format strings; a wrong one would only show as a compile error in
        // generated code, so check them against DiffGen.IVector itself.
        Type vector = typeof(DiffGen.IVector<,>);
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All.Where(f => f.Vector is not null))
        {
            string[] names = Enumerable.Range(0, f.Arity).Select(i => "a" + i).ToArray();
            string call = string.Format(System.Globalization.CultureInfo.InvariantCulture, f.Vector!.Replace("{V}", "V"), names);
            string member = f.Name;
            string expected = $"V.{member}({string.Join(", ", names)})";
            bool exists = vector.GetMethods().Any(m => m.Name == member && m.IsStatic && m.GetParameters().Length == f.Arity);
            if (call != expected || !exists)
            {
                failures.Add($"{f}: '{f.Vector}' gives '{call}' (IVector.{member}/{f.Arity} {(exists ? "exists" : "missing")})");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(
            new[] { "Abs", "Ceiling", "Clamp", "CopySign", "Cos", "Exp", "Floor", "FusedMultiplyAdd", "Log", "Max", "Min", "Round", "Sin", "Sqrt", "Tanh", "Truncate" },
            MathFunctions.All.Where(f => f.Vector is not null).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Singular_sets_hold_every_point_where_the_value_or_slope_is_not_finite()
    {
        // The converse of the test above, at the points where the sets have their ends: a point where the value or a
        // slope is infinite or NaN (the others at a benign value) must be in the argument's singular set.
        double[] points = { -2, -1, -0.5, 0, 0.5, 1, 2, 3 };
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All.Where(f => f.Singularities is not null))
        {
            foreach (double? exponent in f == MathFunctions.Pow ? new double?[] { null, -1, 0.5, 1.5, 2 } : new double?[] { null })
            {
                var b = new GraphBuilder();
                int arity = exponent is null ? f.Arity : 1;
                Node[] inputs = Enumerable.Range(0, arity).Select(i => b.Input(i, "x" + i, ValueType.Double)).ToArray();
                Node[] args = exponent is double e ? new[] { inputs[0], b.Constant(e, ValueType.Double) } : inputs;
                Node call = b.Call(f, args);
                Node?[] gradient = Differentiator.Gradient(b, call, inputs, CancellationToken.None);
                IReadOnlyList<Singularity> singular = f.Singularities!(args);
                double benign = f == MathFunctions.LogBase ? 2.5 : f == MathFunctions.Acosh ? 2.5 : 0.5;
                for (int k = 0; k < arity; k++)
                {
                    foreach (double p in points)
                    {
                        double[] at = Enumerable.Repeat(benign, arity).ToArray();
                        at[k] = p;
                        bool finite = Finite(call, gradient, at), listed = singular.Any(s => s.Argument == k && s.Bad.Any(i => i.Contains(p)));
                        if (!finite && !listed)
                        {
                            failures.Add($"{(exponent is null ? f.ToString() : $"Pow(x, {exponent})")}: argument {k} = {p} is singular but in no singular set");
                        }

                        // And no more: a finite point in a set would be a false DIFF005 (Asin's set is |x| >= 1, not all x).
                        if (finite && listed)
                        {
                            failures.Add($"{(exponent is null ? f.ToString() : $"Pow(x, {exponent})")}: argument {k} = {p} is finite but in a singular set");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Each_row_names_the_dotnet_method_generated_code_calls()
    {
        // ClassFor(type).Name must be a public static method of System.<class> taking the row's arity with a float or
        // double first argument, returning int exactly for ReturnsInt rows (MathF.Exp, Math.Abs(float), Single.Hypot).
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All)
        {
            foreach ((ValueType type, Type clr) in new[] { (ValueType.Float, typeof(float)), (ValueType.Double, typeof(double)) })
            {
                Type owner = typeof(Math).Assembly.GetType("System." + f.ClassFor(type))!;
                MethodInfo? method = owner?.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .FirstOrDefault(m => m.Name == f.Name && m.GetParameters().Length == f.Arity && m.GetParameters()[0].ParameterType == clr);
                if (method is null || (method.ReturnType == typeof(int)) != f.ReturnsInt || (!f.ReturnsInt && method.ReturnType != clr))
                {
                    failures.Add($"{f} on {type}: System.{f.ClassFor(type)}.{f.Name} {(method is null ? "missing" : "returns " + method.ReturnType)}");
                }
            }

            // MathF has no Abs, Max, Min, Clamp or Sign: their float overloads are on Math.
            Assert.Equal(f.FloatOverloadOnMath, f.ClassFor(ValueType.Float) == "Math");
            Assert.Equal(f.GenericMathOnly, f.ClassFor(ValueType.Double) == "Double");
            Assert.Equal(f.IsPiecewiseConstant, f.Tangent is null);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(new[] { "Abs", "Clamp", "Max", "Min", "Sign" }, MathFunctions.All.Where(f => f.FloatOverloadOnMath).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(new[] { "Ceiling", "Floor", "Round", "Round", "Round", "Sign", "Truncate" }, MathFunctions.All.Where(f => f.IsPiecewiseConstant).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Formula_names_are_the_lower_case_names_but_ln_log_and_fma()
    {
        // Doc comments and diagnostics write the functions as in mathematics: ln(x), log(x, b), fma(a, b, c).
        foreach (MathFunction f in MathFunctions.All)
        {
            string expected = f.ToString() switch
            {
                "Log/1" => "ln",
                "FusedMultiplyAdd/3" => "fma",
                _ => f.Name.ToLowerInvariant(),
            };
            Assert.Equal(expected, f.MathName);
        }
    }

    [Fact]
    public void Tensor_forms_are_elementwise_functions_of_torch()
    {
        // Tensor code calls torch.<Tensor>(a, b, …): the name must exist on TorchSharp.torch with one Tensor per argument.
        Type torch = typeof(global::TorchSharp.torch), tensor = typeof(global::TorchSharp.torch.Tensor);
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All.Where(f => f.Tensor is not null))
        {
            bool exists = torch.GetMethods().Any(m => m.IsStatic && m.Name == f.Tensor && m.GetParameters().Length >= f.Arity
                && m.GetParameters().Take(f.Arity).All(p => p.ParameterType == tensor) && m.GetParameters().Skip(f.Arity).All(p => p.IsOptional));
            if (!exists)
            {
                failures.Add($"{f}: torch.{f.Tensor}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The rows without one: a method using them has no tensor-operations path (MathFunction.Tensor).
        Assert.Equal(
            new[] { "Cbrt/1", "FusedMultiplyAdd/3", "Hypot/2", "Log/2", "Round/2", "Round/3", "ScaleB/2", "Sign/1" },
            MathFunctions.All.Where(f => f.Tensor is null).Select(f => f.ToString()).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Rows_with_an_int_argument_evaluate_as_dotnet_and_are_unknown_where_it_throws()
    {
        // Round(x, digits) and ScaleB(x, n) take an int, so the test above skips them: here against Math.Round(double,
        // int) and Math.ScaleB, bit for bit, at every digit count Math.Round accepts and over the special values.
        double[] xs = { 2.5, -2.5, 0.125, -0.375, 1.2345678901234567, 123456.78901234567, -0.0, 0.0, 1e300, double.Epsilon, double.PositiveInfinity, double.NegativeInfinity, double.NaN };
        var failures = new List<string>();
        foreach (double x in xs)
        {
            for (int digits = 0; digits <= 15; digits++)
            {
                Check($"Round({x:R}, {digits})", Math.Round(x, digits), MathFunctions.RoundDigits.Evaluate(new[] { x, digits }));
            }

            // Math.Round throws for digits outside 0..15, and a MidpointRounding constant is no number here (NaN): the
            // analyses must get "unknown", never an exception from the table.
            foreach (double digits in new[] { -1.0, 16.0, double.NaN })
            {
                Check($"Round({x:R}, {digits})", double.NaN, MathFunctions.RoundDigits.Evaluate(new[] { x, digits }));
            }

            foreach (int n in new[] { -60, -3, -1, 0, 1, 2, 10, 100 })
            {
                Check($"ScaleB({x:R}, {n})", Math.ScaleB(x, n), MathFunctions.ScaleB.Evaluate(new[] { x, (double)n }));
            }

            Check($"ScaleB({x:R}, NaN)", double.NaN, MathFunctions.ScaleB.Evaluate(new[] { x, double.NaN }));
            Check($"Round/3({x:R}, 2, mode)", double.NaN, MathFunctions.RoundDigitsMode.Evaluate(new[] { x, 2, 1 }));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        void Check(string what, double expected, double actual)
        {
            if (!ExactEvaluator.Same(expected, actual))
            {
                failures.Add($"{what}: table {actual:R}, .NET {expected:R}");
            }
        }
    }

    [Fact]
    public void Asinh_acosh_and_hypot_evaluate_as_dotnet_where_their_squares_would_overflow()
    {
        // The evaluators written out for netstandard2.0 squared their argument: +∞ above about 1.3e154, where .NET's
        // result is finite (asinh 1e200 is about 461), so the analyses saw a range that .NET never reaches.
        double[] large = { 3e8, 1e154, 2e154, 1e200, 1e300, double.MaxValue };
        foreach (double v in large)
        {
            Close(Math.Asinh(v), MathFunctions.Asinh.Evaluate(new[] { v }), $"Asinh({v})");
            Close(Math.Asinh(-v), MathFunctions.Asinh.Evaluate(new[] { -v }), $"Asinh({-v})");
            Close(Math.Acosh(v), MathFunctions.Acosh.Evaluate(new[] { v }), $"Acosh({v})");
            Close(double.Hypot(v, v / 3), MathFunctions.Hypot.Evaluate(new[] { v, v / 3 }), $"Hypot({v}, {v / 3})");
            Close(double.Hypot(-v, 1), MathFunctions.Hypot.Evaluate(new[] { -v, 1 }), $"Hypot({-v}, 1)");
        }

        // Tiny arguments: no underflow to 0 where double.Hypot is not 0.
        Close(double.Hypot(3e-320, 4e-320), MathFunctions.Hypot.Evaluate(new[] { 3e-320, 4e-320 }), "Hypot(3e-320, 4e-320)");
        Assert.Equal(double.PositiveInfinity, MathFunctions.Hypot.Evaluate(new[] { double.NegativeInfinity, double.NaN }));
        Assert.True(double.IsNaN(MathFunctions.Hypot.Evaluate(new[] { 1.0, double.NaN })));
        Assert.Equal(0.0, MathFunctions.Hypot.Evaluate(new[] { -0.0, 0.0 }));
        Assert.Equal(double.PositiveInfinity, MathFunctions.Hypot.Evaluate(new[] { double.MaxValue, double.MaxValue }));

        static void Close(double expected, double actual, string at) =>
            Assert.True(actual.Equals(expected) || Math.Abs(actual - expected) <= 4e-16 * Math.Abs(expected) + 1e-323, $"{at}: table {actual:R}, .NET {expected:R}");
    }

    [Fact]
    public void Exact_rows_evaluate_bit_for_bit_at_signed_zeros_infinities_and_NaN()
    {
        // Abs, Max, Min and Clamp are folded from these evaluators (Differentiator.Exact), and the analyses read the
        // others: where .NET's result is exact, the table's must be the same bits (signed zeros included; a NaN only
        // has to stay a NaN). Sign returns an int in C# and throws at NaN: the table says NaN (unknown) there.
        double[] special = { -0.0, 0.0, -1.5, 2.5, -2.5, double.Epsilon, -double.Epsilon, double.MaxValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN };
        var failures = new List<string>();
        foreach (double x in special)
        {
            Check("Abs", new[] { x }, Math.Abs(x));
            Check("Floor", new[] { x }, Math.Floor(x));
            Check("Ceiling", new[] { x }, Math.Ceiling(x));
            Check("Round", new[] { x }, Math.Round(x));
            Check("Truncate", new[] { x }, Math.Truncate(x));
            Check("Sign", new[] { x }, double.IsNaN(x) ? double.NaN : Math.Sign(x));
            if (x == 0 || !double.IsFinite(x))
            {
                // At ±0, ±∞ and NaN every one-argument row is exact, also those written out for netstandard2.0 (Cbrt,
                // Asinh, Acosh, Atanh): an odd function keeps the sign of zero.
                foreach (MathFunction f in MathFunctions.All.Where(f => f.Arity == 1 && f.Name != "Sign"))
                {
                    Check(f.Name, new[] { x }, (double)typeof(Math).GetMethod(f.Name, new[] { typeof(double) })!.Invoke(null, new object[] { x })!);
                }
            }

            foreach (double y in special)
            {
                Check("Max", new[] { x, y }, Math.Max(x, y));
                Check("Min", new[] { x, y }, Math.Min(x, y));
                Check("CopySign", new[] { x, y }, Math.CopySign(x, y));
                foreach (double z in special.Where(z => y <= z))
                {
                    Check("Clamp", new[] { x, y, z }, Math.Clamp(x, y, z));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));

        void Check(string name, double[] args, double expected)
        {
            double actual = MathFunctions.Find(name, args.Length)!.Evaluate(args);
            if (!ExactEvaluator.Same(expected, actual))
            {
                failures.Add($"{name}({string.Join(", ", args.Select(a => a.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}): table {actual:R}, .NET {expected:R}");
            }
        }
    }

    [Fact]
    public void Row_simplifications_fire_exactly_where_dotnet_gives_the_argument()
    {
        // Pow(x, 1) = x, Pow(x, 0) = 1, Max(x, x) = Min(x, x) = Clamp(x, x, x) = x: each rewrite fires (shorter code and
        // formulas) and is exact for every double, signed zeros, infinities and NaN included; with another argument
        // anywhere it must not fire.
        foreach (double v in new[] { -0.0, 0.0, -2.5, 3.0, double.Epsilon, double.PositiveInfinity, double.NegativeInfinity, double.NaN })
        {
            Assert.True(ExactEvaluator.Same(v, Math.Pow(v, 1)) && ExactEvaluator.Same(1, Math.Pow(v, 0)), v.ToString());
            Assert.True(ExactEvaluator.Same(v, Math.Max(v, v)) && ExactEvaluator.Same(v, Math.Min(v, v)) && ExactEvaluator.Same(v, Math.Clamp(v, v, v)), v.ToString());
        }

        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Assert.Same(x, b.Call(MathFunctions.Pow, x, b.Constant(1, ValueType.Double)));
        Assert.Same(b.One(ValueType.Double), b.Call(MathFunctions.Pow, x, b.Constant(0, ValueType.Double)));
        Assert.Same(x, b.Call(MathFunctions.Max, x, x));
        Assert.Same(x, b.Call(MathFunctions.Min, x, x));
        Assert.Same(x, b.Call(MathFunctions.Clamp, x, x, x));
        Node[][] others = { new[] { x, y }, new[] { y, x }, new[] { x, b.Constant(2, ValueType.Double) } };
        foreach (Node[] args in others)
        {
            foreach (MathFunction f in new[] { MathFunctions.Pow, MathFunctions.Max, MathFunctions.Min })
            {
                Assert.Equal(NodeKind.Call, b.Call(f, args).Kind);
            }
        }

        foreach (Node[] args in new[] { new[] { x, x, y }, new[] { x, y, x }, new[] { y, x, x } })
        {
            Assert.Equal(NodeKind.Call, b.Call(MathFunctions.Clamp, args).Kind);
        }
    }

    private static bool Finite(Node call, Node?[] gradient, double[] at) =>
        double.IsFinite(ExactEvaluator.Evaluate(call, at)) && gradient.All(g => g is null || double.IsFinite(ExactEvaluator.Evaluate(g, at)));

    /// <summary>A point of <paramref name="bad"/>: a closed finite end, else one unit inside an open one.</summary>
    private static double Inside(Interval bad) =>
        double.IsFinite(bad.Hi) && !bad.HiOpen ? bad.Hi
        : double.IsFinite(bad.Lo) && !bad.LoOpen ? bad.Lo
        : double.IsFinite(bad.Hi) ? bad.Hi - 1
        : bad.Lo + 1;

    private static IEnumerable<double[]> Arguments(int arity) =>
        arity == 1 ? Samples.Select(x => new[] { x })
        : arity == 2 ? Samples.SelectMany(x => Samples.Select(y => new[] { x, y }))
        : Samples.SelectMany(x => Samples.Select(y => new[] { x, y, y + 1.5 }));

    private static IEnumerable<Interval[]> Combinations(Interval[] ranges, int arity) =>
        arity == 1 ? ranges.Select(r => new[] { r })
        : arity == 2 ? ranges.SelectMany(a => ranges.Select(c => new[] { a, c }))
        : ranges.SelectMany(a => ranges.SelectMany(c => ranges.Select(d => new[] { a, c, d })));

    private static IEnumerable<double[]> Grid(Interval[] r)
    {
        IEnumerable<double[]> points = new[] { Array.Empty<double>() };
        foreach (Interval i in r)
        {
            double[] values = Enumerable.Range(0, 9).Select(k => i.Lo + (i.Hi - i.Lo) * k / 8).ToArray();
            points = points.SelectMany(p => values.Select(v => p.Append(v).ToArray()));
        }

        return points;
    }
}
