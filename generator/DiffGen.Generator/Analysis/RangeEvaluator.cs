using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis;

/// <summary>
/// Abstract interpretation over intervals: the range each node can take in a <see cref="Region"/>,
/// from the operation table's ranges (<c>exp &gt; 0</c>, <c>tanh ∈ (-1, 1)</c>, …), squares
/// (<c>x·x ≥ 0</c>) and interval arithmetic (<c>1 + positive &gt; 1</c>).
/// </summary>
internal sealed class RangeEvaluator
{
    private readonly Region region;
    private readonly Dictionary<Node, Interval> memo = new();

    /// <summary>Evaluates in <paramref name="region"/>.</summary>
    public RangeEvaluator(Region region) => this.region = region;

    /// <summary>The range of <paramref name="node"/> in the region.</summary>
    public Interval RangeOf(Node node)
    {
        if (memo.TryGetValue(node, out Interval known))
        {
            return known;
        }

        foreach (Node n in Graph.TopologicalOrder(new[] { node }))
        {
            if (!memo.ContainsKey(n))
            {
                Interval range = Compute(n);
                memo[n] = region.BoundOf(n) is Interval bound ? range.Intersect(bound) : range;
            }
        }

        return memo[node];
    }

    private Interval Compute(Node n)
    {
        Interval A(int i) => memo[n.Args[i]];
        return n.Kind switch
        {
            NodeKind.Constant when n.Type != ValueType.Bool => Interval.Point(n.Value),
            NodeKind.Negate => A(0).Negate(),
            NodeKind.Add => A(0).Add(A(1)),
            NodeKind.Subtract => A(0).Subtract(A(1)),
            NodeKind.Multiply => ReferenceEquals(n.Args[0], n.Args[1]) ? A(0).Square() : A(0).Multiply(A(1)),
            NodeKind.Divide => A(0).Divide(A(1)),
            NodeKind.Convert when n.IsInteger => new Interval(System.Math.Truncate(A(0).Lo), System.Math.Truncate(A(0).Hi)),
            NodeKind.Convert => A(0),
            NodeKind.Call => n.Function!.Range?.Invoke(n.Args.Select(a => memo[a]).ToArray()) ?? Interval.All,
            NodeKind.Select => A(1).Hull(A(2)),
            _ => Interval.All,
        };
    }
}
