using System;

namespace DiffGen.Generator.Ir;

/// <summary>The structural identity of a node, used by <see cref="GraphBuilder"/> for hash-consing.</summary>
internal readonly struct NodeKey : IEquatable<NodeKey>
{
    private readonly NodeKind kind;
    private readonly ValueType type;
    private readonly long valueBits;
    private readonly string? symbol;
    private readonly MathFunction? function;
    private readonly Node[] args;
    private readonly int hash;

    public NodeKey(NodeKind kind, ValueType type, double value, string? symbol, MathFunction? function, Node[] args)
    {
        this.kind = kind;
        this.type = type;
        // Bit patterns, so -0.0 and 0.0 stay distinct and NaN equals itself.
        valueBits = BitConverter.DoubleToInt64Bits(value);
        this.symbol = symbol;
        this.function = function;
        this.args = args;

        unchecked
        {
            int h = ((int)kind * 397) ^ (int)type;
            h = (h * 397) ^ valueBits.GetHashCode();
            h = (h * 397) ^ (symbol is null ? 0 : StringComparer.Ordinal.GetHashCode(symbol));
            h = (h * 397) ^ (function is null ? 0 : function.GetHashCode());
            foreach (Node arg in args)
            {
                h = (h * 397) ^ arg.Id;
            }

            hash = h;
        }
    }

    public bool Equals(NodeKey other)
    {
        if (hash != other.hash || kind != other.kind || type != other.type || valueBits != other.valueBits
            || !string.Equals(symbol, other.symbol, StringComparison.Ordinal) || !ReferenceEquals(function, other.function)
            || args.Length != other.args.Length)
        {
            return false;
        }

        for (int i = 0; i < args.Length; i++)
        {
            if (!ReferenceEquals(args[i], other.args[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is NodeKey other && Equals(other);

    public override int GetHashCode() => hash;
}
