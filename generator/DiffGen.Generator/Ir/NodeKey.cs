using System;

namespace DiffGen.Generator.Ir;

/// <summary>
/// The structural identity of a node: its kind, type, operands and payload. <see cref="GraphBuilder"/> hash-conses
/// on it, and a <see cref="Node"/> keeps it, exposing each payload field under the name of its kind
/// (<see cref="Node.InputIndex"/>, <see cref="Node.ItemIndex"/>, <see cref="Node.Callee"/>, …).
/// </summary>
internal readonly struct NodeKey : IEquatable<NodeKey>
{
    private readonly long valueBits;
    private readonly int hash;

    /// <summary>Creates the key; a payload a kind does not use stays at its default.</summary>
    /// <param name="kind">What the node computes.</param>
    /// <param name="type">The node's type.</param>
    /// <param name="args">The operands.</param>
    /// <param name="value">A <see cref="NodeKind.Constant"/>'s literal.</param>
    /// <param name="index">An input's position, a tuple item's component, or a tuple-valued call's number of components.</param>
    /// <param name="name">An input's name, a field's qualified name, or a user method's qualified name.</param>
    /// <param name="flag">Whether a user method has generated vector bodies, or a select is cold (<see cref="Node.IsCold"/>).</param>
    /// <param name="function">A <see cref="NodeKind.Call"/>'s function.</param>
    public NodeKey(NodeKind kind, ValueType type, Node[] args, double value = 0, int index = 0, string? name = null, bool flag = false, MathFunction? function = null)
    {
        Kind = kind;
        Type = type;
        Args = args;
        Value = value;
        Index = index;
        Name = name;
        Flag = flag;
        Function = function;
        // Bit patterns, so -0.0 and 0.0 stay distinct and NaN equals itself.
        valueBits = BitConverter.DoubleToInt64Bits(value);

        unchecked
        {
            int h = ((int)kind * 397) ^ (int)type;
            h = (h * 397) ^ valueBits.GetHashCode();
            h = (h * 397) ^ index;
            h = (h * 397) ^ (name is null ? 0 : StringComparer.Ordinal.GetHashCode(name));
            h = (h * 397) ^ (flag ? 1 : 0);
            h = (h * 397) ^ (function is null ? 0 : function.GetHashCode());
            foreach (Node arg in args)
            {
                h = (h * 397) ^ arg.Id;
            }

            hash = h;
        }
    }

    /// <summary>What the node computes.</summary>
    public NodeKind Kind { get; }

    /// <summary>The node's type.</summary>
    public ValueType Type { get; }

    /// <summary>The operands.</summary>
    public Node[] Args { get; }

    /// <summary>A constant's literal.</summary>
    public double Value { get; }

    /// <summary>An input's position, a tuple item's component, or a tuple-valued call's number of components.</summary>
    public int Index { get; }

    /// <summary>An input's name, a field's or a user method's qualified name.</summary>
    public string? Name { get; }

    /// <summary>Whether a user method has generated vector bodies, or a select is cold.</summary>
    public bool Flag { get; }

    /// <summary>A call's known function.</summary>
    public MathFunction? Function { get; }

    /// <inheritdoc/>
    public bool Equals(NodeKey other)
    {
        if (hash != other.hash || Kind != other.Kind || Type != other.Type || valueBits != other.valueBits || Index != other.Index
            || !string.Equals(Name, other.Name, StringComparison.Ordinal) || Flag != other.Flag || !ReferenceEquals(Function, other.Function)
            || Args.Length != other.Args.Length)
        {
            return false;
        }

        for (int i = 0; i < Args.Length; i++)
        {
            if (!ReferenceEquals(Args[i], other.Args[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NodeKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => hash;
}
