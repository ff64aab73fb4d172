using System;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The refinement of a derivative at a tie costs nothing off the tie in vector code either: the vector body tests
/// whether any lane is at the tie and computes the one-sided derivatives only then, as the scalar member does in its
/// cold <c>if</c>. A method with one kink gets no refinement and no test.
/// </summary>
public sealed class ColdTieRefinementTests
{
    private const string Source = """
        using System;
        using DiffGen;
        namespace T;
        public static partial class C
        {
            [Differentiable] public static float LogSigmoid(float x) => MathF.Min(x, 0) - MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));
            [Differentiable(Order = 2)] public static double Bce(double x, double y) => Math.Max(x, 0) - x * y + Math.Log(1 + Math.Exp(-Math.Abs(x)));
            [Differentiable] public static float OneKink(float x) => 0.5f * (x - MathF.Abs(x)) - MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));
        }
        """;

    private static readonly Lazy<string> Text = new(() =>
    {
        var result = GeneratorHarness.Run(Source);
        GeneratorAssert.CompilesCleanly(result);
        return Assert.Single(result.GeneratedSources).Text;
    });

    [Fact]
    public void The_vector_body_computes_the_refinement_only_when_some_lane_is_at_the_tie()
    {
        string body = Member(Text.Value, "LogSigmoidKernel", " Derivative<V>(V x)");
        int test = body.IndexOf("if (V.AnyTrue(", StringComparison.Ordinal);
        Assert.True(test > 0, "no test of the tie mask in:\n" + body);
        // The conventions' derivative (with its Exp) is computed before the test; the one-sided derivatives and their
        // comparison (the 2⁻¹⁶ tolerance) only inside it.
        Assert.InRange(body.IndexOf("V.Exp(", StringComparison.Ordinal), 0, test);
        Assert.True(body.IndexOf("1.5258789E-05f", StringComparison.Ordinal) > test, "the refinement is computed before the test:\n" + body);

        // The scalar member keeps its cold if on the tie itself.
        Assert.Contains("if (x == 0f)", Member(Text.Value, "C", " float LogSigmoidDerivative(float x)"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_of_a_several_input_backward_and_the_second_derivatives_keep_the_refinement_cold()
    {
        string backward = Member(Text.Value, "BceKernel", " Backward<V>(V x, V y, V dResult)");
        Assert.Contains("if (V.AnyTrue(", backward, StringComparison.Ordinal);
        Assert.True(backward.IndexOf("2.3283064365386963E-10", StringComparison.Ordinal) > backward.IndexOf("if (V.AnyTrue(", StringComparison.Ordinal), backward);

        // The derivative of the refinement is needed at the tie only, too.
        string second = Member(Text.Value, "BceKernel", " HessianVectorProduct<V>(");
        Assert.Contains("if (V.AnyTrue(", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_with_one_kink_has_no_refinement_and_no_test()
    {
        Assert.DoesNotContain("AnyTrue", Member(Text.Value, "OneKinkKernel", " Derivative<V>(V x)"), StringComparison.Ordinal);
    }

    /// <summary>The text of the first member whose header contains <paramref name="header"/>, after the type <paramref name="type"/> begins, to the next member.</summary>
    private static string Member(string text, string type, string header)
    {
        int start = text.IndexOf(header, text.IndexOf(" " + type, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(start >= 0, $"no member '{header}' in {type}:\n{text}");
        int end = text.IndexOf("/// ", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
