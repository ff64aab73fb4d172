using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis.CSharp;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>How an expression is written: as C# source, or as plain math for doc comments and messages.</summary>
internal enum PrintStyle
{
    /// <summary>Compilable C#: <c>global::</c>-qualified calls, typed literals.</summary>
    CSharp,

    /// <summary>Readable math: <c>exp(x)</c>, <c>x ≥ 0</c>, no casts or suffixes.</summary>
    Math,

    /// <summary>Compilable C# on SIMD vectors: every lane computes the scalar expression, selects blend lanes.</summary>
    Vector,
}

/// <summary>
/// Writes IR expressions with the fewest parentheses that keep C#'s evaluation order exactly (a
/// right operand of the same precedence keeps its parentheses: floating-point addition is not
/// associative).
/// </summary>
internal sealed partial class ExpressionPrinter
{
    private const int Primary = 16, Unary = 15, Multiplicative = 13, Additive = 12, Shift = 11, Relational = 10, Equality = 9,
        BitwiseAnd = 8, ExclusiveOr = 7, BitwiseOr = 6, ConditionalAnd = 5, ConditionalOr = 4, Conditional = 3;

    private readonly PrintStyle style;
    private readonly IReadOnlyDictionary<Node, string> locals;
    private readonly int maxLength;
    private readonly VectorShape? vector;
    private StringBuilder builder = new();

    /// <summary>Creates a printer.</summary>
    /// <param name="style">C# or plain math.</param>
    /// <param name="locals">Nodes that are held in locals, printed by name.</param>
    /// <param name="maxLength">Printing stops (and <see cref="TryPrint"/> fails) past this many characters.</param>
    /// <param name="vector">The vector type, for <see cref="PrintStyle.Vector"/>.</param>
    public ExpressionPrinter(PrintStyle style, IReadOnlyDictionary<Node, string>? locals = null, int maxLength = int.MaxValue, VectorShape? vector = null)
    {
        this.style = style;
        this.vector = vector;
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

        string keyword = type == ValueType.Float ? "float" : "double";
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

    /// <summary>The C# keyword for a numeric or boolean type.</summary>
    public static string TypeName(ValueType type) => type switch
    {
        ValueType.Float => "float",
        ValueType.Double => "double",
        ValueType.Bool => "bool",
        ValueType.Int => "int",
        _ => "var",
    };

    /// <summary>An identifier, escaped with <c>@</c> when it is a C# keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// How many times <see cref="Write"/> prints argument <paramref name="index"/> of <paramref name="n"/>: more than
    /// once for the calls spelled out so they cannot throw (Sign, Clamp with bounds that are not ordered
    /// constants). The body emitter gives such arguments a local instead of computing them twice.
    /// </summary>
    public static int TimesPrinted(Node n, int index)
    {
        if (n.Kind != NodeKind.Call)
        {
            return 1;
        }

        if (n.Function!.ReturnsInt)
        {
            return 2;
        }

        return SpelledOutClamp(n) ? (index == 0 ? 3 : 2) : 1;
    }

    private static bool SpelledOutClamp(Node n) =>
        n.Function == MathFunctions.Clamp && !(n.Args[1].IsConstant && n.Args[2].IsConstant && n.Args[1].Value <= n.Args[2].Value);

    private static int Precedence(Node n) => n.Kind switch
    {
        NodeKind.Constant => n.Value < 0 || (n.Value == 0 && double.IsNegativeInfinity(1 / n.Value)) ? Unary : Primary,
        NodeKind.Negate or NodeKind.Not or NodeKind.Convert => Unary,
        NodeKind.Multiply or NodeKind.Divide or NodeKind.Remainder => Multiplicative,
        NodeKind.Add or NodeKind.Subtract => Additive,
        NodeKind.LeftShift or NodeKind.RightShift => Shift,
        NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual => Relational,
        NodeKind.Equal when ReferenceEquals(n.Args[0], n.Args[1]) => Unary,
        NodeKind.NotEqual when ReferenceEquals(n.Args[0], n.Args[1]) => Primary,
        NodeKind.Call when n.Function!.ReturnsInt => Primary,
        NodeKind.Equal or NodeKind.NotEqual => Equality,
        NodeKind.BitwiseAnd => BitwiseAnd,
        NodeKind.ExclusiveOr => ExclusiveOr,
        NodeKind.BitwiseOr => BitwiseOr,
        NodeKind.And => ConditionalAnd,
        NodeKind.Or => ConditionalOr,
        NodeKind.Select => Conditional,
        _ => Primary,
    };

    private bool Write(Node n, int minPrecedence)
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

        int precedence = style == PrintStyle.Vector ? VectorPrecedence(n)
            : style == PrintStyle.Math && n.Kind == NodeKind.Convert ? Precedence(n.Args[0]) : Precedence(n);
        bool parenthesize = precedence < minPrecedence;
        if (parenthesize)
        {
            builder.Append('(');
        }

        bool ok = style == PrintStyle.Vector ? WriteVector(n, precedence) : WriteBare(n, precedence);
        if (parenthesize)
        {
            builder.Append(')');
        }

        return ok;
    }

