using System.Collections.Generic;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis;

/// <summary>A node that is <c>Scale · input + Offset</c> for one input (or a constant when <see cref="Input"/> is null).</summary>
/// <param name="Input">The input node, or null for a constant.</param>
/// <param name="Scale">The factor on the input.</param>
/// <param name="Offset">The constant term.</param>
internal readonly record struct Affine(Node? Input, double Scale, double Offset)
{
    /// <summary>The input value at which this expression equals <paramref name="value"/>, or null when it cannot.</summary>
    public double? Solve(double value) => Input is null || Scale == 0 ? null : (value - Offset) / Scale;
}

/// <summary>Recognizes expressions affine in a single input, such as <c>x + 0.6</c> or <c>(1 - 2·x) / 3</c>.</summary>
internal sealed class AffineForms
{
    private readonly Dictionary<Node, Affine?> memo = new();

    /// <summary>The affine form of <paramref name="node"/>, or null when it is not affine in one input.</summary>
    public Affine? Of(Node node)
    {
        if (memo.TryGetValue(node, out Affine? known))
        {
            return known;
        }

        // Arguments first, without recursion: affine subtrees are small, but the graph may be deep.
        foreach (Node n in Graph.TopologicalOrder(new[] { node }))
        {
            if (!memo.ContainsKey(n))
            {
                memo[n] = Compute(n);
            }
        }

        return memo[node];
    }

    private Affine? Compute(Node n)
    {
        Affine? A(int i) => memo[n.Args[i]];
        switch (n.Kind)
        {
            case NodeKind.Input:
                return new Affine(n, 1, 0);
            case NodeKind.Constant when n.IsNumeric:
                return new Affine(null, 0, n.Value);
            case NodeKind.Convert:
                return A(0);
            case NodeKind.Negate:
                return A(0) is Affine a ? new Affine(a.Input, -a.Scale, -a.Offset) : null;
            case NodeKind.Add:
            case NodeKind.Subtract:
            {
                if (A(0) is not Affine l || A(1) is not Affine r || (l.Input is not null && r.Input is not null && l.Input != r.Input))
                {
                    return null;
                }

                double sign = n.Kind == NodeKind.Add ? 1 : -1;
                return new Affine(l.Input ?? r.Input, l.Scale + (sign * r.Scale), l.Offset + (sign * r.Offset));
            }

            case NodeKind.Multiply:
            {
                if (A(0) is not Affine l || A(1) is not Affine r)
                {
                    return null;
                }

                if (l.Input is null)
                {
                    return new Affine(r.Input, l.Offset * r.Scale, l.Offset * r.Offset);
                }

                return r.Input is null ? new Affine(l.Input, r.Offset * l.Scale, r.Offset * l.Offset) : null;
            }

            case NodeKind.Divide:
                return A(0) is Affine num && A(1) is Affine { Input: null, Offset: var d } && d != 0
                    ? new Affine(num.Input, num.Scale / d, num.Offset / d)
                    : null;
            default:
                return null;
        }
    }
}
