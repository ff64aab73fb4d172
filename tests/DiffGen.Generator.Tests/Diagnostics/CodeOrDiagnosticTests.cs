using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// Every [Differentiable] method that compiles gets either generated code or a DiffGen error on the user's code:
/// never neither (which the user sees only as CS0117 at a call site). Walks constructs, supported and not.
/// </summary>
public sealed class CodeOrDiagnosticTests
{
    /// <summary>Case name and the body of <c>F(double x)</c> (statements).</summary>
    public static IEnumerable<object[]> Constructs => new[]
    {
        new object[] { "IsVar", "return x is var t ? t * t : 0.0;" },
        new object[] { "IsTypeDeclaration", "if (x is double d) { return d * d; } return 0.0;" },
        new object[] { "OutArgument", "int q = Math.DivRem(7, 2, out int r); return x * r + q;" },
        new object[] { "OutVarDiscard", "double.TryParse(\"1\", out _); return x;" },
        new object[] { "RefLocal", "double y = x * x; ref double r = ref y; return r + 1.0;" },
        new object[] { "RefReadonlyLocal", "double y = x * x; ref readonly double r = ref y; return r;" },
        new object[] { "TupleDeconstruction", "var (a, b) = (x * x, x + 1.0); return a * b;" },
        new object[] { "TupleDeconstructionFromLocal", "var t = (x * x, x + 1.0); var (a, b) = t; return a * b;" },
        new object[] { "TupleLocalItem", "var t = (x * x, x + 1.0); return t.Item1;" },
        new object[] { "SinCos", "var (s, c) = Math.SinCos(x); return s * c;" },
        new object[] { "SinCosItem", "return Math.SinCos(x).Sin;" },
        new object[] { "ChainedAssignment", "double a, b; a = b = x * 2.0; return a * b;" },
        new object[] { "AssignmentInExpression", "double t; double u = (t = x * x) + 1.0; return t * u;" },
        new object[] { "AssignmentInConditionalBranch", "double t = 0.0; double u = x > 0.0 ? (t = x) : 1.0; return t * u;" },
        new object[] { "ParameterAssignment", "x = x * 2.0; x += 1.0; return x;" },
        new object[] { "IncrementInBranch", "double t = x; double u = x > 0.0 ? t++ : 1.0; return t * u;" },
        new object[] { "SwitchStatement", "switch (x) { case < 0.0: return -x; case 0.0: return 0.0; default: return x * x; }" },
        new object[] { "SwitchStatementBreakInside", "double y = 0.0; switch (x) { case > 0.0: if (x > 1.0) { break; } y = x; break; } return y;" },
        new object[] { "AssignmentInCaseGuard", "double t = 0.0; switch (x) { case > 0.0 when (t = x) > 1.0: return t; default: return t * x; }" },
        new object[] { "SwitchExpression", "return x switch { < 0.0 => -x, _ => x * x };" },
        new object[] { "SwitchExpressionNotExhaustive", "#pragma warning disable CS8509\nreturn x switch { < 0.0 => -x, >= 0.0 => x * x };\n#pragma warning restore CS8509" },
        new object[] { "PropertyPattern", "return x is { } ? x : 0.0;" },
        new object[] { "LocalFunction", "return Twice(x);\nstatic double Twice(double v) => 2.0 * v;" },
        new object[] { "LocalFunctionCapturing", "double k = x * x; return AddK(x);\ndouble AddK(double v) => v + k;" },
        new object[] { "LocalFunctionAssigningCapture", "double k = 1.0; Bump(); return k * x;\nvoid Bump() => k = 2.0;" },
        new object[] { "LocalFunctionRecursive", "return Down(x);\nstatic double Down(double v) => v > 1.0 ? Down(v * 0.5) : v;" },
        new object[] { "Lambda", "Func<double, double> f = v => v * v; return f(x);" },
        new object[] { "ThrowExpression", "return x >= 0.0 ? Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));" },
        new object[] { "ThrowStatement", "if (double.IsNaN(x)) { throw new ArgumentException(\"NaN\"); } return x * x;" },
        new object[] { "Checked", "return checked(x * 2.0);" },
        new object[] { "Default", "double y = default; return x + y;" },
        new object[] { "NameofInString", "string s = nameof(x); return x;" },
        new object[] { "Interpolation", "string s = $\"{x}\"; return x;" },
        new object[] { "UsingDeclaration", "using var m = new System.IO.MemoryStream(); return x;" },
        new object[] { "Lock", "lock (typeof(C)) { return x; }" },
        new object[] { "ForLoop", "double s = 0.0; for (int i = 0; i < 2; i++) { s += x; } return s;" },
        new object[] { "GotoCase", "switch ((int)x) { case 0: goto case 1; case 1: return x; default: return -x; }" },
        new object[] { "Hypot", "return double.Hypot(x, 1.0);" },
        new object[] { "MaxNumber", "return double.MaxNumber(x, 0.0);" },
        new object[] { "DecimalLocal", "decimal m = 1m; return x * (double)m;" },
        new object[] { "StackallocSpan", "Span<double> s = stackalloc double[1]; s[0] = x; return s[0];" },
        new object[] { "InstanceCall", "return x.CompareTo(0.0) > 0 ? x : -x;" },
        new object[] { "ConstantPatternNaN", "return x is double.NaN ? 0.0 : x;" },
        new object[] { "NotPattern", "return x is not 0.0 ? x * x : 1.0;" },
        new object[] { "IntegerOps", "int i = (int)x; i++; i = ~i; return x * i;" },
        new object[] { "RoundModes", "return Math.Round(x, MidpointRounding.AwayFromZero) + Math.Round(x, 2) + Math.Round(x, 1, MidpointRounding.ToZero) + x;" },
        new object[] { "RoundModeVariable", "MidpointRounding m = x > 0.0 ? MidpointRounding.ToZero : MidpointRounding.ToEven; return Math.Round(x, m) + x;" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void A_method_gets_code_or_a_diagnostic(string name, string body)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass($$"""
            [Differentiable]
            public static double F(double x)
            {
            {{body}}
            }
            """));

        GeneratorAssert.NoCrash(result);
        var userErrors = result.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !d.Location.SourceTree!.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal))
            .ToList();
        Assert.True(userErrors.Count == 0, $"{name}: the case itself does not compile:\n" + GeneratorAssert.Describe(userErrors));

        var generated = GeneratorAssert.GeneratedFor(result, CaseSource.TypeHint);
        bool hasCode = generated is not null && generated.Contains("FDerivative(double x)", System.StringComparison.Ordinal);
        var errors = result.DiffGenDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(hasCode || errors.Count > 0, $"{name}: neither generated code nor a DiffGen error");
        Assert.False(hasCode && errors.Count > 0, $"{name}: generated code and errors:\n" + GeneratorAssert.Describe(result, errors));
        if (hasCode)
        {
            GeneratorAssert.CompilesWithoutErrors(result);
        }
        else
        {
            // The error is on the user's code, inside the method, and names the construct (not an empty type name).
            Assert.All(errors, e => Assert.DoesNotContain("''", e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains(errors, e => e.Location.IsInSource || e.Location.Kind == LocationKind.ExternalFile);
        }
    }

    /// <summary>The constructs that must be supported (generated code), not just diagnosed.</summary>
    [Theory]
    [InlineData("IsVar")]
    [InlineData("IsTypeDeclaration")]
    [InlineData("TupleDeconstruction")]
    [InlineData("SinCos")]
    [InlineData("ChainedAssignment")]
    [InlineData("AssignmentInExpression")]
    [InlineData("ParameterAssignment")]
    [InlineData("SwitchStatement")]
    [InlineData("SwitchExpression")]
    [InlineData("SwitchExpressionNotExhaustive")]
    [InlineData("LocalFunction")]
    [InlineData("LocalFunctionCapturing")]
    [InlineData("ThrowExpression")]
    [InlineData("ThrowStatement")]
    [InlineData("ConstantPatternNaN")]
    [InlineData("NotPattern")]
    [InlineData("IntegerOps")]
    [InlineData("RoundModes")]
    public void A_supported_construct_gets_code(string name)
    {
        string body = (string)Constructs.Single(c => (string)c[0] == name)[1];
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass($$"""
            [Differentiable]
            public static double F(double x)
            {
            {{body}}
            }
            """));

        var errors = result.DiffGenDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{name}:\n" + GeneratorAssert.Describe(result, errors));
        var generated = GeneratorAssert.GeneratedFor(result, CaseSource.TypeHint);
        Assert.NotNull(generated);
        Assert.Contains("FDerivative(double x)", generated);
        GeneratorAssert.CompilesWithoutErrors(result);
    }
}
