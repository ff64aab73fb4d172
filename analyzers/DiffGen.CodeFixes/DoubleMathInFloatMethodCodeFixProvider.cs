using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fixes DIFF009: rewrites <c>(float)Math.Exp(x)</c> in a float method as <c>MathF.Exp(x)</c>, dropping the
/// cast back to float and any <c>(double)</c> casts of float arguments, so the whole computation stays in float.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DoubleMathInFloatMethodCodeFixProvider))]
[Shared]
public sealed class DoubleMathInFloatMethodCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of "Use MathF.X".</summary>
    public const string UseMathFKey = "DIFF009.UseMathF";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DoubleMathInFloatMethod.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => DoubleMathFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SyntaxNode node
                || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not InvocationExpressionSyntax invocation
                || MathFRewrite.Plan(invocation, model, context.CancellationToken) is not MathFRewrite rewrite)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use MathF.{rewrite.FunctionName}",
                    ct => Apply(context.Document, rewrite, ct),
                    UseMathFKey),
                diagnostic);
        }
    }

    private static async Task<Document> Apply(Document document, MathFRewrite rewrite, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(rewrite.Target, rewrite.Replacement));
    }
}
