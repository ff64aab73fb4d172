using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>Adds <c>static</c> and <c>partial</c> where C# and the usual modifier order want them, keeping trivia.</summary>
internal static class Modifiers
{
    /// <summary>Whether a type declaration already says <c>partial</c>.</summary>
    public static bool IsPartial(TypeDeclarationSyntax type) => type.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>Whether adding <c>static</c> can give valid code (static cannot combine with these).</summary>
    public static bool CanMakeStatic(MethodDeclarationSyntax method) =>
        !method.Modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.VirtualKeyword)
            || m.IsKind(SyntaxKind.OverrideKeyword) || m.IsKind(SyntaxKind.AbstractKeyword) || m.IsKind(SyntaxKind.SealedKeyword))
        && method.ExplicitInterfaceSpecifier is null;

    /// <summary>
    /// The method with <c>static</c> after its accessibility modifiers (the order the .NET code style
    /// prefers: accessibility, then static), or first when it has none.
    /// </summary>
    public static MethodDeclarationSyntax WithStatic(MethodDeclarationSyntax method)
    {
        SyntaxTokenList modifiers = method.Modifiers;
        int index = 0;
        for (int i = 0; i < modifiers.Count; i++)
        {
            if (IsAccessibility(modifiers[i]))
            {
                index = i + 1;
            }
        }

        if (modifiers.Count == 0)
        {
            // The return type's leading trivia (indentation) moves to the new first token.
            TypeSyntax returnType = method.ReturnType;
            SyntaxToken token = SyntaxFactory.Token(returnType.GetLeadingTrivia(), SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return method.WithReturnType(returnType.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(token));
        }

        return method.WithModifiers(Insert(modifiers, index, SyntaxKind.StaticKeyword));
    }

    /// <summary>
    /// The type with <c>partial</c> as its last modifier, immediately before <c>class</c>, <c>struct</c>,
    /// <c>record</c> or <c>interface</c>, where C# requires it.
    /// </summary>
    public static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count == 0)
        {
            SyntaxToken keyword = type.Keyword;
            SyntaxToken partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return type.ReplaceToken(keyword, keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
        }

        return type.WithModifiers(Insert(type.Modifiers, type.Modifiers.Count, SyntaxKind.PartialKeyword));
    }

    private static bool IsAccessibility(SyntaxToken token) =>
        token.IsKind(SyntaxKind.PublicKeyword) || token.IsKind(SyntaxKind.PrivateKeyword) || token.IsKind(SyntaxKind.ProtectedKeyword)
        || token.IsKind(SyntaxKind.InternalKeyword) || token.IsKind(SyntaxKind.FileKeyword);

    /// <summary>Inserts a keyword into a non-empty modifier list; at the front it takes over the first modifier's leading trivia.</summary>
    private static SyntaxTokenList Insert(SyntaxTokenList modifiers, int index, SyntaxKind kind)
    {
        if (index == 0)
        {
            SyntaxToken first = modifiers[0];
            SyntaxToken token = SyntaxFactory.Token(first.LeadingTrivia, kind, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return modifiers.Replace(first, first.WithLeadingTrivia()).Insert(0, token);
        }

        return modifiers.Insert(index, SyntaxFactory.Token(SyntaxFactory.TriviaList(), kind, SyntaxFactory.TriviaList(SyntaxFactory.Space)));
    }
}
