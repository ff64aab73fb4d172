using System;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// The element type of a <c>[Differentiable]</c> method: <c>float</c> or <c>double</c>, nothing else. The signature
/// check decides it once (<see cref="LoweredMethod.Type"/>); every later stage spells it with <see cref="Keyword"/>,
/// so no stage can accept a type (an <c>int</c> method once did) that another then mishandles.
/// </summary>
internal static class ElementType
{
    /// <summary>The element type <paramref name="type"/> denotes, or null when it is not float or double.</summary>
    public static ValueType? Of(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Single => ValueType.Float,
        SpecialType.System_Double => ValueType.Double,
        _ => null,
    };

    /// <summary>The C# keyword of an element type: <c>float</c> or <c>double</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not an element type.</exception>
    public static string Keyword(ValueType type) => type switch
    {
        ValueType.Float => "float",
        ValueType.Double => "double",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only float and double are element types."),
    };
}
