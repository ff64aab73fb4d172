using System.Threading.Tasks;
using DiffGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<DiffGen.Analyzers.DifferentiableAnalyzer>;

namespace DiffGen.Analyzers.Tests.Analyzer;

/// <summary>
/// Patterns, switch, local functions, parameter assignment and the generic-math spellings get the same checks as
/// <c>?:</c> and <c>if</c>: a guard written as a pattern guards, an unguarded singularity or a jump between arms
/// is reported, and what cannot be lowered is DIFF003 on the construct.
/// </summary>
public sealed class ModernSyntaxTests
{
    /// <summary>Guards written as patterns and switch sections exclude the singular points as a condition does.</summary>
    [Theory]
    [InlineData("x is > 1e-6 ? Math.Log(x) : Math.Log(1e-6)")]
    [InlineData("x switch { > 1e-6 => double.Log(x), _ => Math.Log(1e-6) }")]
    [InlineData("x is not 0 ? Math.Sin(x) / x : 1")]
    [InlineData("x switch { < 0 => 0.01 * x, _ => x * x / (x + 0.6) }")]
    [InlineData("double.IsNaN(x) ? 0 : double.LogP1(x * x)")]
    public Task Pattern_guards_guard(string body) =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod(body));

    /// <summary>Unguarded singularities inside arms and generic-math spellings are found.</summary>
    [Theory]
    [InlineData("x switch { >= 0 => {|DIFF005:Math.Sqrt(x)|}, _ => 0 }")]
    [InlineData("{|DIFF005:double.Log(x)|}")]
    [InlineData("x is > 1 ? 1 : {|DIFF005:1 / x|}")]
    public Task Singularities_in_arms_raise_DIFF005(string body) =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod(body));

    /// <summary>At x = 0 the arms are 1 and 0: a jump the gradient cannot see.</summary>
    [Fact]
    public Task Jump_between_switch_arms_raises_DIFF006() =>
        Verify.VerifyAnalyzerAsync(
            Sources.DoubleMethod("{|#0:x switch { > 0 => x + 1, _ => x }|}"),
            Verify.Diagnostic("DIFF006").WithLocation(0).WithArguments("x = 0", "1", "0"));

    /// <summary>A switch statement's sections are branches: the guarded log raises nothing.</summary>
    [Fact]
    public Task Switch_statement_sections_guard() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x)\n    {\n        switch (x)\n        {\n" +
            "            case > 0:\n                return Math.Log(x + 1) * x;\n            default:\n                return 0;\n        }\n    }"));

    /// <summary>A singularity inside an inlined local function is reported where it is written.</summary>
    [Fact]
    public Task Singularity_in_a_local_function_raises_DIFF005() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x)\n    {\n        return Inverse(x + 0.6);\n\n" +
            "        static double Inverse(double v) => {|DIFF005:1 / v|};\n    }"));

    /// <summary>An assigned parameter is analyzed through its new value.</summary>
    [Fact]
    public Task Assigned_parameter_is_analyzed_through_its_value() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x)\n    {\n        x = x * x + 1;\n        x += 1;\n        return Math.Log(x);\n    }"));

    /// <summary>The rounding overloads cut the gradient as Round does.</summary>
    [Fact]
    public Task Rounding_overloads_raise_DIFF002() =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod(
            "x + {|DIFF002:Math.Round(x, 2)|} + {|DIFF002:Math.Round(x, MidpointRounding.AwayFromZero)|} + {|DIFF002:double.Round(x, 1, MidpointRounding.ToZero)|}"));

    /// <summary>
    /// An out argument cannot be lowered; before, the later read of its variable discarded the diagnostic and the
    /// method silently got nothing.
    /// </summary>
    [Fact]
    public Task Out_argument_raises_DIFF003_and_is_not_swallowed() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x)\n    {\n        int q = Math.DivRem(7, 2, {|DIFF003:out int r|});\n        return x * r + q;\n    }"));

    /// <summary>A deconstruction of something other than a tuple literal or SinCos is named in the message.</summary>
    [Fact]
    public Task Deconstruction_of_a_tuple_local_raises_DIFF003() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass(
                "    [Differentiable]\n    public static double F(double x)\n    {\n        var t = (x, x);\n        var (a, b) = {|#0:t|};\n        return a * b;\n    }"),
            Verify.Diagnostic("DIFF003").WithSpan(9, 13, 9, 23).WithArguments("A local of type '(double, double)' ('t'; only float, double, int and bool)"),
            Verify.Diagnostic("DIFF003").WithLocation(0).WithArguments("Deconstruction of 't' (only tuple literals and Math.SinCos)"));
}
