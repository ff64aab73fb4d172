using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>DIFF003 for recursion through other [Differentiable] methods (direct recursion is a case of <see cref="UnsupportedConstructTests"/>).</summary>
public sealed class RecursionTests
{
    [Fact]
    public void Mutual_recursion_is_reported_as_recursion_and_neither_method_is_generated()
    {
        var source = CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => x < 1.0 ? x : G(x * 0.5);

            [Differentiable]
            public static double G(double x) => x < 1.0 ? x : F(x * 0.5) + 1.0;
            """);

        var result = GeneratorHarness.RunWithAnalyzers(source);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF003", new[] { "G(x * 0.5)", "F(x * 0.5)" }, "F");
        Assert.StartsWith("Recursion", diagnostic.GetMessage());
        RejectionAssert.NothingGeneratedFor(result, "G");

        // A cycle has no root cause elsewhere: "see the errors reported on it" (DIFF001) would send the user in a circle.
        Assert.DoesNotContain(result.DiffGenDiagnostics, d => d.Id == "DIFF001");
        Assert.Null(GeneratorAssert.GeneratedFor(result, CaseSource.TypeHint));
    }
}
