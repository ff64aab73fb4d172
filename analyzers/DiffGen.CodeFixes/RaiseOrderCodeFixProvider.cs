using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fixes the DIFF001 of a <c>[Differentiable(Order = n)]</c> method calling a <c>[Differentiable]</c> method of lower
/// order: "Set Order = n on 'G'" writes (or raises) the callee's <c>Order</c>, in whichever document declares it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseOrderCodeFixProvider))]
[Shared]
public sealed class RaiseOrderCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of "Set Order = n on 'G'".</summary>
    public const string Key = "DIFF001.RaiseOrder";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.NoDerivative.Id);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not InvocationExpressionSyntax invocation
                || model?.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol callee
                || invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not MethodDeclarationSyntax callerSyntax
                || model.GetDeclaredSymbol(callerSyntax, context.CancellationToken) is not IMethodSymbol caller)
            {
                continue;
            }

            callee = callee.OriginalDefinition;
            int order = DerivativeOrder.Of(caller);
            if (order < 2 || order > DerivativeOrder.Max || !KnownNames.HasAttribute(callee, KnownNames.DifferentiableAttribute)
                || DerivativeOrder.Of(callee) >= order || (order > DerivativeOrder.MaxForSeveralInputs && callee.Parameters.Length > 1)
                || Attribute(context.Document.Project.Solution, callee, context.CancellationToken) is not (AttributeSyntax attribute, Document document))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Set Order = {order} on '{callee.Name}'", ct => RaiseAsync(document, attribute, order, ct), Key),
                diagnostic);
        }
    }

    /// <summary>The callee's <c>[Differentiable]</c> attribute in source and its document, or null.</summary>
    private static (AttributeSyntax, Document)? Attribute(Solution solution, IMethodSymbol callee, CancellationToken ct)
    {
        foreach (AttributeData data in callee.GetAttributes())
        {
            if (KnownNames.IsAttribute(data, KnownNames.DifferentiableAttribute)
                && data.ApplicationSyntaxReference?.GetSyntax(ct) is AttributeSyntax syntax
                && solution.GetDocument(syntax.SyntaxTree) is Document document)
            {
                return (syntax, document);
            }
        }

        return null;
    }

    private static async Task<Solution> RaiseAsync(Document document, AttributeSyntax attribute, int order, CancellationToken ct)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
        LiteralExpressionSyntax value = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(order));
        AttributeArgumentSyntax? existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == DerivativeOrder.PropertyName);
        AttributeSyntax raised = existing is not null
            ? attribute.ReplaceNode(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)))
            : attribute.AddArgumentListArguments(SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(DerivativeOrder.PropertyName)), null, value));
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, raised)).Project.Solution;
    }
}
