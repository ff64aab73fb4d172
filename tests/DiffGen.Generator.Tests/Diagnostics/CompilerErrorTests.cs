using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>A method that does not compile yet (mid-edit in the IDE) gets no DiffGen diagnostics, no output and no crash.</summary>
public sealed class CompilerErrorTests
{
    [Theory]
    [InlineData("MissingOperand", "public static double F(double x) => x * ;")]
    [InlineData("UndefinedIdentifier", "public static double F(double x) => x * undefinedScale;")]
    [InlineData("UndefinedMethod", "public static double F(double x) => Math.Sinn(x);")]
    [InlineData("WrongReturnType", "public static double F(double x) => \"text\";")]
    [InlineData("MissingReturn", "public static double F(double x) { var t = x * x; }")]
    public void Method_with_compile_errors_gets_no_diffgen_diagnostics(string name, string method)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("[Differentiable]\n" + method));

        Assert.True(!result.DiffGenDiagnostics.Any(),
            name + ": unexpected DiffGen diagnostics:\n" + GeneratorAssert.Describe(result, result.DiffGenDiagnostics));
        Assert.Contains(result.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS"));
        RejectionAssert.NothingGeneratedFor(result, "F");
    }

    [Fact]
    public void Broken_callee_does_not_make_a_valid_caller_report_diagnostics()
    {
        // The caller is fine; its callee is mid-edit. DiffGen must stay quiet about both rather than blame the caller.
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass("""
            [Differentiable]
            public static double F(double x) => 2.0 * Callee(x);

            [Differentiable]
            public static double Callee(double x) => x * ;
            """));

        GeneratorAssert.NoCrash(result);
        Assert.DoesNotContain(result.DiffGenDiagnostics, d => d.Id != "DIFF001");
        RejectionAssert.NothingGeneratedFor(result, "Callee");
    }
}
