using System;
using System.Globalization;
using System.Linq;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>Writes an <see cref="Expr"/> as C# source, fully parenthesised so precedence never matters.</summary>
internal static class ExprPrinter
{
    /// <summary>The parameter names, by input index.</summary>
    /// <remarks>y and dy are also the contract's kernel names, so this exercises the generator's renaming fallback.</remarks>
    public static readonly string[] InputNames = { "x", "y", "z" };

    /// <summary>The C# text of <paramref name="e"/> for a double method, or a float method using MathF.</summary>
    public static string Print(Expr e, bool isFloat) => e switch
    {
        ConstExpr c => Literal(c.Value, isFloat),
        InputExpr i => InputNames[i.Index],
        NegateExpr n => "(-" + Print(n.Operand, isFloat) + ")",
        BinaryExpr b => "(" + Print(b.Left, isFloat) + " " + b.Op + " " + Print(b.Right, isFloat) + ")",
        // Math.Sign returns int; the cast is how users feed it back into floating-point arithmetic
        // (int-typed sub-expressions draw DiffGen's DIFF002 warning, and Math.Floor(int) would not even compile).
        CallExpr { Fn: MathFn.Sign } call => "((" + (isFloat ? "float" : "double") + ")" + MathFnInfo.CallName(call.Fn, isFloat) + "(" + Print(call.Args[0], isFloat) + "))",
        CallExpr call => MathFnInfo.CallName(call.Fn, isFloat) + "(" + string.Join(", ", call.Args.Select(a => Print(a, isFloat))) + ")",
        ConditionalExpr q => "(" + Print(q.Condition, isFloat) + " ? " + Print(q.WhenTrue, isFloat) + " : " + Print(q.WhenFalse, isFloat) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, null),
    };

    /// <summary>The C# text of a condition.</summary>
    public static string Print(Cond c, bool isFloat) => c switch
    {
        CompareCond k => "(" + Print(k.Left, isFloat) + " " + k.Op + " " + Print(k.Right, isFloat) + ")",
        LogicalCond l => "(" + Print(l.Left, isFloat) + (l.IsAnd ? " && " : " || ") + Print(l.Right, isFloat) + ")",
        NotCond n => "(!" + Print(n.Operand, isFloat) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };

    /// <summary>The parameter list, e.g. <c>double x, double y</c>.</summary>
    public static string Parameters(int inputs, bool isFloat) =>
        string.Join(", ", InputNames.Take(inputs).Select(n => (isFloat ? "float " : "double ") + n));

    // The suffix keeps every literal floating point: a bare "2 / 3" would be integer division.
    private static string Literal(double value, bool isFloat)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture) + (isFloat ? "f" : "d");
        return value < 0 ? "(" + text + ")" : text;
    }
}
