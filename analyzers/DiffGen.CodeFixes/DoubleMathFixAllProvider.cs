using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fix All for DIFF009: every <c>Math.X</c> call in a float method of the scope becomes <c>MathF.X</c>, in one action.
/// </summary>
/// <remarks>
/// Roslyn's batch fixer asks the provider for each diagnostic's action and merges their text changes; under
/// <c>dotnet format analyzers</c> with several diagnostic IDs it returned no action at all ("didn't return a Fix All
/// action"), so one run left DIFF009 unfixed. This provider always returns its action and rewrites each document
/// once, with the same <see cref="MathFRewrite"/> plans as the single fix. Nested calls
/// (<c>Math.Exp((float)Math.Tanh(x))</c>) are rewritten innermost first, so one run converges.
/// </remarks>
internal sealed class DoubleMathFixAllProvider : PerDocumentFixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly DoubleMathFixAllProvider Instance = new();

    /// <inheritdoc/>
    protected override string Title => "Use MathF in every float method";

    /// <inheritdoc/>
    protected override async Task<Document> FixDocumentAsync(Document document, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
        var pending = new SyntaxAnnotation(nameof(DoubleMathFixAllProvider));
        var calls = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>())
            .OfType<InvocationExpressionSyntax>()
            .Distinct()
            .ToList();
        root = root.ReplaceNodes(calls, (_, call) => call.WithAdditionalAnnotations(pending));

        // Innermost calls first, one nesting level per round, each planned on the text the previous rounds left:
        // an outer call's rewrite then holds its arguments' rewrites (Math.Exp((float)Math.Tanh(x)) in one run).
        while (true)
        {
            document = document.WithSyntaxRoot(root);
            root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
            var innermost = root.GetAnnotatedNodes(pending).OfType<InvocationExpressionSyntax>()
                .Where(call => !call.DescendantNodes().Any(n => n.HasAnnotation(pending)))
                .ToList();
            if (innermost.Count == 0)
            {
                break;
            }

            SemanticModel model = (await document.GetSemanticModelAsync(ct).ConfigureAwait(false))!;
            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (InvocationExpressionSyntax call in innermost)
            {
                // A call with no rewrite (no float twin) just loses its mark, so every round makes progress.
                MathFRewrite? rewrite = MathFRewrite.Plan(call, model, ct);
                (SyntaxNode target, SyntaxNode replacement) = rewrite is null ? (call, call) : (rewrite.Target, rewrite.Replacement);
                replacements[target] = replacement.WithoutAnnotations(pending);
            }

            root = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        }

        return document;
    }
}
