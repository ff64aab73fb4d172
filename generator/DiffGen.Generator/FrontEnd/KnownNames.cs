using System.Text;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>Names and type tests shared by the front end and the generator.</summary>
internal static class KnownNames
{
    /// <summary>The metadata name of <c>[Differentiable]</c>.</summary>
    public const string DifferentiableAttribute = "DiffGen.DifferentiableAttribute";

    /// <summary>The metadata name of <c>[DerivativeOf]</c>.</summary>
    public const string DerivativeOfAttribute = "DiffGen.DerivativeOfAttribute";

    /// <summary>The metadata name of <c>[Broadcast]</c>.</summary>
    public const string BroadcastAttribute = "DiffGen.BroadcastAttribute";

    /// <summary>
    /// The most inputs a differentiable method may have (a rational activation of degree (5, 4) has 11). The runtime's
    /// drivers and function interfaces go as far: tools/kernels/GenerateElementwise.cs has the same limit.
    /// </summary>
    public const int MaxInputs = 16;

    /// <summary>The IR type of a C# type: float, double or bool; null for anything else.</summary>
    public static ValueType? ValueTypeOf(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Single => ValueType.Float,
        SpecialType.System_Double => ValueType.Double,
        SpecialType.System_Boolean => ValueType.Bool,
        SpecialType.System_Int32 => ValueType.Int,
        _ => null,
    };

    /// <summary>
    /// The IR type of a C# type if it is float, double or int (values a body may compute with). A method's own
    /// parameters and result are float or double only: <see cref="ElementType.Of"/> decides that.
    /// </summary>
    public static ValueType? NumericTypeOf(ITypeSymbol? type) =>
        ValueTypeOf(type) is ValueType t && t != ValueType.Bool ? t : null;

    /// <summary>Whether <paramref name="symbol"/> carries the attribute with metadata name <paramref name="attributeName"/>.</summary>
    public static bool HasAttribute(ISymbol symbol, string attributeName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (IsAttribute(attribute, attributeName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="attribute"/> is the attribute with metadata name <paramref name="attributeName"/>.</summary>
    /// <remarks>
    /// Asked for every attribute of every member the front end looks at (a type's members for <c>[DerivativeOf]</c>, once
    /// per call), so it compares the names piece by piece where they are, without spelling the namespace.
    /// </remarks>
    public static bool IsAttribute(AttributeData attribute, string attributeName)
    {
        if (attribute.AttributeClass is not { } c)
        {
            return false;
        }

        int end = attributeName.LastIndexOf('.');
        if (!NameAt(attributeName, end + 1, attributeName.Length, c.Name))
        {
            return false;
        }

        // The namespaces, innermost first, against the dotted prefix from its end.
        for (INamespaceSymbol? ns = c.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            int start = end <= 0 ? -1 : attributeName.LastIndexOf('.', end - 1) + 1;
            if (start < 0 || !NameAt(attributeName, start, end, ns.Name))
            {
                return false;
            }

            end = start - 1;
        }

        return end == -1;
    }

    /// <summary>Whether <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive) is <paramref name="name"/>.</summary>
    private static bool NameAt(string text, int start, int end, string name) =>
        end - start == name.Length && string.CompareOrdinal(text, start, name, 0, name.Length) == 0;

    /// <summary>The metadata name <c>GetTypeByMetadataName</c> takes, e.g. <c>Ns.Outer+Inner`1</c>.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = new StringBuilder(type.MetadataName);
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name.Insert(0, outer.MetadataName + "+");
        }

        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            name.Insert(0, type.ContainingNamespace.ToDisplayString() + ".");
        }

        return name.ToString();
    }

    /// <summary>The <c>global::</c>-qualified name of a static member, for generated code.</summary>
    public static string QualifiedMemberName(ISymbol member) => QualifiedMemberName(member.ContainingType, member.Name);

    /// <summary>The <c>global::</c>-qualified name of the member <paramref name="name"/> of <paramref name="type"/>, for generated code.</summary>
    public static string QualifiedMemberName(INamedTypeSymbol type, string name) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + GeneratedNames.Identifier(name);
}
