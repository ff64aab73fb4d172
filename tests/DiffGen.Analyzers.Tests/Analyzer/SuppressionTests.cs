using System.Threading;
using System.Threading.Tasks;
using DiffGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<DiffGen.Analyzers.DifferentiableAnalyzer>;

namespace DiffGen.Analyzers.Tests.Analyzer;

/// <summary>
/// The analyzer's diagnostics are at real source locations, so <c>#pragma warning disable</c> applies to them
/// (a diagnostic at Location.None or at a path-only location would ignore the pragma).
/// </summary>
public sealed class SuppressionTests
{
    private const string Seed = "    [Differentiable]\n    public static double F(double x) => x * x / (x + 0.6);";

    /// <summary>Without the pragma the seed case warns; this is what the next test suppresses.</summary>
    [Fact]
    public Task Seed_case_warns_without_pragma() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass(Seed.Replace("x * x / (x + 0.6)", "{|DIFF005:x * x / (x + 0.6)|}")));

    /// <summary>The same method inside <c>#pragma warning disable DIFF005</c> reports nothing.</summary>
    [Fact]
    public Task Pragma_warning_disable_suppresses_DIFF005() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass("#pragma warning disable DIFF005\n" + Seed + "\n#pragma warning restore DIFF005"));

    /// <summary>The pragma is scoped: a second singular method after the restore still warns.</summary>
    [Fact]
    public Task Pragma_restore_ends_the_suppression()
    {
        var test = new Verify.Test
        {
            TestCode = Sources.InClass(
                "#pragma warning disable DIFF005\n" + Seed + "\n#pragma warning restore DIFF005\n\n" +
                "    [Differentiable]\n    public static double G(double x) => {|DIFF005:Math.Log(x)|};"),

            // The library's own check wraps the file in one more '#pragma warning disable'; the restore here undoes it on purpose.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>An .editorconfig severity applies to the analyzer's diagnostics like to any other.</summary>
    [Fact]
    public Task Editorconfig_severity_none_turns_DIFF005_off()
    {
        var test = new Verify.Test { TestCode = Sources.InClass(Seed) };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DIFF005.severity = none\n"));
        return test.RunAsync(CancellationToken.None);
    }
}
