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
}
