using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis;

/// <summary>
/// Evaluates IR at a concrete point in double precision, for the discontinuity check. Values DiffGen
/// cannot know at compile time (user methods, static readonly fields) are NaN.
/// </summary>
internal static class ConcreteEvaluator
{
    /// <summary>The value of <paramref name="node"/> when input <c>i</c> is <c>inputs[i]</c>.</summary>
    public static double Evaluate(Node node, IReadOnlyList<double> inputs)
    {
        var values = new Dictionary<Node, double>();
        foreach (Node n in Graph.TopologicalOrder(new[] { node }))
        {
            values[n] = Compute(n, inputs, values);
        }

        return values[node];
    }

    private static double Compute(Node n, IReadOnlyList<double> inputs, Dictionary<Node, double> values)
    {
        double A(int i) => values[n.Args[i]];
        bool B(int i) => values[n.Args[i]] != 0;
        double Bool(bool b) => b ? 1 : 0;
        return n.Kind switch
        {
            NodeKind.Constant => n.Value,
            NodeKind.Input => inputs[n.InputIndex],
            NodeKind.Negate => -A(0),
            NodeKind.Add => A(0) + A(1),
            NodeKind.Subtract => A(0) - A(1),
            NodeKind.Multiply => A(0) * A(1),
            NodeKind.Divide => A(0) / A(1),
            NodeKind.Convert when n.IsInteger => Math.Truncate(A(0)),
            NodeKind.Convert => A(0),
            NodeKind.Remainder => A(0) % A(1),
            NodeKind.BitwiseAnd => (long)A(0) & (long)A(1),
            NodeKind.BitwiseOr => (long)A(0) | (long)A(1),
            NodeKind.ExclusiveOr => (long)A(0) ^ (long)A(1),
            NodeKind.LeftShift => (int)A(0) << (int)A(1),
            NodeKind.RightShift => (int)A(0) >> (int)A(1),
            NodeKind.Call => n.Function!.Evaluate(n.Args.Select(a => values[a]).ToArray()),
            NodeKind.Less => Bool(A(0) < A(1)),
            NodeKind.LessOrEqual => Bool(A(0) <= A(1)),
            NodeKind.Greater => Bool(A(0) > A(1)),
            NodeKind.GreaterOrEqual => Bool(A(0) >= A(1)),
            NodeKind.Equal => Bool(A(0) == A(1)),
            NodeKind.NotEqual => Bool(A(0) != A(1)),
            NodeKind.And => Bool(B(0) && B(1)),
            NodeKind.Or => Bool(B(0) || B(1)),
            NodeKind.Not => Bool(!B(0)),
            NodeKind.Select => B(0) ? A(1) : A(2),
            _ => double.NaN,
        };
    }
}
