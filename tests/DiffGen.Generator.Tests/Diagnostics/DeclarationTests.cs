using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>DIFF004: the method must be static and every enclosing type partial, because DiffGen adds members to them.</summary>
public sealed class DeclarationTests
{
    [Fact]
    public void Instance_method_is_rejected_on_its_name()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public double F(double x) => x * x;
            """));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF004", "F", "F");
        Assert.Contains("static", diagnostic.GetMessage());
    }

    [Fact]
    public void Method_of_a_non_partial_class_is_rejected_on_its_name()
    {
        var result = GeneratorHarness.RunWithAnalyzers("""
            using DiffGen;

            namespace Cases;

            public static class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF004", "F", "F");
        Assert.Contains("'C' must be partial", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Nested_partial_type_inside_a_non_partial_outer_type_is_rejected()
    {
        var result = GeneratorHarness.RunWithAnalyzers("""
            using DiffGen;

            namespace Cases;

            public static class Outer
            {
                public static partial class C
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
            }
            """);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF004", "F", "F");
        Assert.Contains("'Outer' must be partial", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Int_method_is_rejected_with_nothing_emitted()
    {
        // Once accepted by the signature check (only DIFF007 was reported), then emitted as code mixing double with
        // Vector512<int>: 11 CS1503 errors inside generated code.
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static int F(int x) => x * 2;
            """));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF003", "x", "F");
        Assert.Contains("parameters must be float or double", diagnostic.GetMessage());
        Assert.Contains(result.DiffGenDiagnostics, d => d.Id == "DIFF003" && d.GetMessage().Contains("Return type 'int'"));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Mixed_float_and_double_parameters_name_the_rule()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(float x, double y) => x * y;
            """));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF003", "x", "F");
        Assert.Contains("all parameters and the result must be float, or all double", diagnostic.GetMessage());
    }

    [Fact]
    public void File_local_type_is_rejected_instead_of_generating_a_part_in_another_file()
    {
        var result = GeneratorHarness.RunWithAnalyzers("""
            using DiffGen;

            namespace Cases;

            file partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF003", "F", "F");
        Assert.Contains("file-local type 'C'", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Differentiable_local_function_is_reported_not_silently_ignored()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            public static double G(double x)
            {
                return F(x);

                [Differentiable]
                static double F(double x) => x * x;
            }
            """));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF004", "F", "F");
        Assert.Contains("'F' is a local function", diagnostic.GetMessage());
    }

    [Fact]
    public void Method_with_its_own_compiler_error_gets_no_code_and_no_diffgen_diagnostics()
    {
        // CS0221 binds to an operation tree that lowers fine: the generated code once repeated the user's error.
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => x * (int)1e10;

            [Differentiable]
            public static double Caller(double x) => F(x) + x;
            """));

        GeneratorAssert.NoCrash(result);
        Assert.Contains(result.CompilationDiagnostics, d => d.Id == "CS0221");
        Assert.DoesNotContain(result.CompilationDiagnostics, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
        Assert.DoesNotContain(result.DiffGenDiagnostics, d => d.Id != "DIFF001");
        RejectionAssert.NothingGeneratedFor(result, "F");
    }
}
