using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DiffGen.Analyzers.Tests.Infrastructure;

/// <summary>Applies a code fix (one diagnostic at a time, then fix-all) and compares the result with the expected source.</summary>
/// <typeparam name="TAnalyzer">The analyzer that reports the diagnostics.</typeparam>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>An expected diagnostic with the given ID.</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    /// <summary>
    /// Verifies that the fix with <paramref name="equivalenceKey"/> turns <paramref name="source"/> into
    /// <paramref name="fixedSource"/>, both one diagnostic at a time and with fix-all.
    /// </summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, string equivalenceKey)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The test type, configured with DiffGen's references.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        /// <summary>Creates a test whose sources (the fixed states inherit them) reference .NET 10 and DiffGen.</summary>
        public Test() => TestEnvironment.Configure(TestState);
    }
}
