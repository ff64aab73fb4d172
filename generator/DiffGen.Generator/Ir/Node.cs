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
    private readonly NodeKey key;

    internal Node(int id, NodeKey key)
    {
        Id = id;
        this.key = key;
        bool depends = key.Kind == NodeKind.Input;
        foreach (Node arg in key.Args)
        {
            depends |= arg.DependsOnInput;
        }

        DependsOnInput = depends;
    }

    /// <summary>Position in creation order; unique within one <see cref="GraphBuilder"/>.</summary>
    public int Id { get; }

    /// <summary>What the node computes.</summary>
    public NodeKind Kind => key.Kind;

    /// <summary>The type of the value.</summary>
    public ValueType Type => key.Type;

    /// <summary>The operands, in order.</summary>
    public IReadOnlyList<Node> Args => key.Args;

    /// <summary>The literal of a <see cref="NodeKind.Constant"/> (a boolean is 1 or 0); 0 for every other kind.</summary>
    public double Value => key.Value;

    /// <summary>The position of an <see cref="NodeKind.Input"/> among the method's inputs.</summary>
    public int InputIndex => Of(NodeKind.Input).key.Index;

    /// <summary>The C# name of an <see cref="NodeKind.Input"/> (the parameter's name, not escaped).</summary>
    public string InputName => Of(NodeKind.Input).key.Name!;

    /// <summary>The <c>global::</c>-qualified name of a <see cref="NodeKind.Field"/>, as generated code reads it.</summary>
    public string FieldName => Of(NodeKind.Field).key.Name!;

    /// <summary>Which component of its tuple operand an <see cref="NodeKind.Item"/> is (0 for the first).</summary>
    public int ItemIndex => Of(NodeKind.Item).key.Index;

    /// <summary>The <c>global::</c>-qualified name of the method a <see cref="NodeKind.UserCall"/> or <see cref="NodeKind.UserDerivative"/> calls.</summary>
    public string Callee => OfUserCall().key.Name!;

    /// <summary>
    /// Whether the method a <see cref="NodeKind.UserCall"/> or <see cref="NodeKind.UserDerivative"/> calls has generated
    /// vector bodies (its <c>FKernel.Value&lt;V&gt;</c>, which vector code calls instead).
    /// </summary>
    public bool CalleeHasVectorBodies => OfUserCall().key.Flag;

    /// <summary>
    /// Whether this is a <see cref="NodeKind.Select"/> whose condition is rarely true and whose true side is the costly
    /// one (the refinement of a derivative at a tie; <see cref="GraphBuilder.ColdSelect"/>): vector code tests whether
    /// any lane takes it before computing that side. Its value is that of the plain select.
    /// </summary>
    public bool IsCold => Kind == NodeKind.Select && key.Flag;

    /// <summary>How many components a <see cref="ValueType.Tuple"/>-typed node has (one partial derivative per differentiated argument).</summary>
    public int TupleArity => Type == ValueType.Tuple ? key.Index : throw new InvalidOperationException($"{this} is not a tuple.");

    /// <summary>The known function of a <see cref="NodeKind.Call"/>.</summary>
    public MathFunction? Function => key.Function;

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

    /// <summary>The id: nodes are equal only when they are the same object, and within one builder ids are distinct.</summary>
    /// <remarks>
    /// Every pass keys dictionaries and sets by node; the object's own hash code is made by the runtime on first use,
    /// a call out of managed code for each new node (docs/benchmarks.md, "issue 9, the analyzers' first run").
    /// </remarks>
    public override int GetHashCode() => Id;

    // A payload is read under the name of its kind only: reading an input's index off a tuple item is a bug, not a 0.
    private Node Of(NodeKind kind) => Kind == kind ? this : throw new InvalidOperationException($"{this} is not {kind}.");

    private Node OfUserCall() => Kind is NodeKind.UserCall or NodeKind.UserDerivative ? this : throw new InvalidOperationException($"{this} calls no user method.");
}
