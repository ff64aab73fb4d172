using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Checks what a <c>[Differentiable]</c> method's declaration must be (DIFF003, DIFF004, DIFF012). Everything the
/// later stages rely on about the declaration is decided here, once: what this check accepts, they must handle.
/// </summary>
internal static class SignatureCheck
{
    /// <summary>
    /// Checks the declaration, adding problems to <paramref name="diagnostics"/>. Returns the method's element type
    /// (<see cref="ElementType"/>: float or double) when its parameters and return type allow lowering the body (even
    /// if other problems, such as a missing <c>static</c>, were reported), otherwise null.
    /// </summary>
    public static ValueType? Check(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        Location at = syntax.Identifier.GetLocation();
        if (!method.IsStatic)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticOrNotPartial, at,
                $"[Differentiable] method '{method.Name}' must be static"));
        }

        if (CheckContainingTypes(method, syntax, at, diagnostics) is false)
        {
            return null;
        }

        if (syntax.ExplicitInterfaceSpecifier is not null)
        {
            // Its name is 'IFoo.F': no generated member could be named after it.
            diagnostics.Add(Unsupported(at, $"An explicit interface implementation ('{syntax.ExplicitInterfaceSpecifier.Name}.{syntax.Identifier.ValueText}')"));
            return null;
        }

        if (method.IsStatic && (method.IsVirtual || method.IsAbstract))
        {
            // C# lets a static virtual interface member be called only through a type parameter: generated code could not call it.
            diagnostics.Add(Unsupported(at, $"A static {(method.IsAbstract ? "abstract" : "virtual")} interface member ('{method.Name}')"));
            return null;
        }

        if (method.IsGenericMethod)
        {
            diagnostics.Add(Unsupported(at, $"A generic method ('{method.Name}')"));
            return null;
        }

        if (syntax.Body is null && syntax.ExpressionBody is null)
        {
            diagnostics.Add(Unsupported(at, $"A method without a body ('{method.Name}')"));
            return null;
        }

        if (ObsoleteAsError(method))
        {
            // Every generated member calls the method, which [Obsolete(..., true)] makes a compile error.
            diagnostics.Add(Unsupported(at, $"An [Obsolete] method that is an error to call ('{method.Name}': the generated derivatives call it)"));
            return null;
        }

        if (method.Parameters.Length is 0 or > KnownNames.MaxInputs)
        {
            diagnostics.Add(Unsupported(at, $"A method with {method.Parameters.Length} parameters ('{method.Name}' must take 1 to {KnownNames.MaxInputs} float or double inputs)"));
            return null;
        }

        ValueType? type0 = method.ReturnsByRef || method.ReturnsByRefReadonly ? null : ElementType.Of(method.ReturnType);
        bool ok = type0 is not null;
        if (!ok)
        {
            string returned = (method.ReturnsByRef ? "ref " : method.ReturnsByRefReadonly ? "ref readonly " : string.Empty) + method.ReturnType.ToDisplayString();
            diagnostics.Add(Unsupported(syntax.ReturnType.GetLocation(), $"Return type '{returned}' (a [Differentiable] method returns float or double)"));
        }

        foreach (IParameterSymbol p in method.Parameters)
        {
            Location pAt = p.Locations.FirstOrDefault() ?? at;
            if (p.RefKind != RefKind.None || p.IsParams)
            {
                diagnostics.Add(Unsupported(pAt, $"A {(p.IsParams ? "params" : p.RefKind == RefKind.RefReadOnlyParameter ? "ref readonly" : p.RefKind.ToString().ToLowerInvariant())} parameter ('{p.Name}')"));
                ok = false;
            }
            else if (ElementType.Of(p.Type) is not ValueType pt)
            {
                diagnostics.Add(Unsupported(pAt, $"Parameter '{p.Name}' of type '{p.Type.ToDisplayString()}' (parameters must be float or double)"));
                ok = false;
            }
            else if (type0 is not null && pt != type0)
            {
                diagnostics.Add(Unsupported(pAt, $"Parameter '{p.Name}' of type '{p.Type.ToDisplayString()}' in a method returning '{method.ReturnType.ToDisplayString()}' (all parameters and the result must be float, or all double)"));
                ok = false;
            }
        }

        if (ok)
        {
            diagnostics.AddRange(GeneratedNameCheck.Collisions(method, type0!.Value, at));
        }

        return ok ? type0 : null;
    }

    /// <summary>
    /// Checks that DiffGen can add members to every enclosing type. Returns false when it cannot even name the type
    /// (an extension block), so that nothing else is worth checking.
    /// </summary>
    private static bool CheckContainingTypes(IMethodSymbol method, MethodDeclarationSyntax syntax, Location at, List<DiagnosticInfo> diagnostics)
    {
        // A C# 14 extension block is a type declaration without a name (SyntaxKind and TypeKind newer than the
        // Roslyn DiffGen is built against, hence by name): there is no partial type to add the members to.
        // (Spelling the kind is asked for only of a type declaration that is none of the others: this runs for every method.)
        if (syntax.Parent is TypeDeclarationSyntax parent and not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax or InterfaceDeclarationSyntax)
            && parent.Kind().ToString() == "ExtensionBlockDeclaration")
        {
            diagnostics.Add(Unsupported(at, $"A method in an extension block ('{method.Name}'; declare it as an ordinary static method of a partial type)"));
            return false;
        }

        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal)
            {
                // The generated file is another file, and a 'file' type is visible only in its own.
                diagnostics.Add(Unsupported(at, $"A method of the file-local type '{type.Name}' (DiffGen's generated file cannot extend a 'file' type)"));
                return false;
            }

            if (!IsPartial(type))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticOrNotPartial, at,
                    $"Type '{type.Name}' must be partial so that DiffGen can add the derivatives of '{method.Name}' to it"));
            }
        }

        return true;
    }

    private static bool ObsoleteAsError(IMethodSymbol method) =>
        method.GetAttributes().Any(a => a.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is true);

    private static DiagnosticInfo Unsupported(Location at, string what) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, at, what);

    private static bool IsPartial(INamedTypeSymbol type)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return type.DeclaringSyntaxReferences.Length > 0;
    }
}
