using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fix All for DIFF004: makes every reported method static and every reported type partial at once, whichever of the
/// two actions it was started from. One pass of Fix All (or of <c>dotnet format analyzers</c>, which applies one
/// equivalence key per diagnostic ID and run) then leaves no DIFF004 behind; per key it took two.
/// </summary>
internal sealed class NotStaticOrNotPartialFixAllProvider : PerDocumentFixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly NotStaticOrNotPartialFixAllProvider Instance = new();

    /// <inheritdoc/>
    protected override string Title => "Make every [Differentiable] method static and its types partial";

    /// <inheritdoc/>
    protected override async Task<Document> FixDocumentAsync(Document document, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
        var targets = new HashSet<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not MethodDeclarationSyntax method)
            {
                continue;
            }

            switch (NotStaticOrNotPartialMessage.Parse(diagnostic))
            {
                case NotStaticOrNotPartialMessage.NotStatic when Modifiers.CanMakeStatic(method):
                    targets.Add(method);
                    break;
                case NotStaticOrNotPartialMessage.NotPartial notPartial
                    when NotStaticOrNotPartialCodeFixProvider.FindType(method, notPartial.TypeName) is TypeDeclarationSyntax type:
                    targets.Add(type);
                    break;
            }
        }

        // Types enclose methods and other types: ReplaceNodes hands each replacement its already rewritten children.
        root = root.ReplaceNodes(targets, (_, rewritten) => rewritten switch
        {
            MethodDeclarationSyntax m => Modifiers.WithStatic(m),
            TypeDeclarationSyntax t => Modifiers.WithPartial(t),
            _ => rewritten,
        });
        return document.WithSyntaxRoot(root);
    }
}
