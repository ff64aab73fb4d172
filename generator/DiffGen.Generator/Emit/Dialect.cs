using System;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// One spelling of the IR: scalar C# (<see cref="ScalarDialect"/>), plain math for doc comments
/// (<see cref="MathDialect"/>) or C# on SIMD vectors of any width (<see cref="VectorDialect"/>). A dialect owns
/// precedence, operators, literals, selects, comparisons, calls and tuple items; the rules every C#-like dialect
/// shares (binary operators, <c>--x</c>, <c>.ItemN</c>, argument lists) are written here once. The
/// <see cref="ExpressionPrinter"/> walks nodes and <see cref="BodyEmitter"/> places locals; neither knows a spelling.
/// </summary>
/// <remarks>
/// To add a dialect (a TorchSharp tensor one, say), derive from this class, spell each <see cref="NodeKind"/> in
/// <see cref="Write"/>, and say whether it evaluates both sides of a select (<see cref="EvaluatesBothSides"/>).
/// </remarks>
internal abstract class Dialect
{
    /// <summary>C#'s precedence levels, highest first.</summary>
    protected const int Primary = 16, Unary = 15, Multiplicative = 13, Additive = 12, Shift = 11, Relational = 10, Equality = 9,
        BitwiseAnd = 8, ExclusiveOr = 7, BitwiseOr = 6, ConditionalAnd = 5, ConditionalOr = 4, Conditional = 3;

    /// <summary>
    /// Whether both sides of every select are computed (vector lanes; then the select is a blend), rather than only
    /// the side the condition takes (scalar C#, where a side's work is placed inside its branch).
    /// </summary>
    public virtual bool EvaluatesBothSides => false;

    /// <summary>
    /// Whether this dialect can skip the costly side of a cold select (<see cref="Node.IsCold"/>) when no lane takes it,
    /// with an <c>if</c> on <see cref="AnyLane"/>. Only meaningful where <see cref="EvaluatesBothSides"/>: scalar code
    /// computes one side of every select anyway.
    /// </summary>
    public virtual bool SkipsColdSides => false;

    /// <summary>The C# test that some lane of <paramref name="mask"/> is true (where <see cref="SkipsColdSides"/>).</summary>
    public virtual string AnyLane(string mask) => throw new NotSupportedException($"{GetType().Name} has no lanes to test.");

    /// <summary>The largest number of operations printed inline in one expression before a local is made.</summary>
    public virtual int MaxInlineSize => 14;

    /// <summary>How tightly <paramref name="n"/> binds as this dialect prints it.</summary>
    public abstract int Precedence(Node n);

    /// <summary>Writes <paramref name="n"/> (not a local) through <paramref name="p"/>.</summary>
    /// <returns>False when the printer's length limit was reached.</returns>
    public abstract bool Write(ExpressionPrinter p, Node n, int precedence);

    /// <summary>How many times <see cref="Write"/> prints argument <paramref name="index"/> of <paramref name="n"/> (a local when more than once).</summary>
    public virtual int TimesPrinted(Node n, int index) => 1;

    /// <summary>The declared type of a local holding <paramref name="n"/>: never <c>var</c>, which could bind to a consumer's type named <c>var</c>.</summary>
    public virtual string LocalType(Node n) => n.Type == ValueType.Tuple
        ? "(" + string.Join(", ", Enumerable.Repeat(ExpressionPrinter.TypeName(n.Args[0].Type), n.TupleArity)) + ")"
        : ExpressionPrinter.TypeName(n.Type);

    /// <summary>The C# binary operator of <paramref name="kind"/>.</summary>
    protected static string Operator(NodeKind kind) => kind switch
    {
        NodeKind.Add => "+",
        NodeKind.Subtract => "-",
        NodeKind.Multiply => "*",
        NodeKind.Divide => "/",
        NodeKind.Remainder => "%",
        NodeKind.BitwiseAnd => "&",
        NodeKind.BitwiseOr => "|",
        NodeKind.ExclusiveOr => "^",
        NodeKind.LeftShift => "<<",
        NodeKind.RightShift => ">>",
        NodeKind.Less => "<",
        NodeKind.LessOrEqual => "<=",
        NodeKind.Greater => ">",
        NodeKind.GreaterOrEqual => ">=",
        NodeKind.Equal => "==",
        NodeKind.NotEqual => "!=",
        NodeKind.And => "&&",
        NodeKind.Or => "||",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a binary operator."),
    };

    /// <summary>The scalar precedence of <paramref name="n"/> as C# parses it.</summary>
    protected static int CSharpPrecedence(Node n) => n.Kind switch
    {
        NodeKind.Constant => IsNegative(n.Value) ? Unary : Primary,
        NodeKind.Negate or NodeKind.Not or NodeKind.Convert => Unary,
        NodeKind.Multiply or NodeKind.Divide or NodeKind.Remainder => Multiplicative,
        NodeKind.Add or NodeKind.Subtract => Additive,
        NodeKind.LeftShift or NodeKind.RightShift => Shift,
        NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual => Relational,
        NodeKind.Equal or NodeKind.NotEqual => Equality,
        NodeKind.BitwiseAnd => BitwiseAnd,
        NodeKind.ExclusiveOr => ExclusiveOr,
        NodeKind.BitwiseOr => BitwiseOr,
        NodeKind.And => ConditionalAnd,
        NodeKind.Or => ConditionalOr,
        NodeKind.Select => Conditional,
        _ => Primary,
    };

    /// <summary><c>left op right</c>: a right operand of the same precedence keeps its parentheses (no reassociation).</summary>
    protected static bool Binary(ExpressionPrinter p, Node n, int precedence, string op) =>
        p.Write(n.Args[0], precedence) && p.Append(" " + op + " ") && p.Write(n.Args[1], precedence + 1);

    /// <summary><c>-operand</c>; an operand that itself starts with '-' gets parentheses, since <c>--x</c> would be a decrement.</summary>
    protected bool Negate(ExpressionPrinter p, Node n)
    {
        Node a = n.Args[0];
        bool startsWithMinus = a.Kind == NodeKind.Negate || (a.IsConstant && Precedence(a) == Unary);
        return p.Append("-") && p.Write(a, startsWithMinus ? Primary : Unary);
    }

    /// <summary><c>tuple.ItemN</c>: component <c>N - 1</c> of a tuple (a callee's backward pass).</summary>
    protected static bool Item(ExpressionPrinter p, Node n) =>
        p.Write(n.Args[0], Primary) && p.Append(".Item" + (n.ItemIndex + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary><c>name(arguments)</c>.</summary>
    protected static bool Call(ExpressionPrinter p, string name, Node n) => p.Append(name) && p.WriteArguments(n.Args);

    /// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
    protected static bool ConditionalExpression(ExpressionPrinter p, Node n) =>
        p.Write(n.Args[0], Conditional + 1) && p.Append(" ? ") && p.Write(n.Args[1], Conditional + 1)
        && p.Append(" : ") && p.Write(n.Args[2], Conditional);

    /// <summary>Whether a constant is negative or −0 (printed with a leading '-').</summary>
    protected static bool IsNegative(double value) => value < 0 || (value == 0 && double.IsNegativeInfinity(1 / value));

    /// <summary>The last part of a dotted name.</summary>
    protected static string ShortName(string qualified)
    {
        int dot = qualified.LastIndexOf('.');
        return dot < 0 ? qualified : qualified.Substring(dot + 1);
    }
}
