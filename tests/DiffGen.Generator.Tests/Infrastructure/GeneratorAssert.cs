using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>Assertions shared by the generator tests, with failure messages that show the offending diagnostics.</summary>
internal static class GeneratorAssert
{
    /// <summary>The generator reported nothing at all.</summary>
    public static void NoGeneratorDiagnostics(GeneratorRunResult result) =>
        Assert.True(result.GeneratorDiagnostics.Count == 0, "Unexpected generator diagnostics:\n" + Describe(result, result.GeneratorDiagnostics));

    /// <summary>The output compilation, generated code included, has no errors and no warnings.</summary>
    public static void CompilesCleanly(GeneratorRunResult result) =>
        Assert.True(result.CompilationDiagnostics.Count == 0,
            "Output compilation has diagnostics:\n" + Describe(result.CompilationDiagnostics) + "\n" + AllGenerated(result));

    /// <summary>The output compilation has no errors (warnings allowed).</summary>
    public static void CompilesWithoutErrors(GeneratorRunResult result)
    {
        var errors = result.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Output compilation has errors:\n" + Describe(errors) + "\n" + AllGenerated(result));
    }

    /// <summary>
    /// No DIFF000 (internal error), CS8785 (generator threw) or AD0001 (analyzer threw): DiffGen never crashes.
    /// </summary>
    public static void NoCrash(GeneratorRunResult result)
    {
        var crashes = result.DiffGenDiagnostics.Where(d => d.Id is "DIFF000" or "CS8785" or "AD0001").ToList();
        Assert.True(crashes.Count == 0, "The generator failed:\n" + Describe(result, crashes));
    }

    /// <summary>
    /// The source text a diagnostic's location covers. Generators report locations rebuilt from a path and a span
    /// (their pipeline may not hold syntax trees), so the tree is found by path in <paramref name="result"/>.
    /// </summary>
    public static string LocatedText(GeneratorRunResult result, Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree
            ?? result.OutputCompilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == diagnostic.Location.GetLineSpan().Path);
        Assert.True(tree is not null, $"{diagnostic.Id} is not located in any source file: {diagnostic}");
        return tree!.GetText().ToString(diagnostic.Location.SourceSpan);
    }

    /// <summary>The text of the single generated file whose hint name starts with <paramref name="typeHint"/>, or null.</summary>
    public static string? GeneratedFor(GeneratorRunResult result, string typeHint) =>
        result.GeneratedSources.Where(g => g.HintName.StartsWith(typeHint, System.StringComparison.Ordinal))
            .Select(g => g.Text)
            .SingleOrDefault();

    /// <summary>One line per diagnostic, with the located text.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.Location.IsInSource
            ? $"{d} [at: {d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)}]"
            : d.ToString()));

    /// <summary>One line per diagnostic, with the located text looked up in <paramref name="result"/>.</summary>
    public static string Describe(GeneratorRunResult result, IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d} [at: {TryLocatedText(result, d)}]"));

    private static string TryLocatedText(GeneratorRunResult result, Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree
            ?? result.OutputCompilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == diagnostic.Location.GetLineSpan().Path);
        return tree is null ? "(no source)" : tree.GetText().ToString(diagnostic.Location.SourceSpan);
    }

    private static string AllGenerated(GeneratorRunResult result) =>
        string.Join("\n", result.GeneratedSources.Select(g => "=== " + g.HintName + " ===\n" + g.Text));
}
