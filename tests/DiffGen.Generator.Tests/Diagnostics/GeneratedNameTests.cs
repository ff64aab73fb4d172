using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>DIFF012: a member DiffGen would generate whose name is already taken is reported, not emitted as code that fails to compile.</summary>
public sealed class GeneratedNameTests
{
    [Theory]
    [InlineData("public static double FDerivative(double x) => 2 * x;", "'FDerivative'", "the method 'C.FDerivative(double)'")]
    [InlineData("public static double FBackward(double x, double dy) => dy;", "'FBackward'", "the method 'C.FBackward(double, double)'")]
    [InlineData("public struct FKernel { }", "'FKernel'", "the type 'C.FKernel'")]
    [InlineData("public static readonly double FDerivative = 1;", "'FDerivative'", "the field 'C.FDerivative'")]
    [InlineData("public static void F(ReadOnlySpan<double> x, Span<double> y) { }", "'F'", "the method 'C.F(ReadOnlySpan<double>, Span<double>)'")]
    public void User_member_with_a_generated_name_is_reported_on_the_method(string member, string generated, string taken)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("[Differentiable]\npublic static double F(double x) => x * x;\n" + member));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF012", "F", "F");
        Assert.Contains("cannot generate " + generated + " for 'F'", diagnostic.GetMessage());
        Assert.Contains(taken, diagnostic.GetMessage());
    }

    [Fact]
    public void User_method_named_like_the_parameter_partials_of_a_broadcast_method_is_reported()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass(
            "[Differentiable]\npublic static double F(double x, [Broadcast] double a) => a * x;\n"
            + "public static (double, double) FBackwardPartials(double x, double a, double dy) => (a * dy, x);"));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF012", "F", "F");
        Assert.Contains("cannot generate 'FBackwardPartials' for 'F'", diagnostic.GetMessage());
    }

    [Fact]
    public void Two_differentiable_methods_F_and_FDerivative_report_F_and_generate_FDerivative()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => x * x;

            [Differentiable]
            public static double FDerivative(double x) => 2 * x;
            """));

        GeneratorAssert.NoCrash(result);
        var diagnostic = Assert.Single(result.DiffGenDiagnostics);
        Assert.Equal("DIFF012", diagnostic.Id);
        Assert.Equal("F", GeneratorAssert.LocatedText(result, diagnostic));
        var text = GeneratorAssert.GeneratedFor(result, CaseSource.TypeHint);
        Assert.NotNull(text);
        Assert.Contains("public static double FDerivativeDerivative(double x)", text);
        Assert.DoesNotContain("FBackward(double x, double dy)", text);
        GeneratorAssert.CompilesWithoutErrors(result);
    }

    [Fact]
    public void Overload_with_other_parameter_types_is_not_a_collision()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => x * x;

            public static string FDerivative(string s) => s;
            """));

        GeneratorAssert.NoCrash(result);
        Assert.Empty(result.DiffGenDiagnostics);
        GeneratorAssert.CompilesCleanly(result);
    }

    [Fact]
    public void Containing_type_named_like_the_kernel_struct_is_reported()
    {
        var result = GeneratorHarness.RunWithAnalyzers("""
            using DiffGen;

            namespace Cases;

            public partial class GeluKernel
            {
                [Differentiable]
                public static double Gelu(double x) => x * x;
            }
            """);

        GeneratorAssert.NoCrash(result);
        var diagnostic = Assert.Single(result.DiffGenDiagnostics);
        Assert.Equal("DIFF012", diagnostic.Id);
        Assert.Contains("'GeluKernel' for 'Gelu'", diagnostic.GetMessage());
        Assert.Contains("containing type", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
        GeneratorAssert.CompilesWithoutErrors(result);
    }
}
