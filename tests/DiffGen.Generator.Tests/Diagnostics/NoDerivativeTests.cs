using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>DIFF001: calls to methods DiffGen has no derivative for are reported on the call and name the callee.</summary>
public sealed class NoDerivativeTests
{
    [Fact]
    public void Call_to_a_plain_helper_names_the_helper()
    {
        var source = CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => 1.0 + Helpers.Foo(x * x);

            public static class Helpers
            {
                public static double Foo(double v) => v * 3.0;
            }
            """);

        var result = GeneratorHarness.RunWithAnalyzers(source);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF001", "Helpers.Foo(x * x)", "F");
        Assert.StartsWith("Cannot differentiate the call to 'Helpers.Foo': ", diagnostic.GetMessage());
    }

    [Fact]
    public void Call_to_a_differentiable_method_that_cannot_be_differentiated_is_reported_on_the_call()
    {
        var source = CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => 2.0 * Looping(x);

            [Differentiable]
            public static double Looping(double x)
            {
                double s = x;
                while (s < 10.0) { s = s * 2.0; }
                return s;
            }
            """);

        var result = GeneratorHarness.RunWithAnalyzers(source);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF001", "Looping(x)", "F");
        Assert.Contains("'C.Looping'", diagnostic.GetMessage());

        // The callee carries its own, root-cause diagnostic.
        RejectionAssert.Rejected(result, "DIFF003", "while (s < 10.0) { s = s * 2.0; }", "Looping");
    }
}
