using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace DiffGen.CodeFixes;

/// <summary>Fully qualified names that the code-action cleanup shortens, adding the <c>using</c> they need.</summary>
internal static class Names
{
    /// <summary>
    /// <c>global::Namespace.<paramref name="shortName"/></c> for the type <paramref name="metadataName"/>, annotated so that
    /// cleanup adds <c>using Namespace;</c> if needed and reduces the name to <paramref name="shortName"/>.
    /// </summary>
    public static NameSyntax Imported(string metadataName, string shortName)
    {
        string ns = metadataName.Substring(0, metadataName.LastIndexOf('.'));
        return SyntaxFactory.ParseName("global::" + ns + "." + shortName)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }

    /// <summary>
    /// The document with the <c>using</c> directives that the names marked by <see cref="Imported"/> need (the
    /// code-action cleanup then shortens the names; on its own it imports only for symbol-annotated names,
    /// and that annotation is not public API).
    /// </summary>
    public static Task<Document> AddImportsAsync(Document document, CancellationToken cancellationToken) =>
        ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);

    /// <summary>The line break the document already uses (so inserted code matches it), or <c>\n</c>.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol
            ? eol
            : SyntaxFactory.EndOfLine("\n");
}