    private bool WriteBare(Node n, int precedence)
    {
        IReadOnlyList<Node> a = n.Args;
        switch (n.Kind)
        {
            case NodeKind.Constant:
                builder.Append(style == PrintStyle.CSharp ? CSharpLiteral(n.Value, n.Type) : MathLiteral(n));
                return true;
            case NodeKind.Input:
                builder.Append(style == PrintStyle.CSharp ? Identifier(n.Symbol!) : n.Symbol);
                return true;
            case NodeKind.Field:
                builder.Append(style == PrintStyle.CSharp ? n.Symbol : ShortName(n.Symbol!));
                return true;
            case NodeKind.Negate:
                // "--x" would be a decrement: an operand that itself starts with '-' gets parentheses.
                builder.Append('-');
                return Write(a[0], a[0].Kind == NodeKind.Negate || (a[0].IsConstant && Precedence(a[0]) == Unary) ? Primary : Unary);
            case NodeKind.Not:
                builder.Append('!');
                return Write(a[0], Unary);
            case NodeKind.Convert:
                if (style == PrintStyle.CSharp)
                {
                    builder.Append('(').Append(TypeName(n.Type)).Append(')');
                    return Write(a[0], Unary);
                }

                return Write(a[0], precedence);
            case NodeKind.Call:
                return WriteCall(n);
            case NodeKind.UserCall:
            case NodeKind.UserDerivative:
                builder.Append(style == PrintStyle.CSharp ? n.Symbol : ShortName(n.Symbol!));
                return WriteArguments(a);
            case NodeKind.Item:
                if (!Write(a[0], Primary))
                {
                    return false;
                }

                builder.Append(".Item").Append(((int)n.Value + 1).ToString(CultureInfo.InvariantCulture));
                return true;
            case NodeKind.Equal or NodeKind.NotEqual when style == PrintStyle.CSharp && ReferenceEquals(a[0], a[1]):
                // "x == x" draws CS1718; it means "x is not NaN".
                builder.Append(n.Kind == NodeKind.Equal ? "!" : string.Empty).Append(TypeName(a[0].Type)).Append(".IsNaN(");
                return Write(a[0], 0) && Append(")");
            case NodeKind.Select:
                return Write(a[0], Conditional + 1)
                    && Append(" ? ") && Write(a[1], Conditional + 1)
                    && Append(" : ") && Write(a[2], Conditional);
            default:
                return Write(a[0], precedence) && Append(" " + Operator(n.Kind) + " ") && Write(a[1], precedence + 1);
        }
    }

