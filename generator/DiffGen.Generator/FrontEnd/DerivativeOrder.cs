using System.Globalization;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// The derivative order a method asks for with <c>[Differentiable(Order = n)]</c> or registers with
/// <c>[DerivativeOf(…, Order = n)]</c>, read in one place for the generator, the analyzers and the code fixes.
/// </summary>
internal static class DerivativeOrder
{
    /// <summary>The named argument of both attributes.</summary>
    public const string PropertyName = "Order";

    /// <summary>The highest order DiffGen generates (3: one input only).</summary>
    public const int Max = 3;

    /// <summary>The highest order for a method of several inputs (its Hessian-vector product).</summary>
    public const int MaxForSeveralInputs = 2;

    /// <summary>The <c>Order</c> of <paramref name="method"/>'s <c>[Differentiable]</c> (1 when absent or not [Differentiable]).</summary>
    public static int Of(IMethodSymbol method) => Named(method.OriginalDefinition, KnownNames.DifferentiableAttribute);

    /// <summary>The <c>Order</c> named on <paramref name="attribute"/>, or 1.</summary>
    public static int Of(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == PropertyName && argument.Value.Value is int order)
            {
                return order;
            }
        }

        return 1;
    }

    /// <summary>DIFF017 when <paramref name="method"/>'s order is not one DiffGen generates; null otherwise.</summary>
    public static DiagnosticInfo? Check(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        int order = Of(method);
        string? why = order < 1 ? "the order is at least 1"
            : order > Max ? $"DiffGen generates derivatives up to order {Max}"
            : order > MaxForSeveralInputs && method.Parameters.Length > 1 ? $"a method of several inputs has derivatives up to order {MaxForSeveralInputs} (the Hessian-vector product)"
            : null;
        return why is null ? null : DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedOrder, Location(method, syntax), method.Name, order.ToString(CultureInfo.InvariantCulture), why);
    }

    private static int Named(ISymbol symbol, string attributeName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (KnownNames.IsAttribute(attribute, attributeName))
            {
                return Of(attribute);
            }
        }

        return 1;
    }

    /// <summary>The <c>Order = n</c> argument in source, else the method's name.</summary>
    private static Location Location(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        foreach (AttributeListSyntax list in syntax.AttributeLists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (attribute.ArgumentList is { } arguments)
                {
                    foreach (AttributeArgumentSyntax argument in arguments.Arguments)
                    {
                        if (argument.NameEquals?.Name.Identifier.ValueText == PropertyName)
                        {
                            return argument.GetLocation();
                        }
                    }
                }
            }
        }

        return syntax.Identifier.GetLocation();
    }
}
