using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>Checks what a <c>[Differentiable]</c> method's declaration must be (DIFF003, DIFF004).</summary>
internal static class SignatureCheck
{
    /// <summary>
    /// Checks the declaration, adding problems to <paramref name="diagnostics"/>. Returns the method's
    /// numeric type when its parameters and return type allow lowering the body (even if other problems,
    /// such as a missing <c>static</c>, were reported), otherwise null.
    /// </summary>
    public static ValueType? Check(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        Location at = syntax.Identifier.GetLocation();
        if (!method.IsStatic)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticOrNotPartial, at,
                $"[Differentiable] method '{method.Name}' must be static"));
        }

        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (!IsPartial(type))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticOrNotPartial, at,
                    $"Type '{type.Name}' must be partial so that DiffGen can add the derivatives of '{method.Name}' to it"));
            }
        }

        if (syntax.ExplicitInterfaceSpecifier is not null)
        {
            // Its name is 'IFoo.F': no generated member could be named after it.
            diagnostics.Add(Unsupported(at, $"An explicit interface implementation ('{syntax.ExplicitInterfaceSpecifier.Name}.{syntax.Identifier.ValueText}')"));
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

        if (method.Parameters.Length is 0 or > KnownNames.MaxInputs)
        {
            diagnostics.Add(Unsupported(at, $"A method with {method.Parameters.Length} parameters ('{method.Name}' must take 1 to {KnownNames.MaxInputs} float or double inputs)"));
            return null;
        }

        ValueType? type0 = KnownNames.NumericTypeOf(method.ReturnType);
        bool ok = type0 is not null;
        if (!ok)
        {
            diagnostics.Add(Unsupported(syntax.ReturnType.GetLocation(), $"Return type '{method.ReturnType.ToDisplayString()}' (only float or double)"));
        }

        foreach (IParameterSymbol p in method.Parameters)
        {
            Location pAt = p.Locations.FirstOrDefault() ?? at;
            if (p.RefKind != RefKind.None || p.IsParams)
            {
                diagnostics.Add(Unsupported(pAt, $"A {(p.IsParams ? "params" : p.RefKind.ToString().ToLowerInvariant())} parameter ('{p.Name}')"));
                ok = false;
            }
            else if (KnownNames.NumericTypeOf(p.Type) is not ValueType pt || (type0 is not null && pt != type0))
            {
                diagnostics.Add(Unsupported(pAt, $"Parameter '{p.Name}' of type '{p.Type.ToDisplayString()}' (all parameters and the result must be float, or all double)"));
                ok = false;
            }
        }

        return ok ? type0 : null;
    }

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
