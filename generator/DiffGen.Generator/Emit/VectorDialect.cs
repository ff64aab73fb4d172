using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Compilable C# on SIMD vectors of any width: the code of a generic vector body
/// <c>static V Value&lt;V&gt;(V x) where V : struct, IVector&lt;V, float&gt;</c>, in which every lane computes the scalar
/// expression. Written once; the JIT compiles it per width (<c>Vec128</c>, <c>Vec256</c>, <c>Vec512</c>).
/// </summary>
/// <remarks>
/// Both sides of every select are computed in every lane, and <c>ConditionalSelect</c> keeps each lane's own side bit
/// for bit, so an Inf or NaN in a lane of the side not taken never reaches the result. Because the derivative of a
/// select is the select of the sides' derivatives (the select stays the last operation), the same holds for every
/// gradient. Only graphs <see cref="VectorSupport"/> accepts reach this dialect. One select is not computed on both
/// sides in every vector: a cold one (<see cref="Node.IsCold"/>, the refinement at a tie) gets an <c>if</c> on
/// <see cref="AnyLane"/> from <see cref="BodyEmitter"/>, and blends inside it.
/// </remarks>
internal sealed class VectorDialect : Dialect
{
    private readonly string width;
    private readonly IReadOnlyDictionary<Node, string> calleeKernels;
    private readonly IReadOnlyDictionary<string, string> higherCalleeMembers;

    /// <summary>Creates the dialect of <paramref name="plan"/>'s vector bodies.</summary>
    public VectorDialect(MethodPlan plan)
    {
        width = plan.Width;
        calleeKernels = plan.CalleeKernels;
        higherCalleeMembers = plan.HigherCalleeMembers;
    }

    /// <summary>Vector operations are calls: fewer per line keeps lines readable.</summary>
    public override int MaxInlineSize => 8;

    /// <inheritdoc/>
    public override bool EvaluatesBothSides => true;

    /// <inheritdoc/>
    public override bool SkipsColdSides => true;

    /// <inheritdoc/>
    public override string AnyLane(string mask) => width + ".AnyTrue(" + mask + ")";

    /// <inheritdoc/>
    public override string LocalType(Node n) => n.Type == ValueType.Tuple
        ? "(" + string.Join(", ", Enumerable.Repeat(width, n.TupleArity)) + ")"
        : width;

    /// <inheritdoc/>
    public override int Precedence(Node n) => n.Kind switch
    {
        NodeKind.Negate or NodeKind.Not or NodeKind.NotEqual => Unary,
        NodeKind.Multiply or NodeKind.Divide => Multiplicative,
        NodeKind.Add or NodeKind.Subtract => Additive,
        NodeKind.And => BitwiseAnd,
        NodeKind.Or => BitwiseOr,
        _ => Primary,
    };

    /// <inheritdoc/>
    public override bool Write(ExpressionPrinter p, Node n, int precedence)
    {
        string v = width;
        switch (n.Kind)
        {
            case NodeKind.Constant when n.Type == ValueType.Bool:
                return p.Append(v + (n.Value != 0 ? ".AllBitsSet" : ".Zero"));
            case NodeKind.Constant:
                return p.Append(v + ".Create(" + ExpressionPrinter.CSharpLiteral(n.Value, n.Type) + ")");
            case NodeKind.Input:
                return p.Append(GeneratedNames.Identifier(n.InputName));
            case NodeKind.Field:
                return p.Append(v + ".Create(" + n.FieldName + ")");
            case NodeKind.Negate:
                return Negate(p, n);
            case NodeKind.Not:
                return p.Append("~") && p.Write(n.Args[0], Unary);
            case NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide:
                return Binary(p, n, precedence, Operator(n.Kind));
            case NodeKind.And or NodeKind.Or:
                // Masks are all-ones or all-zeros per lane: && and || are bitwise on them.
                return Binary(p, n, precedence, n.Kind == NodeKind.And ? "&" : "|");
            case NodeKind.NotEqual:
                // Not equal is the complement of equal, NaN lanes included (NaN != NaN).
                return p.Append("~") && Call(p, v + ".Equal", n);
            case NodeKind.Select:
                return Call(p, v + ".ConditionalSelect", n);
            case NodeKind.Call:
                return WriteTemplate(p, n.Function!.Vector!, n.Args);
            case NodeKind.UserCall or NodeKind.UserDerivative:
                // The callee's own vector body, in its function struct, at this width: a higher derivative's (made
                // by differentiating the callee's derivative again) is found by the scalar member it stands for.
                if (!calleeKernels.TryGetValue(n, out string? kernel))
                {
                    return Call(p, higherCalleeMembers[n.Callee] + "<" + v + ">", n);
                }

                string member = n.Kind == NodeKind.UserCall ? GeneratedNames.ValueMember
                    : n.Type == ValueType.Tuple ? GeneratedNames.BackwardMember
                    : GeneratedNames.DerivativeMember;
                return Call(p, kernel + "." + member + "<" + v + ">", n);
            case NodeKind.Item:
                return Item(p, n);
            default:
                return Call(p, v + "." + ComparisonName(n.Kind), n);
        }
    }

    private static string ComparisonName(NodeKind kind) => kind switch
    {
        NodeKind.Less => "LessThan",
        NodeKind.LessOrEqual => "LessThanOrEqual",
        NodeKind.Greater => "GreaterThan",
        NodeKind.GreaterOrEqual => "GreaterThanOrEqual",
        NodeKind.Equal => "Equal",
        _ => throw new InvalidOperationException($"{kind} has no vector form."),
    };

    /// <summary>Writes a row's <see cref="MathFunction.Vector"/> spelling: <c>{V}</c> is the width, <c>{0}</c>… the arguments.</summary>
    private bool WriteTemplate(ExpressionPrinter p, string template, IReadOnlyList<Node> args)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                return p.Append(template.Substring(i));
            }

            int close = template.IndexOf('}', open);
            p.Append(template.Substring(i, open - i));
            string hole = template.Substring(open + 1, close - open - 1);
            if (!(hole == "V" ? p.Append(width) : p.Write(args[hole[0] - '0'], 0)))
            {
                return false;
            }

            i = close + 1;
        }

        return true;
    }
}
