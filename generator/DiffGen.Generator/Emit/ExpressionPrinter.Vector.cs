using System;
using System.Collections.Generic;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>The <see cref="PrintStyle.Vector"/> half of the printer: the same IR on SIMD vectors.</summary>
/// <remarks>
/// Both sides of every select are computed in every lane, and <c>ConditionalSelect</c> keeps each lane's
/// own side bit for bit, so an Inf or NaN in a lane of the side not taken never reaches the result. Because
/// the derivative of a select is the select of the sides' derivatives (the select stays the last operation),
/// the same holds for every gradient. Only nodes <see cref="VectorSupport"/> accepts reach this printer.
/// </remarks>
internal sealed partial class ExpressionPrinter
{
    private static int VectorPrecedence(Node n) => n.Kind switch
    {
        NodeKind.Negate or NodeKind.Not or NodeKind.NotEqual => Unary,
        NodeKind.Multiply or NodeKind.Divide => Multiplicative,
        NodeKind.Add or NodeKind.Subtract => Additive,
        NodeKind.And => BitwiseAnd,
        NodeKind.Or => BitwiseOr,
        _ => Primary,
    };

    private bool WriteVector(Node n, int precedence)
    {
        string v = vector!.Class;
        IReadOnlyList<Node> a = n.Args;
        switch (n.Kind)
        {
            case NodeKind.Constant when n.Type == ValueType.Bool:
                return Append(vector.Type + (n.Value != 0 ? ".AllBitsSet" : ".Zero"));
            case NodeKind.Constant:
                return Append(v + ".Create(" + CSharpLiteral(n.Value, n.Type) + ")");
            case NodeKind.Input:
                return Append(Identifier(n.Symbol!));
            case NodeKind.Field:
                return Append(v + ".Create(" + n.Symbol + ")");
            case NodeKind.Negate:
                // "--x" would be a decrement: a negated negation gets parentheses.
                return Append("-") && Write(a[0], a[0].Kind == NodeKind.Negate ? Primary : Unary);
            case NodeKind.Not:
                return Append("~") && Write(a[0], Unary);
            case NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide:
                return Write(a[0], precedence) && Append(" " + Operator(n.Kind) + " ") && Write(a[1], precedence + 1);
            case NodeKind.And or NodeKind.Or:
                // Masks are all-ones or all-zeros per lane: && and || are bitwise on them.
                return Write(a[0], precedence) && Append(n.Kind == NodeKind.And ? " & " : " | ") && Write(a[1], precedence + 1);
            case NodeKind.NotEqual:
                // Not equal is the complement of equal, NaN lanes included (NaN != NaN).
                return Append("~") && WriteVectorCall(v + ".Equals", a);
            case NodeKind.Select:
                return WriteVectorCall(v + ".ConditionalSelect", a);
            case NodeKind.Call:
                return WriteTemplate(n.Function!.Vector!, v, a);
            case NodeKind.UserCall or NodeKind.UserDerivative:
                // The callee's generated vector overload: same name, vector arguments.
                return WriteVectorCall(n.Symbol!, a);
            case NodeKind.Item:
                return Write(a[0], Primary) && Append(".Item" + ((int)n.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            default:
                return WriteVectorCall(v + "." + ComparisonName(n.Kind), a);
        }
    }

    private static string ComparisonName(NodeKind kind) => kind switch
    {
        NodeKind.Less => "LessThan",
        NodeKind.LessOrEqual => "LessThanOrEqual",
        NodeKind.Greater => "GreaterThan",
        NodeKind.GreaterOrEqual => "GreaterThanOrEqual",
        NodeKind.Equal => "Equals",
        _ => throw new InvalidOperationException($"{kind} has no vector form."),
    };

    private bool WriteVectorCall(string name, IReadOnlyList<Node> args) => Append(name) && WriteArguments(args);

    /// <summary>Writes a row's <see cref="MathFunction.Vector"/> spelling: <c>{V}</c> is the vector class, <c>{0}</c>… the arguments.</summary>
    private bool WriteTemplate(string template, string vectorClass, IReadOnlyList<Node> args)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                return Append(template.Substring(i));
            }

            int close = template.IndexOf('}', open);
            builder.Append(template, i, open - i);
            string hole = template.Substring(open + 1, close - open - 1);
            if (!(hole == "V" ? Append(vectorClass) : Write(args[hole[0] - '0'], 0)))
            {
                return false;
            }

            i = close + 1;
        }

        return true;
    }
}
