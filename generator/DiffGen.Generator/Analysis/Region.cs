using System.Collections.Generic;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis;

/// <summary>One branch condition on a path: the condition node, and whether it holds or fails.</summary>
/// <param name="Condition">A boolean node.</param>
/// <param name="Holds">True on the "then" side, false on the "else" side.</param>
internal readonly record struct Literal(Node Condition, bool Holds);

/// <summary>
/// What the branch conditions on a path say about the values there: an interval per constrained node
/// (inputs and any compared expression), and excluded points (the else side of <c>==</c>). Conditions
/// of the form <c>affine(input) op constant</c> also bound the input itself.
/// </summary>
internal sealed class Region
{
    private readonly Dictionary<Node, Interval> bounds = new();
    private readonly Dictionary<Node, List<double>> excluded = new();

    /// <summary>The region described by <paramref name="literals"/>.</summary>
    public Region(IEnumerable<Literal> literals, AffineForms affine)
    {
        foreach (Literal literal in literals)
        {
            Apply(literal.Condition, literal.Holds, affine);
        }
    }

    /// <summary>
    /// Whether no input reaches this path: a comparison with NaN that must hold (only <c>!=</c> ever does), or
    /// bounds that contradict each other (<c>x &gt; 1</c> and <c>x &lt; 0</c>). Nothing on such a path is evaluated,
    /// so nothing there deserves a warning.
    /// </summary>
    public bool IsInfeasible { get; private set; }

    /// <summary>The bound on <paramref name="node"/>, or null when unconstrained.</summary>
    public Interval? BoundOf(Node node) => bounds.TryGetValue(node, out Interval i) ? i : null;

    /// <summary>Whether the conditions exclude <paramref name="node"/> from being <paramref name="value"/>.</summary>
    public bool Excludes(Node node, double value) =>
        (excluded.TryGetValue(node, out List<double>? points) && points.Contains(value))
        || (bounds.TryGetValue(node, out Interval i) && !i.Contains(value));

    /// <summary>The comparisons inside a condition that decide it, with the polarity under which each holds.</summary>
    public static IEnumerable<(Node Compare, bool Holds)> Atoms(Node condition, bool holds)
    {
        var stack = new Stack<(Node, bool)>();
        stack.Push((condition, holds));
        while (stack.Count > 0)
        {
            (Node c, bool h) = stack.Pop();
            switch (c.Kind)
            {
                case NodeKind.Not:
                    stack.Push((c.Args[0], !h));
                    break;
                case NodeKind.And when h:
                case NodeKind.Or when !h:
                    stack.Push((c.Args[0], h));
                    stack.Push((c.Args[1], h));
                    break;
                case >= NodeKind.Less and <= NodeKind.NotEqual when c.Args[0].IsNumeric:
                    yield return (c, h);
                    break;
            }
        }
    }

    /// <summary>
    /// Every numeric comparison inside a condition, whatever the <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and selects
    /// between conditions (a flag set in a branch) around it.
    /// </summary>
    public static IEnumerable<Node> Comparisons(Node condition)
    {
        var stack = new Stack<Node>();
        stack.Push(condition);
        while (stack.Count > 0)
        {
            Node c = stack.Pop();
            if (c.Kind is NodeKind.Not or NodeKind.And or NodeKind.Or or NodeKind.Select)
            {
                foreach (Node arg in c.Args)
                {
                    stack.Push(arg);
                }
            }
            else if (c.Kind is >= NodeKind.Less and <= NodeKind.NotEqual && c.Args[0].Type != ValueType.Bool)
            {
                yield return c;
            }
        }
    }

    /// <summary>
    /// Reads <c>node op constant</c> from a comparison that holds (or fails), as the comparison kind that holds;
    /// null when neither side is a constant.
    /// </summary>
    public static (Node Node, NodeKind Kind, double Constant)? Normalize(Node compare, bool holds)
    {
        Node l = compare.Args[0], r = compare.Args[1];
        NodeKind kind = compare.Kind;
        if (l.IsConstant && !r.IsConstant)
        {
            (l, r) = (r, l);
            kind = kind switch
            {
                NodeKind.Less => NodeKind.Greater,
                NodeKind.LessOrEqual => NodeKind.GreaterOrEqual,
                NodeKind.Greater => NodeKind.Less,
                NodeKind.GreaterOrEqual => NodeKind.LessOrEqual,
                _ => kind,
            };
        }

        if (!r.IsConstant || l.IsConstant)
        {
            return null;
        }

        if (!holds)
        {
            // NaN aside, the else side of a comparison is its complement.
            kind = kind switch
            {
                NodeKind.Less => NodeKind.GreaterOrEqual,
                NodeKind.LessOrEqual => NodeKind.Greater,
                NodeKind.Greater => NodeKind.LessOrEqual,
                NodeKind.GreaterOrEqual => NodeKind.Less,
                NodeKind.Equal => NodeKind.NotEqual,
                _ => NodeKind.Equal,
            };
        }

        return (l, kind, r.Value);
    }

    private void Apply(Node condition, bool holds, AffineForms affine)
    {
        foreach ((Node compare, bool h) in Atoms(condition, holds))
        {
            if (compare.Args[0].IsConstant && double.IsNaN(compare.Args[0].Value) || compare.Args[1].IsConstant && double.IsNaN(compare.Args[1].Value))
            {
                // Every comparison with NaN is false but !=, which is true: it constrains nothing, or rules the path out.
                IsInfeasible |= (compare.Kind == NodeKind.NotEqual) != h;
                continue;
            }

            if (Normalize(compare, h) is not var (node, kind, c))
            {
                continue;
            }

            Constrain(node, kind, c);
            if (affine.Of(node) is { Input: Node input } form && form.Solve(c) is double x)
            {
                // a·x + b op c  ⇔  x op' (c - b)/a, with op flipped when a < 0.
                NodeKind onInput = form.Scale > 0 ? kind : kind switch
                {
                    NodeKind.Less => NodeKind.Greater,
                    NodeKind.LessOrEqual => NodeKind.GreaterOrEqual,
                    NodeKind.Greater => NodeKind.Less,
                    NodeKind.GreaterOrEqual => NodeKind.LessOrEqual,
                    _ => kind,
                };
                Constrain(input, onInput, x);
            }
        }
    }

    private void Constrain(Node node, NodeKind kind, double c)
    {
        if (kind == NodeKind.NotEqual)
        {
            if (!excluded.TryGetValue(node, out List<double>? points))
            {
                excluded[node] = points = new List<double>();
            }

            points.Add(c);
            return;
        }

        Interval interval = kind switch
        {
            NodeKind.Less => Interval.Below(c, inclusive: false),
            NodeKind.LessOrEqual => Interval.Below(c, inclusive: true),
            NodeKind.Greater => Interval.Above(c, inclusive: false),
            NodeKind.GreaterOrEqual => Interval.Above(c, inclusive: true),
            _ => Interval.Point(c),
        };
        bounds[node] = bounds.TryGetValue(node, out Interval existing) ? existing.Intersect(interval) : interval;
        IsInfeasible |= bounds[node].IsEmpty;
    }
}
