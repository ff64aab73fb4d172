using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.Generator;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace DiffGen.CodeFixes;

/// <summary>
/// Writes a <c>[DerivativeOf]</c> stub for a callee with no derivative: a static method with the callee's
/// exact parameter list that returns the derivative (one input) or the tuple of partial derivatives
/// (several inputs), whose body throws until the user fills it in.
/// </summary>
internal static class DerivativeStub
{
    /// <summary>
    /// Whether a registered derivative could make calls to <paramref name="callee"/> differentiable: a static,
    /// non-generic method outside Math/MathF taking and returning one type, float or double (the shape the
    /// front end accepts for [DerivativeOf]).
    /// </summary>
    public static bool CanDescribe(IMethodSymbol callee) =>
        callee is { IsStatic: true, IsGenericMethod: false, MethodKind: MethodKind.Ordinary }
        && callee.ContainingType is not { Name: "Math" or "MathF", ContainingNamespace.Name: "System" }
        && KnownNames.NumericTypeOf(callee.ReturnType) is { } type
        && callee.Parameters.Length is > 0 and <= KnownNames.MaxInputs
        && callee.Parameters.All(p => p.RefKind == RefKind.None && !p.IsParams && KnownNames.NumericTypeOf(p.Type) == type);

    /// <summary>
    /// Whether some method in the callee's type or <paramref name="callerType"/> is already registered as its
    /// derivative; if that registration is wrong, DIFF001 says why, and a second stub would only add ambiguity.
    /// </summary>
    public static bool HasRegistration(IMethodSymbol callee, INamedTypeSymbol callerType) =>
        new[] { callee.ContainingType, callerType }.SelectMany(t => t.GetMembers()).OfType<IMethodSymbol>()
            .Any(m => m.GetAttributes().Any(a => KnownNames.IsAttribute(a, KnownNames.DerivativeOfAttribute) && Targets(a, callee)));

    /// <summary>Whether a <c>[DerivativeOf(name)]</c> or <c>[DerivativeOf(typeof(T), name)]</c> names <paramref name="callee"/>.</summary>
    private static bool Targets(AttributeData attribute, IMethodSymbol callee) => attribute.ConstructorArguments switch
    {
        { Length: 1 } args => args[0].Value as string == callee.Name,
        { Length: 2 } args => args[1].Value as string == callee.Name
            && SymbolEqualityComparer.Default.Equals(args[0].Value as ITypeSymbol, callee.ContainingType),
        _ => false,
    };

    /// <summary>
    /// Adds a stub for each callee: after the callee in its own type when that is in this solution; otherwise (a
    /// method from a referenced assembly) after the caller in the caller's type, registered with
    /// <c>[DerivativeOf(typeof(T), nameof(T.Foo))]</c>. Every document is edited once, however many stubs it gets.
    /// </summary>
    public static async Task<Solution> AddAsync(Solution solution, IEnumerable<(IMethodSymbol Callee, IMethodSymbol Caller)> targets, CancellationToken cancellationToken)
    {
        var planned = new List<(Document Document, MethodDeclarationSyntax Anchor, IMethodSymbol Callee, INamedTypeSymbol Type)>();
        foreach ((IMethodSymbol callee, IMethodSymbol caller) in targets)
        {
            if (await FindAsync(solution, callee, cancellationToken).ConfigureAwait(false) is (Document calleeDocument, MethodDeclarationSyntax calleeSyntax))
            {
                planned.Add((calleeDocument, calleeSyntax, callee, callee.ContainingType));
            }
            else if (await FindAsync(solution, caller, cancellationToken).ConfigureAwait(false) is (Document callerDocument, MethodDeclarationSyntax callerSyntax))
            {
                planned.Add((callerDocument, callerSyntax, callee, caller.ContainingType));
            }
        }

        var taken = new HashSet<string>();
        foreach (var group in planned.GroupBy(p => p.Document.Id))
        {
            Document document = solution.GetDocument(group.Key)!;
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            SyntaxTrivia endOfLine = Names.EndOfLine(root);
            var anchors = group.Select(p => p.Anchor).Distinct().ToList();
            root = root.TrackNodes(anchors);
            foreach (MethodDeclarationSyntax anchor in anchors)
            {
                var stubs = group.Where(p => p.Anchor == anchor).Select(p =>
                {
                    bool inCalleeType = SymbolEqualityComparer.Default.Equals(p.Type, p.Callee.ContainingType);
                    string name = FreeName(p.Type, p.Callee.Name + GeneratedNames.DerivativeSuffix, taken);
                    return (SyntaxNode)Build(p.Callee, inCalleeType, name).WithLeadingTrivia(endOfLine).WithAdditionalAnnotations(Formatter.Annotation);
                }).ToList();
                root = root.InsertNodesAfter(root.GetCurrentNode(anchor)!, stubs);
            }

            document = await Names.AddImportsAsync(document.WithSyntaxRoot(root), cancellationToken).ConfigureAwait(false);
            solution = document.Project.Solution;
        }

        return solution;
    }

