using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>
/// An immutable node of the expression DAG. Nodes are only made by <see cref="GraphBuilder"/>, which
/// hash-conses them: structurally equal nodes are the same object, so common subexpressions are
/// shared by construction, and a node's <see cref="Id"/> is always greater than its arguments' ids
/// (sorting by id is a topological order).
/// </summary>
internal sealed class Node
{
    internal Node(int id, NodeKind kind, ValueType type, Node[] args, double value, string? symbol, MathFunction? function)
    {
        Id = id;
        Kind = kind;
        Type = type;
        Args = args;
        Value = value;
        Symbol = symbol;
        Function = function;
        bool depends = kind == NodeKind.Input;
        foreach (Node arg in args)
        {
            depends |= arg.DependsOnInput;
        }

        DependsOnInput = depends;
    }

    /// <summary>Position in creation order; unique within one <see cref="GraphBuilder"/>.</summary>
    public int Id { get; }

    /// <summary>What the node computes.</summary>
    public NodeKind Kind { get; }

    /// <summary>The type of the value.</summary>
    public ValueType Type { get; }

    /// <summary>The operands, in order.</summary>
    public IReadOnlyList<Node> Args { get; }

    /// <summary>The literal value (<see cref="NodeKind.Constant"/>), input index or tuple element index.</summary>
    public double Value { get; }

    /// <summary>The input name, field name or user method name, depending on <see cref="Kind"/>.</summary>
    public string? Symbol { get; }

    /// <summary>The known function of a <see cref="NodeKind.Call"/>.</summary>
    public MathFunction? Function { get; }

    /// <summary>Whether any input reaches this node; when false the node is a constant of the method.</summary>
    public bool DependsOnInput { get; }

    /// <summary>Whether this node is a literal.</summary>
    public bool IsConstant => Kind == NodeKind.Constant;

    /// <summary>Whether this node is the literal <paramref name="value"/>.</summary>
    public bool IsConstantValue(double value) => Kind == NodeKind.Constant && Value.Equals(value);

    /// <summary>
    /// Whether this node is the literal <paramref name="value"/> bit for bit: unlike <see cref="IsConstantValue"/>,
    /// <c>-0.0</c> and <c>0.0</c> differ (they are the identities of different IEEE operations).
    /// </summary>
    public bool IsConstantBits(double value) => Kind == NodeKind.Constant && BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(value);

    /// <summary>Whether the node is a leaf that never needs a local (literal, input or field).</summary>
    public bool IsLeaf => Kind is NodeKind.Constant or NodeKind.Input or NodeKind.Field;

    /// <summary>Whether the node is an integer (no gradient flows through it).</summary>
    public bool IsInteger => Type == ValueType.Int;

    /// <summary>Whether the node is numeric (float or double).</summary>
    public bool IsNumeric => Type is ValueType.Float or ValueType.Double;

    /// <inheritdoc/>
    public override string ToString() => $"#{Id} {Kind}";
}
