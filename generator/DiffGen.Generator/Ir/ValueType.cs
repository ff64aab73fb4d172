namespace DiffGen.Generator.Ir;

/// <summary>The type of the value an IR node produces.</summary>
internal enum ValueType
{
    /// <summary>32-bit IEEE float.</summary>
    Float,

    /// <summary>64-bit IEEE double.</summary>
    Double,

    /// <summary>A 32-bit integer (casts, <c>%</c>, bitwise operators): piecewise constant, it carries no gradient.</summary>
    Int,

    /// <summary>A condition.</summary>
    Bool,

    /// <summary>A value tuple of partial derivatives (of the element type stored on the node).</summary>
    Tuple,
}
