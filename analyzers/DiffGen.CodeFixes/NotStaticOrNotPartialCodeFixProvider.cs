using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fixes DIFF004: "Make 'F' static" adds the <c>static</c> modifier to the method; "Make 'T' partial" adds
/// <c>partial</c> to the enclosing type the diagnostic names (one diagnostic per non-partial type, so
/// fix-all makes every one of them partial).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotStaticOrNotPartialCodeFixProvider))]
[Shared]
public sealed class NotStaticOrNotPartialCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of "Make 'F' static".</summary>
    public const string MakeStaticKey = "DIFF004.MakeStatic";

    /// <summary>The equivalence key of "Make 'T' partial".</summary>
    public const string MakePartialKey = "DIFF004.MakePartial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NotStaticOrNotPartial.Id);

    /// <summary>Fix All applies both kinds of fix, whichever action it starts from (see <see cref="NotStaticOrNotPartialFixAllProvider"/>).</summary>
    public override FixAllProvider GetFixAllProvider() => NotStaticOrNotPartialFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not MethodDeclarationSyntax method)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            switch (NotStaticOrNotPartialMessage.Parse(diagnostic))
            {
                case NotStaticOrNotPartialMessage.NotStatic when Modifiers.CanMakeStatic(method):
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Make '{method.Identifier.ValueText}' static",
                            ct => Replace(context.Document, method, Modifiers.WithStatic(method), ct),
                            MakeStaticKey),
                        diagnostic);
                    break;
                case NotStaticOrNotPartialMessage.NotPartial notPartial
                    when FindType(method, notPartial.TypeName) is TypeDeclarationSyntax type:
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Make '{notPartial.TypeName}' partial",
                            ct => Replace(context.Document, type, Modifiers.WithPartial(type), ct),
                            MakePartialKey),
                        diagnostic);
                    break;
            }
        }
    }

    /// <summary>The nearest enclosing type declaration named <paramref name="name"/> that is not partial yet.</summary>
    internal static TypeDeclarationSyntax? FindType(MethodDeclarationSyntax method, string name) =>
        method.Ancestors().OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(t => t.Identifier.ValueText == name && !Modifiers.IsPartial(t));

    private static async Task<Document> Replace(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}
