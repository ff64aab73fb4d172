using System.Threading;
using System.Threading.Tasks;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// What to do about one DIFF001: put <c>[Differentiable]</c> on the callee's declaration
/// (<see cref="CalleeDeclaration"/> set), or add a <c>[DerivativeOf]</c> stub for it.
/// </summary>
/// <param name="Callee">The called method (its original definition).</param>
/// <param name="Caller">The [Differentiable] method that calls it.</param>
/// <param name="CalleeDeclaration">The callee's document and declaration when adding the attribute is enough, else null.</param>
internal sealed record NoDerivativeFix(IMethodSymbol Callee, IMethodSymbol Caller, (Document Document, MethodDeclarationSyntax Syntax)? CalleeDeclaration)
{
    /// <summary>The equivalence key of the action this fix is.</summary>
    public string EquivalenceKey => CalleeDeclaration is null ? NoDerivativeCodeFixProvider.AddStubKey : NoDerivativeCodeFixProvider.AddDifferentiableKey;

    /// <summary>The title of the action this fix is.</summary>
    public string Title => CalleeDeclaration is null ? $"Add a [DerivativeOf] stub for '{Callee.Name}'" : $"Add [Differentiable] to '{Callee.Name}'";

    /// <summary>Decides the fix for <paramref name="diagnostic"/> in <paramref name="document"/>, or null when there is none.</summary>
    public static async Task<NoDerivativeFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is null || model is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not InvocationExpressionSyntax invocation
            || model.GetSymbolInfo(invocation, ct).Symbol is not IMethodSymbol callee
            || invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not MethodDeclarationSyntax caller
            || model.GetDeclaredSymbol(caller, ct) is not IMethodSymbol callerSymbol
            || !DerivativeStub.CanDescribe(callee))
        {
            return null;
        }

        callee = callee.OriginalDefinition;
        if (KnownNames.HasAttribute(callee, KnownNames.DifferentiableAttribute))
        {
            // Already [Differentiable] but failing: the errors on the callee say why; neither fix would help.
            return null;
        }

        if (await DifferentiableDeclarationAsync(document.Project.Solution, callee, ct).ConfigureAwait(false) is { } declaration)
        {
            return new NoDerivativeFix(callee, callerSymbol, declaration);
        }

        return DerivativeStub.HasRegistration(callee, callerSymbol.ContainingType) ? null : new NoDerivativeFix(callee, callerSymbol, null);
    }

    /// <summary>
    /// The callee's declaration when it is in this solution, has a body, and the generator's front end lowers it
    /// without errors: adding the attribute is then all it takes.
    /// </summary>
    private static async Task<(Document, MethodDeclarationSyntax)?> DifferentiableDeclarationAsync(Solution solution, IMethodSymbol callee, CancellationToken ct)
    {
        foreach (SyntaxReference reference in callee.DeclaringSyntaxReferences)
        {
            if (await reference.GetSyntaxAsync(ct).ConfigureAwait(false) is not MethodDeclarationSyntax { } syntax
                || (syntax.Body is null && syntax.ExpressionBody is null)
                || solution.GetDocument(syntax.SyntaxTree) is not Document document
                || await document.GetSemanticModelAsync(ct).ConfigureAwait(false) is not SemanticModel calleeModel)
            {
                continue;
            }

            // Lower checks the method itself, not its attribute: the answer the generator will give once it has one.
            if (MethodLowering.Lower(callee, syntax, calleeModel, ct).Method is not null)
            {
                return (document, syntax);
            }
        }

        return null;
    }
}
