using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// Random piecewise expressions whose kinks all sit at x = 0: sums of identities that cancel kinks
/// (<c>max(v, 0) + min(v, 0) = v</c>, <c>|v| - 2·max(v, 0) = -v</c>, one function spelled two ways, ...) over
/// smooth inner arguments, under smooth outer functions, sometimes with a genuine kink added. Where the one-sided
/// finite differences at 0 agree, the function is differentiable there and the generated derivative must be their
/// common value.
/// </summary>
public sealed class KinkPropertyTests
{
    private static readonly string[] Relu = { "Math.Max({0}, 0)", "Math.Max(0, {0})", "({0} > 0 ? {0} : 0)", "({0} >= 0 ? {0} : 0)", "Math.Clamp({0}, 0, 5)", "(-Math.Min(-({0}), 0))", "(0.5 * (Math.Abs({0}) + {0}))" };
    private static readonly string[] Negative = { "Math.Min({0}, 0)", "({0} < 0 ? {0} : 0)", "({0} <= 0 ? {0} : 0)", "(-Math.Max(-({0}), 0))", "(0.5 * ({0} - Math.Abs({0})))" };
    private static readonly string[] Magnitude = { "Math.Abs({0})", "Math.Max({0}, -({0}))", "({0} >= 0 ? {0} : -({0}))" };
    private static readonly string[] Inner = { "{0} * x", "Math.Sin({0} * x)", "(Math.Exp({0} * x) - 1)", "({0} * x + x * x)", "Math.Tanh({0} * x)" };
    private static readonly string[] Slopes = { "1", "-1", "2", "0.5", "-3" };
    private static readonly string[] Weights = { "1", "-2", "0.5", "3" };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Where_the_one_sided_derivatives_agree_the_generated_derivative_is_their_value(int seed)
    {
        var random = new Random(seed);
        string[] bodies = Enumerable.Range(0, 30).Select(_ => Body(random)).ToArray();
        var source = new StringBuilder("using System;\nusing DiffGen;\nnamespace T;\npublic static partial class C\n{\n");
        for (int i = 0; i < bodies.Length; i++)
        {
            source.Append($"    [Differentiable] public static double F{i}(double x) => {bodies[i]};\n");
        }

        Compiled c = Compiled.Load(source.Append("}\n").ToString());
        int compared = 0;
        var failures = new List<string>();
        for (int i = 0; i < bodies.Length; i++)
        {
            double F(double x) => c.Call("F" + i, x);
            const double h = 1e-5;
            double f0 = F(0);
            double right = (-3 * f0 + 4 * F(h) - F(2 * h)) / (2 * h);
            double left = (3 * f0 - 4 * F(-h) + F(-2 * h)) / (2 * h);
            if (!(Math.Abs(right - left) <= 1e-6 * (1 + Math.Abs(right))))
            {
                continue; // A genuine kink: the convention applies.
            }

            compared++;
            double expected = (right + left) / 2;
            foreach (double at in new[] { 0.0, -0.0 })
            {
                double generated = c.Call($"F{i}Derivative", at);
                if (!(Math.Abs(generated - expected) <= 1e-6 * (1 + Math.Abs(expected))))
                {
                    failures.Add($"F{i}'({at.ToString("R", CultureInfo.InvariantCulture)}) = {generated}, finite differences {expected}: {bodies[i]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compared >= bodies.Length / 2, $"only {compared} of {bodies.Length} functions were differentiable at 0");
    }

    private static string Body(Random random)
    {
        string Pick(string[] options) => options[random.Next(options.Length)];
        string Apply(string[] family, string v) => string.Format(CultureInfo.InvariantCulture, Pick(family), v);

        var terms = new List<string>();
        for (int k = random.Next(1, 4); k > 0; k--)
        {
            string v = "(" + string.Format(CultureInfo.InvariantCulture, Pick(Inner), Pick(Slopes)) + ")";
            string pair = random.Next(6) switch
            {
                0 => $"{Apply(Relu, v)} + {Apply(Negative, v)}",
                1 => $"{Apply(Magnitude, v)} - 2 * {Apply(Relu, v)}",
                2 => $"{Apply(Magnitude, v)} + 2 * {Apply(Negative, v)}",
                3 => $"{Apply(Relu, v)} - {Apply(Relu, v)}",
                4 => $"{Apply(Magnitude, v)} - {Apply(Magnitude, v)}",
                _ => $"{Apply(Negative, v)} - {Apply(Relu, v)} + {Apply(Magnitude, v)}",
            };
            terms.Add($"{Pick(Weights)} * ({pair})");
        }

        if (random.Next(4) == 0)
        {
            terms.Add($"{Pick(Weights)} * {Apply(Relu, "(" + string.Format(CultureInfo.InvariantCulture, Pick(Inner), Pick(Slopes)) + ")")}");
        }

        terms.Add(random.Next(3) switch { 0 => "Math.Log(1 + Math.Exp(x))", 1 => "x * x", _ => "0.25 * x" });
        string sum = string.Join(" + ", terms);
        return random.Next(3) switch
        {
            0 => $"Math.Tanh({sum})",
            1 => $"Math.Exp(0.5 * ({sum}))",
            _ => sum,
        };
    }
}
