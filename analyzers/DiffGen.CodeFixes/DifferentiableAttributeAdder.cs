using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>Puts <c>[Differentiable]</c> on method declarations (adding <c>using DiffGen;</c> where needed).</summary>
internal static class DifferentiableAttributeAdder
{
    /// <summary>The solution with <c>[Differentiable]</c> on each of <paramref name="methods"/>; every document is edited once.</summary>
    public static async Task<Solution> AddAsync(Solution solution, IEnumerable<(Document Document, MethodDeclarationSyntax Syntax)> methods, CancellationToken cancellationToken)
    {
        foreach (IGrouping<DocumentId, (Document Document, MethodDeclarationSyntax Syntax)> group in methods.GroupBy(m => m.Document.Id))
        {
            Document document = solution.GetDocument(group.Key)!;
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            SyntaxTrivia endOfLine = Names.EndOfLine(root);
            root = root.ReplaceNodes(group.Select(m => m.Syntax).Distinct(), (_, current) => WithAttribute(current, endOfLine));
            document = await Names.AddImportsAsync(document.WithSyntaxRoot(root), cancellationToken).ConfigureAwait(false);
            solution = document.Project.Solution;
        }

        return solution;
    }

    /// <summary>
    /// The method with <c>[Differentiable]</c> as its first attribute list. The new list takes over the method's
    /// leading trivia (doc comment, indentation); the method's first token keeps only the indentation.
    /// </summary>
    private static MethodDeclarationSyntax WithAttribute(MethodDeclarationSyntax method, SyntaxTrivia endOfLine)
    {
        NameSyntax name = Names.Imported(KnownNames.DifferentiableAttribute, "Differentiable");
        AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)));
        SyntaxTriviaList leading = method.GetLeadingTrivia();
        SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        list = list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine);
        MethodDeclarationSyntax updated = method.WithLeadingTrivia(indentation);
        return updated.WithAttributeLists(updated.AttributeLists.Insert(0, list));
    }
}
