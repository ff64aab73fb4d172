using System.Globalization;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>Readable math for doc comments and diagnostics: <c>exp(x)</c>, <c>x ≥ 0</c>, <c>2 · x</c>, no casts or suffixes.</summary>
internal sealed class MathDialect : Dialect
{
    /// <summary>The one instance.</summary>
    public static readonly MathDialect Instance = new();

    private MathDialect()
    {
    }

    /// <inheritdoc/>
    public override int Precedence(Node n) => n.Kind == NodeKind.Convert ? Precedence(n.Args[0]) : CSharpPrecedence(n);

    /// <inheritdoc/>
    public override bool Write(ExpressionPrinter p, Node n, int precedence) => n.Kind switch
    {
        NodeKind.Constant => p.Append(Literal(n)),
        NodeKind.Input => p.Append(n.InputName),
        NodeKind.Field => p.Append(ShortName(n.FieldName)),
        NodeKind.Negate => Negate(p, n),
        NodeKind.Not => p.Append("!") && p.Write(n.Args[0], Unary),
        NodeKind.Convert => p.Write(n.Args[0], precedence),
        NodeKind.Call => Call(p, n.Function!.MathName, n),
        NodeKind.UserCall or NodeKind.UserDerivative => Call(p, ShortName(n.Callee), n),
        NodeKind.Item => Item(p, n),
        NodeKind.Select => ConditionalExpression(p, n),
        NodeKind.Multiply => Binary(p, n, precedence, "·"),
        NodeKind.LessOrEqual => Binary(p, n, precedence, "≤"),
        NodeKind.GreaterOrEqual => Binary(p, n, precedence, "≥"),
        NodeKind.Equal => Binary(p, n, precedence, "="),
        NodeKind.NotEqual => Binary(p, n, precedence, "≠"),
        _ => Binary(p, n, precedence, Operator(n.Kind)),
    };

    private static string Literal(Node n) => n.Type switch
    {
        ValueType.Bool => n.Value != 0 ? "true" : "false",
        ValueType.Float => ((float)n.Value).ToString("R", CultureInfo.InvariantCulture),
        ValueType.Int => ((int)n.Value).ToString(CultureInfo.InvariantCulture),
        _ => n.Value.ToString("R", CultureInfo.InvariantCulture),
    };
}
