using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DiffGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Asks a code fix provider which actions it offers for the analyzer's diagnostics, in a plain workspace, and
/// applies one: for the "offered / not offered" decisions and for sources with extra metadata references,
/// which the markup verifiers do not express directly.
/// </summary>
internal static class CodeFixOffers
{
    /// <summary>The code actions offered for every diagnostic with <paramref name="id"/> (there must be one) in the sources.</summary>
    public static async Task<IReadOnlyList<(Document Document, CodeAction Action)>> ActionsAsync(
        CodeFixProvider provider, string id, IEnumerable<MetadataReference> extraReferences, params string[] sources)
    {
        (Project project, ImmutableArray<Diagnostic> diagnostics) = await AnalyzeAsync(extraReferences, sources);

        // Every caller asks about a diagnostic that must be there; an empty answer must not come from a missing one.
        Assert.Contains(diagnostics, d => d.Id == id);
        var actions = new List<(Document, CodeAction)>();
        foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == id))
        {
            Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add((document, action)), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }

        return actions;
    }

    /// <summary>Compiles <paramref name="sources"/> (which must have no compiler errors) and runs the analyzer on them.</summary>
    public static async Task<(Project Project, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(IEnumerable<MetadataReference> extraReferences, params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(TestEnvironment.References.Concat(extraReferences));
        for (int i = 0; i < sources.Length; i++)
        {
            project = project.AddDocument($"Test{i}.cs", SourceText.From(sources[i]), filePath: $"/0/Test{i}.cs").Project;
        }

        Compilation compilation = (await project.GetCompilationAsync(CancellationToken.None))!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (project, diagnostics);
    }

    /// <summary>The titles of the actions offered, as <see cref="ActionsAsync"/> finds them.</summary>
    public static async Task<IReadOnlyList<string>> TitlesAsync(CodeFixProvider provider, string id, params string[] sources) =>
        (await ActionsAsync(provider, id, Enumerable.Empty<MetadataReference>(), sources)).Select(a => a.Action.Title).ToList();

    /// <summary>Applies <paramref name="action"/> (with the usual cleanup) and returns the new text of every document.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var texts = new List<string>();
        foreach (Document d in changed.GetProject(document.Project.Id)!.Documents)
        {
            texts.Add((await d.GetTextAsync(CancellationToken.None)).ToString());
        }

        return texts;
    }
}
