using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit;

/// <summary>
/// One SIMD vector type the generated code computes on: <c>Vector128</c>, <c>Vector256</c> or <c>Vector512</c>
/// of the method's element type. Every lane computes what the scalar code computes for one element.
/// </summary>
internal sealed class VectorShape
{
    /// <summary>The widths emitted, widest first: a kernel uses the widest that is hardware-accelerated at run time.</summary>
    public static readonly int[] Widths = { 512, 256, 128 };

    /// <summary>Creates the shape of <paramref name="bits"/>-bit vectors of <paramref name="element"/>.</summary>
    public VectorShape(int bits, ValueType element)
    {
        Bits = bits;
        Element = element;
        Class = "global::System.Runtime.Intrinsics.Vector" + bits;
        Type = Class + "<" + ExpressionPrinter.TypeName(element) + ">";
    }

    /// <summary>The width in bits.</summary>
    public int Bits { get; }

    /// <summary>The number of lanes: 16, 8 or 4 floats, 8, 4 or 2 doubles.</summary>
    public int Lanes => Bits / (Element == ValueType.Float ? 32 : 64);

    /// <summary>The lanes' type (float or double).</summary>
    public ValueType Element { get; }

    /// <summary>The static class with the operations, e.g. <c>global::System.Runtime.Intrinsics.Vector256</c>.</summary>
    public string Class { get; }

    /// <summary>The vector type, e.g. <c>global::System.Runtime.Intrinsics.Vector256&lt;float&gt;</c>.</summary>
    public string Type { get; }
}