    private static async Task<(Document?, MethodDeclarationSyntax?)> FindAsync(Solution solution, IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is MethodDeclarationSyntax syntax
                && syntax.Parent is TypeDeclarationSyntax
                && solution.GetDocument(syntax.SyntaxTree) is Document document)
            {
                return (document, syntax);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// <paramref name="name"/>, or <paramref name="name"/>2, 3… if the type already has a member of that name or
    /// this fix already used it there (<paramref name="taken"/> holds "type|name").
    /// </summary>
    private static string FreeName(INamedTypeSymbol type, string name, HashSet<string> taken)
    {
        string prefix = type.ToDisplayString() + "|";
        string candidate = name;
        for (int i = 2; type.GetMembers(candidate).Length > 0 || taken.Contains(prefix + candidate); i++)
        {
            candidate = name + i;
        }

        taken.Add(prefix + candidate);
        return candidate;
    }

    private static MethodDeclarationSyntax Build(IMethodSymbol callee, bool inCalleeType, string name)
    {
        string type = callee.ReturnType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        IReadOnlyList<IParameterSymbol> parameters = callee.Parameters;
        string returnType = parameters.Count == 1
            ? type
            : "(" + string.Join(", ", parameters.Select(p => type + " d" + p.Name)) + ")";
        string parameterList = string.Join(", ", parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + " " + Identifier(p.Name)));
        string message = parameters.Count == 1
            ? $"TODO: return the derivative of {callee.Name} with respect to {parameters[0].Name}."
            : $"TODO: return the partial derivatives of {callee.Name} with respect to {string.Join(", ", parameters.Select(p => p.Name))}, in that order.";
        string calleeType = callee.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string target = inCalleeType ? $"nameof({Identifier(callee.Name)})" : $"typeof({calleeType}), nameof({calleeType}.{Identifier(callee.Name)})";

        var method = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
            $"[global::DiffGen.DerivativeOf({target})]\n" +
            $"public static {returnType} {name}({parameterList})\n" +
            "{\n" +
            $"throw new global::System.NotImplementedException({SymbolDisplay.FormatLiteral(message, quote: true)});\n" +
            "}\n")!;

        // Every global::-qualified name is shortened by the code-action cleanup; the attribute's namespace is imported.
        AttributeSyntax attribute = method.AttributeLists[0].Attributes[0];
        method = method.ReplaceNode(attribute, attribute.WithName(Names.Imported(KnownNames.DerivativeOfAttribute, "DerivativeOf")));
        return method.ReplaceNodes(
            method.DescendantNodes().Where(n => n is AliasQualifiedNameSyntax || n is QualifiedNameSyntax { Left: AliasQualifiedNameSyntax } || n is MemberAccessExpressionSyntax),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
