using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DiffGen.CodeFixes;

/// <summary>
/// A Fix All that always returns its one action and rewrites each document of the scope once, from all of that
/// document's diagnostics (Roslyn's batch fixer returned no action under <c>dotnet format analyzers</c> with several
/// IDs, and merged per-diagnostic edits one key at a time). Subclasses say how one document is fixed.
/// </summary>
internal abstract class PerDocumentFixAllProvider : FixAllProvider
{
    /// <summary>The action's title.</summary>
    protected abstract string Title { get; }

    /// <inheritdoc/>
    public sealed override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        Dictionary<DocumentId, List<Diagnostic>> byDocument = await FixAllDiagnostics.ByDocumentAsync(fixAllContext).ConfigureAwait(false);
        return CodeAction.Create(
            Title,
            async ct =>
            {
                Solution solution = fixAllContext.Solution;
                foreach (KeyValuePair<DocumentId, List<Diagnostic>> entry in byDocument)
                {
                    Document document = await FixDocumentAsync(solution.GetDocument(entry.Key)!, entry.Value, ct).ConfigureAwait(false);
                    solution = document.Project.Solution;
                }

                return solution;
            },
            fixAllContext.CodeActionEquivalenceKey);
    }

    /// <summary>Fixes every diagnostic of <paramref name="diagnostics"/> in <paramref name="document"/>.</summary>
    /// <param name="document">The document, in the solution as the previous documents left it.</param>
    /// <param name="diagnostics">Its diagnostics in the Fix All's scope.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The fixed document.</returns>
    protected abstract Task<Document> FixDocumentAsync(Document document, List<Diagnostic> diagnostics, CancellationToken ct);
}
