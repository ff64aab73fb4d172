using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>
/// Gives the tangent (directional derivative) of a call from its arguments' tangents.
/// A null tangent is a structural zero: the argument does not depend on the input.
/// </summary>
/// <param name="b">The builder to make nodes with.</param>
/// <param name="self">The call node itself (its value, for rules such as <c>exp' = exp</c>).</param>
/// <param name="tangents">The arguments' tangents, null where structurally zero; at least one is not null.</param>
/// <returns>The call's tangent, or null when it is structurally zero.</returns>
internal delegate Node? TangentRule(GraphBuilder b, Node self, IReadOnlyList<Node?> tangents);

/// <summary>Rewrites a call to something simpler, or returns null to keep it.</summary>
internal delegate Node? SimplifyRule(GraphBuilder b, IReadOnlyList<Node> args);

/// <summary>
/// One row of the operation table: a Math/MathF function DiffGen knows, with everything every part of
/// DiffGen needs to know about it. The rows themselves are in <see cref="MathFunctions"/>.
/// </summary>
internal sealed class MathFunction
{
    /// <summary>Creates a row.</summary>
    public MathFunction(string name, int arity, string mathName, TangentRule? tangent, bool floatOverloadOnMath = false, bool returnsInt = false, SimplifyRule? simplify = null, bool genericMathOnly = false)
    {
        Name = name;
        Arity = arity;
        MathName = mathName;
        Tangent = tangent;
        FloatOverloadOnMath = floatOverloadOnMath;
        ReturnsInt = returnsInt;
        Simplify = simplify;
        GenericMathOnly = genericMathOnly;
    }

    /// <summary>The member name on <c>System.Math</c> / <c>System.MathF</c>.</summary>
    public string Name { get; }

    /// <summary>The number of arguments.</summary>
    public int Arity { get; }

    /// <summary>How the function is written in formulas (doc comments, diagnostics).</summary>
    public string MathName { get; }

    /// <summary>The derivative rule; null for piecewise-constant functions (derivative 0 almost everywhere).</summary>
    public TangentRule? Tangent { get; }

    /// <summary>Whether the function is piecewise constant, so no gradient flows through it.</summary>
    public bool IsPiecewiseConstant => Tangent is null;

    /// <summary>Whether the float overload lives on <c>System.Math</c> (Abs, Max, Min, Clamp, Sign) rather than <c>MathF</c>.</summary>
    public bool FloatOverloadOnMath { get; }

    /// <summary>
    /// Whether the function exists only as a generic-math member of <c>double</c> and <c>float</c> (<c>Hypot</c>), not
    /// on <c>Math</c>/<c>MathF</c>.
    /// </summary>
    public bool GenericMathOnly { get; }

    /// <summary>
    /// The type (in <c>System</c>) whose member C# code calls for arguments of <paramref name="type"/>: <c>MathF</c> or
    /// <c>Math</c>, or <c>Single</c> or <c>Double</c> for a <see cref="GenericMathOnly"/> function.
    /// </summary>
    public string ClassFor(ValueType type) => GenericMathOnly
        ? (type == ValueType.Float ? "Single" : "Double")
        : type == ValueType.Float && !FloatOverloadOnMath ? "MathF" : "Math";

    /// <summary>Whether the C# method returns <c>int</c> (Sign): its node is an integer, converted where C# converts it.</summary>
    public bool ReturnsInt { get; }

    /// <summary>An optional exact rewrite applied when the call is built.</summary>
    public SimplifyRule? Simplify { get; }

    /// <summary>Evaluates the function in double precision (for the analyses' concrete checks).</summary>
    public Func<double[], double> Evaluate { get; init; } = _ => double.NaN;

    /// <summary>The range of the result given the arguments' ranges (an over-approximation); null: anything.</summary>
    public Func<Interval[], Interval>? Range { get; init; }

    /// <summary>Where the value or the derivative is infinite or NaN, given the call's arguments (for DIFF005).</summary>
    public Func<IReadOnlyList<Node>, IReadOnlyList<Singularity>>? Singularities { get; init; }

    /// <summary>
    /// How the function is written on SIMD vectors: a format string in which <c>{V}</c> is the vector width type
    /// parameter of the generated body (a <c>DiffGen.IVector</c>, which must have the member named) and <c>{0}</c>, <c>{1}</c>, … the arguments, each
    /// used once; lane-wise equal to the scalar function within the bound in docs/vector-math.md. Null where
    /// DiffGen has no vector form: a method using the function keeps scalar span kernels.
    /// </summary>
    public string? Vector { get; init; }

    /// <summary>
    /// The function of <c>TorchSharp.torch</c> that computes it element-wise on tensors (<c>"exp"</c> for
    /// <c>torch.exp</c>), taking the arguments in order; null where TorchSharp has none with the same values: a method
    /// using the function has no tensor-operations path (its tensor function runs only its CPU kernels).
    /// </summary>
    public string? Tensor { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}/{Arity}";
}
