using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fix All for DIFF009: every <c>Math.X</c> call in a float method of the scope becomes <c>MathF.X</c>, in one action.
/// </summary>
/// <remarks>
/// Roslyn's batch fixer asks the provider for each diagnostic's action and merges their text changes; under
/// <c>dotnet format analyzers</c> with several diagnostic IDs it returned no action at all ("didn't return a Fix All
/// action"), so one run left DIFF009 unfixed. This provider always returns its action and rewrites each document
/// once, with the same <see cref="MathFRewrite"/> plans as the single fix. A call nested in another's rewrite
/// (<c>Math.Exp((float)Math.Tanh(x))</c>) is left for the next run rather than merged by hand.
/// </remarks>
internal sealed class DoubleMathFixAllProvider : FixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly DoubleMathFixAllProvider Instance = new();

    /// <inheritdoc/>
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        Dictionary<DocumentId, List<Diagnostic>> byDocument = await FixAllDiagnostics.ByDocumentAsync(fixAllContext).ConfigureAwait(false);
        return CodeAction.Create(
            "Use MathF in every float method",
            ct => FixAsync(fixAllContext.Solution, byDocument, ct),
            fixAllContext.CodeActionEquivalenceKey);
    }

    private static async Task<Solution> FixAsync(Solution solution, Dictionary<DocumentId, List<Diagnostic>> byDocument, CancellationToken ct)
    {
        foreach (KeyValuePair<DocumentId, List<Diagnostic>> entry in byDocument)
        {
            Document document = solution.GetDocument(entry.Key)!;
            SyntaxNode root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
            SemanticModel model = (await document.GetSemanticModelAsync(ct).ConfigureAwait(false))!;
            var rewrites = new Dictionary<SyntaxNode, MathFRewrite>();
            foreach (Diagnostic diagnostic in entry.Value)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is InvocationExpressionSyntax invocation
                    && MathFRewrite.Plan(invocation, model, ct) is MathFRewrite rewrite)
                {
                    rewrites[rewrite.Target] = rewrite;
                }
            }

            // Outermost rewrites only: a nested one would be replaced inside a replacement that no longer holds it.
            var outermost = rewrites.Keys.Where(t => !rewrites.Keys.Any(o => o != t && o.Span.Contains(t.Span))).ToList();
            root = root.ReplaceNodes(outermost, (original, _) => rewrites[original].Replacement);
            solution = solution.WithDocumentSyntaxRoot(entry.Key, root);
        }

        return solution;
    }
}
