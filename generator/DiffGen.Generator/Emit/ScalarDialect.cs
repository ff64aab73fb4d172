using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Compilable scalar C#: <c>global::</c>-qualified calls, typed literals. A select is C#'s own <c>?:</c> (or an
/// <c>if</c>, see <see cref="BodyEmitter"/>), so only the side taken is evaluated.
/// </summary>
internal sealed class ScalarDialect : Dialect
{
    /// <summary>The one instance: scalar C# needs nothing from the method.</summary>
    public static readonly ScalarDialect Instance = new();

    private ScalarDialect()
    {
    }

    /// <summary>The dialect of <paramref name="plan"/>'s scalar members.</summary>
    public static ScalarDialect For(MethodPlan plan) => Instance;

    /// <inheritdoc/>
    public override int Precedence(Node n) => n.Kind switch
    {
        // Spelled as a call or a parenthesized expression: see Write.
        NodeKind.Equal when ReferenceEquals(n.Args[0], n.Args[1]) => Unary,
        NodeKind.NotEqual when ReferenceEquals(n.Args[0], n.Args[1]) => Primary,
        NodeKind.Call when n.Function!.ReturnsInt => Primary,
        _ => CSharpPrecedence(n),
    };

    /// <inheritdoc/>
    public override int TimesPrinted(Node n, int index)
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

    /// <inheritdoc/>
    public override bool Write(ExpressionPrinter p, Node n, int precedence)
    {
        switch (n.Kind)
        {
            case NodeKind.Constant:
                return p.Append(ExpressionPrinter.CSharpLiteral(n.Value, n.Type));
            case NodeKind.Input:
                return p.Append(GeneratedNames.Identifier(n.InputName));
            case NodeKind.Field:
                return p.Append(n.FieldName);
            case NodeKind.Negate:
                return Negate(p, n);
            case NodeKind.Not:
                return p.Append("!") && p.Write(n.Args[0], Unary);
            case NodeKind.Convert when n.Type == ValueType.Int && n.Args[0].IsConstant:
                // A literal out of int's range (or NaN), which the builder does not fold: the user converted a local at
                // run time. As a constant conversion it would be CS0221, and unchecked the compiler would pick its own
                // value (C# leaves it unspecified): Math.Max(c, c), the identity, keeps the run time's conversion.
                return p.Append("(int)global::System.Math.Max(") && p.Write(n.Args[0], 0) && p.Append(", ") && p.Write(n.Args[0], 0) && p.Append(")");
            case NodeKind.Convert:
                return p.Append("(" + ExpressionPrinter.TypeName(n.Type) + ")") && p.Write(n.Args[0], Unary);
            case NodeKind.Call:
                return WriteCall(p, n);
            case NodeKind.UserCall or NodeKind.UserDerivative:
                return Call(p, n.Callee, n);
            case NodeKind.Item:
                return Item(p, n);
            case NodeKind.Equal or NodeKind.NotEqual when ReferenceEquals(n.Args[0], n.Args[1]):
                // "x == x" draws CS1718; it means "x is not NaN".
                return p.Append((n.Kind == NodeKind.Equal ? "!" : string.Empty) + ExpressionPrinter.TypeName(n.Args[0].Type) + ".IsNaN(")
                    && p.Write(n.Args[0], 0) && p.Append(")");
            case NodeKind.Select:
                return ConditionalExpression(p, n);
            default:
                return Binary(p, n, precedence, Operator(n.Kind));
        }
    }

    private static bool SpelledOutClamp(Node n) => n.Function == MathFunctions.Clamp && !VectorSupport.HasOrderedConstantBounds(n);

    private static bool WriteCall(ExpressionPrinter p, Node n)
    {
        MathFunction f = n.Function!;
        if (f.ReturnsInt)
        {
            // Math.Sign throws on NaN. Generated code may evaluate it where the method itself would not
            // (a value shared by two branches is computed once, before them), so it is spelled out.
            string zero = ExpressionPrinter.CSharpLiteral(0, n.Args[0].Type);
            return p.Append("(") && p.Write(n.Args[0], Relational + 1) && p.Append($" > {zero} ? 1 : ")
                && p.Write(n.Args[0], Relational + 1) && p.Append($" < {zero} ? -1 : 0)");
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
            return p.Append("(")
                && (!below || (p.Write(x, Relational + 1) && p.Append(" < ") && p.Write(lo, Relational + 1)
                    && p.Append(" ? ") && p.Write(lo, Conditional + 1) && p.Append(" : ")))
                && (!above || (p.Write(x, Relational + 1) && p.Append(" > ") && p.Write(hi, Relational + 1)
                    && p.Append(" ? ") && p.Write(hi, Conditional + 1) && p.Append(" : ")))
                && p.Write(x, Conditional) && p.Append(")");
        }

        return Call(p, "global::System." + f.ClassFor(n.Args[0].Type) + "." + f.Name, n);
    }
}
