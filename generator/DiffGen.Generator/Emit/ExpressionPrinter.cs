using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Walks an IR expression and prints it in one <see cref="Dialect"/>: nodes held in locals by name, every other node
/// as the dialect spells it, with the fewest parentheses that keep the evaluation order exactly (the dialect says
/// each node's precedence; a right operand of the same precedence keeps its parentheses, because floating-point
/// addition is not associative).
/// </summary>
internal sealed class ExpressionPrinter
{
    private readonly Dialect dialect;
    private readonly IReadOnlyDictionary<Node, string> locals;
    private readonly int maxLength;
    private StringBuilder builder = new();

    /// <summary>Creates a printer.</summary>
    /// <param name="dialect">How nodes are spelled.</param>
    /// <param name="locals">Nodes that are held in locals, printed by name.</param>
    /// <param name="maxLength">Printing stops (and <see cref="TryPrint"/> fails) past this many characters.</param>
    public ExpressionPrinter(Dialect dialect, IReadOnlyDictionary<Node, string>? locals = null, int maxLength = int.MaxValue)
    {
        this.dialect = dialect;
        this.locals = locals ?? new Dictionary<Node, string>();
        this.maxLength = maxLength;
    }

    /// <summary>Prints <paramref name="node"/>.</summary>
    public string Print(Node node) => TryPrint(node) ?? throw new InvalidOperationException("Expression too long to print.");

    /// <summary>Prints <paramref name="node"/>, or returns null when it is longer than the limit.</summary>
    public string? TryPrint(Node node)
    {
        builder = new StringBuilder();
        return Write(node, 0) ? builder.ToString() : null;
    }

    /// <summary>Writes <paramref name="n"/>, in parentheses if it binds less tightly than <paramref name="minPrecedence"/>.</summary>
    /// <returns>False when the text grew past the limit.</returns>
    public bool Write(Node n, int minPrecedence)
    {
        if (builder.Length > maxLength)
        {
            return false;
        }

        if (locals.TryGetValue(n, out string? local))
        {
            builder.Append(local);
            return true;
        }

        int precedence = dialect.Precedence(n);
        bool parenthesize = precedence < minPrecedence;
        if (parenthesize)
        {
            builder.Append('(');
        }

        bool ok = dialect.Write(this, n, precedence);
        if (parenthesize)
        {
            builder.Append(')');
        }

        return ok;
    }

    /// <summary>Appends <paramref name="text"/>; always true, so that writes chain with <c>&amp;&amp;</c>.</summary>
    public bool Append(string text)
    {
        builder.Append(text);
        return true;
    }

    /// <summary>Writes <c>(a, b, …)</c>.</summary>
    public bool WriteArguments(IReadOnlyList<Node> args)
    {
        builder.Append('(');
        for (int i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            if (!Write(args[i], 0))
            {
                return false;
            }
        }

        builder.Append(')');
        return true;
    }

    /// <summary>A literal of the given type in C#, e.g. <c>0.6f</c>, <c>1E-06</c>, <c>float.NaN</c>.</summary>
    public static string CSharpLiteral(double value, ValueType type)
    {
        if (type == ValueType.Bool)
        {
            return value != 0 ? "true" : "false";
        }

        if (type == ValueType.Int)
        {
            return ((int)value).ToString(CultureInfo.InvariantCulture);
        }

        string keyword = TypeName(type);
        if (double.IsNaN(value))
        {
            return keyword + ".NaN";
        }

        if (double.IsInfinity(value))
        {
            return keyword + (value > 0 ? ".PositiveInfinity" : ".NegativeInfinity");
        }

        if (type == ValueType.Float)
        {
            return ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f";
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E' }) >= 0 ? text : text + ".0";
    }

    /// <summary>The C# keyword for a numeric or boolean type: the one place the generator spells it.</summary>
    public static string TypeName(ValueType type) => type switch
    {
        ValueType.Float => "float",
        ValueType.Double => "double",
        ValueType.Bool => "bool",
        ValueType.Int => "int",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a C# value type."),
    };
}