    private bool WriteCall(Node n)
    {
        MathFunction f = n.Function!;
        if (style == PrintStyle.Math)
        {
            builder.Append(f.MathName);
            return WriteArguments(n.Args);
        }

        if (f.ReturnsInt)
        {
            // Math.Sign throws on NaN. Generated code may evaluate it where the method itself would not
            // (a value shared by two branches is computed once, before them), so it is spelled out.
            string zero = CSharpLiteral(0, n.Args[0].Type);
            return Append("(") && Write(n.Args[0], Relational + 1) && Append($" > {zero} ? 1 : ")
                && Write(n.Args[0], Relational + 1) && Append($" < {zero} ? -1 : 0)");
        }

        if (SpelledOutClamp(n))
        {
            // Math.Clamp throws when min > max, and generated code may compute a value on a path the method
            // does not take; unless the bounds are ordered constants it is spelled out as Math.Clamp's own
            // comparisons, which agree with it wherever it returns (NaN bounds and signed zeros included;
            // Min(Max(...)) does not). Each argument is printed more than once: see TimesPrinted.
            // A comparison of a value with itself is false (NaN included) and a compiler warning: it is left out.
            Node x = n.Args[0], lo = n.Args[1], hi = n.Args[2];
            bool below = !ReferenceEquals(x, lo), above = !ReferenceEquals(x, hi);
            return Append("(")
                && (!below || (Write(x, Relational + 1) && Append(" < ") && Write(lo, Relational + 1)
                    && Append(" ? ") && Write(lo, Conditional + 1) && Append(" : ")))
                && (!above || (Write(x, Relational + 1) && Append(" > ") && Write(hi, Relational + 1)
                    && Append(" ? ") && Write(hi, Conditional + 1) && Append(" : ")))
                && Write(x, Conditional) && Append(")");
        }

        builder.Append("global::System.").Append(f.ClassFor(n.Args[0].Type)).Append('.').Append(f.Name);
        return WriteArguments(n.Args);
    }

    private bool WriteArguments(IReadOnlyList<Node> args)
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

    private bool Append(string text)
    {
        builder.Append(text);
        return true;
    }

    private string Operator(NodeKind kind) => (kind, style) switch
    {
        (NodeKind.Add, _) => "+",
        (NodeKind.Subtract, _) => "-",
        (NodeKind.Multiply, PrintStyle.Math) => "·",
        (NodeKind.Multiply, _) => "*",
        (NodeKind.Divide, _) => "/",
        (NodeKind.Remainder, _) => "%",
        (NodeKind.BitwiseAnd, _) => "&",
        (NodeKind.BitwiseOr, _) => "|",
        (NodeKind.ExclusiveOr, _) => "^",
        (NodeKind.LeftShift, _) => "<<",
        (NodeKind.RightShift, _) => ">>",
        (NodeKind.Less, _) => "<",
        (NodeKind.LessOrEqual, PrintStyle.Math) => "≤",
        (NodeKind.LessOrEqual, _) => "<=",
        (NodeKind.Greater, _) => ">",
        (NodeKind.GreaterOrEqual, PrintStyle.Math) => "≥",
        (NodeKind.GreaterOrEqual, _) => ">=",
        (NodeKind.Equal, PrintStyle.Math) => "=",
        (NodeKind.Equal, _) => "==",
        (NodeKind.NotEqual, PrintStyle.Math) => "≠",
        (NodeKind.NotEqual, _) => "!=",
        (NodeKind.And, _) => "&&",
        (NodeKind.Or, _) => "||",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a binary operator."),
    };

    private static string MathLiteral(Node n) => n.Type switch
    {
        ValueType.Bool => n.Value != 0 ? "true" : "false",
        ValueType.Float => ((float)n.Value).ToString("R", CultureInfo.InvariantCulture),
        ValueType.Int => ((int)n.Value).ToString(CultureInfo.InvariantCulture),
        _ => n.Value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string ShortName(string qualified)
    {
        int dot = qualified.LastIndexOf('.');
        return dot < 0 ? qualified : qualified.Substring(dot + 1);
    }
}
