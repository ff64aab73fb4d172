using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>Messages a newcomer can act on: they name the construct, never an empty type, and warn only about code that can run.</summary>
public sealed class DiagnosticWordingTests
{
    [Fact]
    public void Throw_expression_is_named_not_reported_as_a_value_of_an_empty_type()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => x >= 0 ? x : throw new ArgumentOutOfRangeException(nameof(x));
            """));

        GeneratorAssert.NoCrash(result);
        Assert.DoesNotContain(result.DiffGenDiagnostics, d => d.GetMessage().Contains("''"));
        foreach (var d in result.DiffGenDiagnostics.Where(d => d.Id == "DIFF003"))
        {
            Assert.Contains("throw", d.GetMessage());
        }
    }

    [Fact]
    public void Unsupported_math_function_says_the_function_is_not_supported()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => Math.BitIncrement(x);
            """));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF001", "Math.BitIncrement(x)", "F");
        Assert.Contains("'Math.BitIncrement' is not one of the Math/MathF functions DiffGen can differentiate", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("Math.Abs((long)x)", "this overload, Math.Abs(long), is not supported; DiffGen differentiates Math.Abs with one float or double argument")]
    [InlineData("(double)Math.Round((decimal)x)", "this overload, Math.Round(decimal), is not supported; DiffGen differentiates Math.Round with")]
    [InlineData("double.SinPi(x)", "'double.SinPi' is not one of the Math/MathF functions DiffGen can differentiate (nor their double/float generic-math spellings)")]
    [InlineData("float.RootN((float)x, 3)", "'float.RootN' is not one of the Math/MathF functions DiffGen can differentiate")]
    public void Unsupported_overloads_and_generic_math_functions_are_named_as_written(string call, string message)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass($"[Differentiable]\npublic static double F(double x) => {call};"));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF001", call.Replace("(double)", string.Empty), "F");
        Assert.Contains(message, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("Math.Clamp(x, 1.0, 0.0)", "1", "0")]
    [InlineData("Math.Clamp(x, 0.5, -0.5) * x", "0.5", "-0.5")]
    public void Clamp_with_constant_bounds_in_the_wrong_order_is_a_warning(string body, string lo, string hi)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass($"[Differentiable]\npublic static double F(double x) => {body};"));

        GeneratorAssert.NoCrash(result);
        var diagnostic = Assert.Single(result.DiffGenDiagnostics, d => d.Id == "DIFF013");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Math.Clamp(", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, 11));
        Assert.Contains($"always throws ArgumentException: its lower bound {lo} is greater than its upper bound {hi}", diagnostic.GetMessage());
    }

    [Fact]
    public void Clamp_with_ordered_or_nan_bounds_is_not_reported()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => Math.Clamp(x, 0.0, 1.0) + Math.Clamp(x, double.NaN, 0.0) + Math.Clamp(x, 2.0, 2.0);
            """));

        GeneratorAssert.NoCrash(result);
        Assert.DoesNotContain(result.DiffGenDiagnostics, d => d.Id == "DIFF013");
    }

    [Theory]
    [InlineData("x > double.NaN ? 1 / x : 0")]
    [InlineData("x == double.NaN ? Math.Log(x) : x")]
    [InlineData("!(x != double.NaN) ? Math.Sqrt(x) : x")]
    [InlineData("x > 1 ? (x < 0 ? 1 / x : x) : x")]
    public void No_singularity_warning_for_a_branch_that_can_never_run(string body)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass($"[Differentiable]\npublic static double F(double x) => {body};"));

        GeneratorAssert.NoCrash(result);
        Assert.DoesNotContain(result.DiffGenDiagnostics, d => d.Id is "DIFF005" or "DIFF006");
    }

    [Theory]
    [InlineData("x != double.NaN ? 1 / x : 0")]
    [InlineData("x > double.NaN ? 0 : 1 / x")]
    public void Singularity_on_a_branch_that_always_runs_is_still_reported(string body)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass($"[Differentiable]\npublic static double F(double x) => {body};"));

        GeneratorAssert.NoCrash(result);
        Assert.Contains(result.DiffGenDiagnostics, d => d.Id == "DIFF005");
    }
}
