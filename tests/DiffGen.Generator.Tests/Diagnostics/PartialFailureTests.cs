using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>One rejected method must not take the other methods of its type down with it.</summary>
public sealed class PartialFailureTests
{
    [Fact]
    public void Valid_methods_of_a_type_are_generated_when_another_method_fails()
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double Good(double x) => Math.Sin(x) * x;

            [Differentiable]
            public static double Bad(double x)
            {
                double s = x;
                while (s < 10.0) { s = s * 2.0; }
                return s;
            }

            [Differentiable]
            public static double AlsoGood(double x, double w) => x * w + Good(w);
            """));

        RejectionAssert.Rejected(result, "DIFF003", "while (s < 10.0) { s = s * 2.0; }", "Bad");
        Assert.Single(result.DiffGenDiagnostics);
        var text = GeneratorAssert.GeneratedFor(result, CaseSource.TypeHint);
        Assert.NotNull(text);
        Assert.Contains("public static double GoodDerivative(double x)", text);
        Assert.Contains("public static (double dx, double dw) AlsoGoodBackward(double x, double w, double dy)", text);

        // The generated members work: d/dx (sin(x)·x) = cos(x)·x + sin(x).
        var type = GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType("Cases.C")!;
        var derivative = (double)type.GetMethod("GoodDerivative", new[] { typeof(double) })!.Invoke(null, new object[] { 0.7 })!;
        Assert.Equal(System.Math.Cos(0.7) * 0.7 + System.Math.Sin(0.7), derivative, 12);
    }
}
