using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The shape of the generated code: small (one vector body per function, the loops in the runtime library), and
/// compiling for every name a user may choose and every language version.
/// </summary>
public sealed class GeneratedCodeShapeTests
{
    [Fact]
    public void The_seed_activation_generates_at_most_70_lines_with_one_vector_body_per_function()
    {
        var result = GeneratorHarness.Run(BaselineSources.All["SeedActivation"]);

        GeneratorAssert.CompilesCleanly(result);
        string text = Assert.Single(result.GeneratedSources).Text;
        int lines = text.TrimEnd('\n').Split('\n').Length;
        Assert.True(lines <= 70, $"{lines} lines generated (budget 70, doc comments included)");

        // One vector body for the value and one for the derivative, generic over the width; no width spelled out.
        Assert.Equal(1, Count(text, " Value<V>(V x)"));
        Assert.Equal(1, Count(text, " Derivative<V>(V x)"));
        Assert.DoesNotContain("Vector128", text);
        Assert.DoesNotContain("Vector256", text);
        Assert.DoesNotContain("Vector512", text);
    }

    [Theory]
    [InlineData("SeedActivation")]
    [InlineData("GeluBlockBody")]
    public void Order_2_generates_at_most_twice_the_lines_of_order_1(string baseline)
    {
        // Issue 12's size goal: second derivatives by one more forward pass over the derivative DAG stay linear.
        string source = BaselineSources.All[baseline];
        string second = source.Replace("[Differentiable]", "[Differentiable(Order = 2)]", StringComparison.Ordinal);
        Assert.NotEqual(source, second);
        var first = GeneratorHarness.Run(source);
        var twice = GeneratorHarness.Run(second);
        GeneratorAssert.CompilesCleanly(twice);
        int firstLines = Assert.Single(first.GeneratedSources).Text.TrimEnd('\n').Split('\n').Length;
        string text = Assert.Single(twice.GeneratedSources).Text;
        int secondLines = text.TrimEnd('\n').Split('\n').Length;
        Assert.True(secondLines <= 2 * firstLines, $"{baseline}: {secondLines} lines at Order = 2, {firstLines} at Order = 1");

        // One vector body per second-order member, generic over the width.
        Assert.Equal(1, Count(text, " SecondDerivative<V>(V x)"));
        Assert.Equal(1, Count(text, " BackwardBackward<V>(V x, V dy, V ddx)"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("8")]
    [InlineData("16")]
    [InlineData("swish")]
    [InlineData("gelu")]
    public void Order_2_generates_at_most_twice_the_lines_of_order_1_at_every_input_count(string method)
    {
        // Issue 12's size goal holds per method, also with many inputs, where the Hessian-vector product and the
        // double backward are each a body in the scalar member and in the function struct's vector member.
        int firstLines = Lines(SizeSource(method, 1), out _);
        int secondLines = Lines(SizeSource(method, 2), out string text);
        Assert.True(secondLines <= 2 * firstLines, $"{method}: {secondLines} lines at Order = 2, {firstLines} at Order = 1 ({(double)secondLines / firstLines:F2}×)");
        if (method.All(char.IsDigit) && method != "1")
        {
            // One body of H·v, which the double backward calls; the scalar members run the vector members on one lane.
            Assert.Equal(1, Count(text, " HessianVectorProduct<V>(V x0"));
            Assert.Equal(1, Count(text, "FKernel.HessianVectorProduct<V>(x0"));
            Assert.Contains("    => global::Sizes.Sized.FKernel.HessianVectorProduct<global::DiffGen.Scalar<float>>(x0, ", text);
            Assert.Contains("    => global::Sizes.Sized.FKernel.BackwardBackward<global::DiffGen.Scalar<float>>(x0, ", text);
        }

        static int Lines(string source, out string text)
        {
            var result = GeneratorHarness.Run(source);
            GeneratorAssert.NoGeneratorDiagnostics(result);
            GeneratorAssert.CompilesCleanly(result);
            text = Assert.Single(result.GeneratedSources).Text;
            return text.TrimEnd('\n').Split('\n').Length;
        }
    }

    /// <summary>
    /// A float method of <paramref name="method"/> inputs (products, <c>Exp</c>, <c>Tanh</c> and a branch over every
    /// input, the shape of the 16-input generator benchmark) or a single-input Swish or GELU, at <paramref name="order"/>.
    /// </summary>
    private static string SizeSource(string method, int order)
    {
        string parameters, body;
        if (method == "swish")
        {
            (parameters, body) = ("float x", "x / (1f + MathF.Exp(-x))");
        }
        else if (method == "gelu")
        {
            (parameters, body) = ("float x", "0.5f * x * (1f + MathF.Tanh(0.7978846f * (x + 0.044715f * x * x * x)))");
        }
        else
        {
            int n = int.Parse(method, System.Globalization.CultureInfo.InvariantCulture);
            string X(int i) => "x" + (i % n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameters = string.Join(", ", Enumerable.Range(0, n).Select(i => "float " + X(i)));
            body = string.Join(" + ", Enumerable.Range(0, (n + 3) / 4).Select(k =>
            {
                string a = X(4 * k), b = X(4 * k + 1), c = X(4 * k + 2), d = X(4 * k + 3);
                return $"{a} * {b} + MathF.Exp({c} * {d} / 4) - {a} * MathF.Tanh({d}) + ({b} > 0 ? {b} * {c} : 0.01f * {c})";
            }));
        }

        return $$"""
            using System;
            using DiffGen;

            namespace Sizes;

            public static partial class Sized
            {
                [Differentiable(Order = {{order}})]
                public static float F({{parameters}}) => {{body}};
            }
            """;
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void A_parameter_named_like_its_method_compiles(LanguageVersion version)
    {
        // Inside a member with a parameter SameName, the name means the parameter: a kernel that called the method
        // by its simple name did not compile (issue 13). Vector kernels call the driver, scalar loops the qualified name.
        const string Source = """
            using DiffGen;

            namespace Names
            {
                public static partial class Collisions
                {
                    [Differentiable]
                    public static double SameName(double SameName) => SameName * SameName;

                    [Differentiable]
                    public static float Pair(float Pair, float y) => Pair * y + y;

                    [Differentiable]
                    public static float V(float V) => V * 2f;
                }
            }
            """;

        var result = GeneratorHarness.Run(new CSharpParseOptions(version), strict: true, Source);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
    }

    [Fact]
    public void A_caller_of_a_callee_without_vector_form_has_no_vector_bodies_either()
    {
        // The caller's vector code would run the callee in every lane, also where the scalar code takes the other
        // branch; a callee with no vector form may throw there (issue 13), so the caller's kernels stay scalar.
        const string Source = """
            using System;
            using DiffGen;

            namespace Guards;

            public static partial class Guarded
            {
                public static double SafeSqrt(double x) => x >= 0 ? Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));

                [DerivativeOf(nameof(SafeSqrt))]
                public static double SafeSqrtDerivative(double x) => 0.5 / Math.Sqrt(x);

                [Differentiable]
                public static double Root(double x) => SafeSqrt(x);

                [Differentiable]
                public static double GuardedRoot(double x) => x > 0 ? Root(x) : 0;

                [Differentiable]
                public static double Square(double x) => x * x;

                [Differentiable]
                public static double GuardedSquare(double x) => x > 0 ? Square(x) : 0;
            }
            """;

        var result = GeneratorHarness.Run(Source);

        GeneratorAssert.CompilesCleanly(result);
        string text = Assert.Single(result.GeneratedSources).Text;
        Assert.Contains("Runs one element at a time: the call to global::Guards.Guarded.Root has no vector form", text);
        Assert.DoesNotContain("RootKernel.Value<V>", text);

        // A callee that vectorizes is called through its own vector body.
        Assert.Contains("global::Guards.Guarded.SquareKernel.Value<V>(x)", text);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
}
