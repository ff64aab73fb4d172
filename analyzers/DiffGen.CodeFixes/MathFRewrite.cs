using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes;

/// <summary>
/// The rewrite of one <c>Math.X(args)</c> call to <c>MathF.X(args)</c>: which node is replaced (the call, or
/// the <c>(float)</c> cast directly around it) and by what.
/// </summary>
/// <param name="Target">The node to replace.</param>
/// <param name="Replacement">The MathF call that replaces it.</param>
/// <param name="FunctionName">The function's name, e.g. <c>Exp</c>.</param>
internal sealed record MathFRewrite(SyntaxNode Target, ExpressionSyntax Replacement, string FunctionName)
{
    /// <summary>Plans the rewrite, or returns null when the call is not a <c>Math.X</c> call with a float twin.</summary>
    public static MathFRewrite? Plan(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax access
            || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method
            || method.ContainingType is not { Name: "Math", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            || model.Compilation.GetTypeByMetadataName("System.MathF") is not INamedTypeSymbol mathF
            || !mathF.GetMembers(method.Name).OfType<IMethodSymbol>().Any(m =>
                m.Parameters.Length == method.Parameters.Length && m.Parameters.All(p => p.Type.SpecialType == SpecialType.System_Single)))
        {
            return null;
        }

        ExpressionSyntax newReceiver = Rename(access.Expression);
        if (newReceiver == access.Expression)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments.Select(a => a.WithExpression(ToFloat(a.Expression, model, cancellationToken)));
        ExpressionSyntax call = invocation
            .WithExpression(access.WithExpression(newReceiver))
            .WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(arguments, invocation.ArgumentList.Arguments.GetSeparators())));

        // MathF returns float already, so a (float) cast directly around the call is noise.
        if (invocation.Parent is CastExpressionSyntax cast && model.GetTypeInfo(cast.Type, cancellationToken).Type?.SpecialType == SpecialType.System_Single)
        {
            return new MathFRewrite(cast, call.WithTriviaFrom(cast), method.Name);
        }

        return new MathFRewrite(invocation, call, method.Name);
    }

    /// <summary><c>Math</c> → <c>MathF</c>, <c>System.Math</c> → <c>System.MathF</c>, <c>global::System.Math</c> likewise.</summary>
    private static ExpressionSyntax Rename(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax { Identifier.ValueText: "Math" } id => id.WithIdentifier(MathFToken(id.Identifier)),
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "Math" } id } m =>
            m.WithName(id.WithIdentifier(MathFToken(id.Identifier))),
        QualifiedNameSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "Math" } id } q =>
            q.WithRight(id.WithIdentifier(MathFToken(id.Identifier))),
        AliasQualifiedNameSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "Math" } id } a =>
            a.WithName(id.WithIdentifier(MathFToken(id.Identifier))),
        _ => receiver,
    };

    private static SyntaxToken MathFToken(SyntaxToken math) => SyntaxFactory.Identifier(math.LeadingTrivia, "MathF", math.TrailingTrivia);

    /// <summary>
    /// An argument as float: a float operand stays (its <c>(double)</c> cast goes), a double literal gets the
    /// <c>f</c> suffix, an integer constant converts implicitly, and anything else is cast to float.
    /// </summary>
    private static ExpressionSyntax ToFloat(ExpressionSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        ExpressionSyntax inner = argument;
        while (inner is CastExpressionSyntax c && model.GetTypeInfo(c.Type, cancellationToken).Type?.SpecialType == SpecialType.System_Double)
        {
            inner = c.Expression;
        }

        TypeInfo info = model.GetTypeInfo(inner, cancellationToken);
        if (info.Type?.SpecialType == SpecialType.System_Single)
        {
            return inner.WithTriviaFrom(argument);
        }

        if (argument is LiteralExpressionSyntax { Token.Value: double } literal)
        {
            string text = literal.Token.Text.TrimEnd('d', 'D');
            return literal.WithToken(SyntaxFactory.Literal(literal.Token.LeadingTrivia, text + "f", (float)(double)literal.Token.Value!, literal.Token.TrailingTrivia));
        }

        if (info.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16
            && model.GetConstantValue(inner, cancellationToken).HasValue)
        {
            return argument;
        }

        ExpressionSyntax operand = inner is IdentifierNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax or ParenthesizedExpressionSyntax
            ? inner.WithoutTrivia()
            : SyntaxFactory.ParenthesizedExpression(inner.WithoutTrivia());
        return SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.FloatKeyword)), operand).WithTriviaFrom(argument);
    }
}
