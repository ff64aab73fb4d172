using System;
using System.Collections.Generic;
using System.Threading;

namespace DiffGen.Generator.Ir;

/// <summary>
/// Symbolic differentiation of an IR DAG by forward-mode tangent propagation, one input at a time.
/// </summary>
/// <remarks>
/// <para>Why forward mode and not reverse mode: a differentiable method has at most 8 inputs, so
/// propagating one tangent per input costs at most 8 passes over the DAG, each linear in its size
/// (no expression swell: every tangent node is made once, through the hash-consing builder). In exchange,
/// the derivative of a branch is built from that branch's own subgraph,
/// <c>d select(c, a, b) = select(c, da, db)</c>, so the select stays the last operation that combines the
/// two sides. Reverse mode would push a masked adjoint <c>select(c, adj, 0)</c> into each side and multiply
/// it by partials that may be infinite on the untaken side (<c>0 · ∞ = NaN</c>): the where/select NaN trap
/// of TensorFlow, PyTorch and JAX.</para>
/// <para>Zero is structural: a node that does not depend on the input has no tangent (null), so no
/// <c>0 · something</c> is ever built.</para>
/// </remarks>
internal static partial class Differentiator
{
    /// <summary>
    /// The partial derivatives of <paramref name="root"/> with respect to each input, in input order;
    /// an entry is null where the derivative is structurally zero.
    /// </summary>
    public static Node?[] Gradient(GraphBuilder b, Node root, IReadOnlyList<Node> inputs, CancellationToken cancellationToken)
    {
        var gradient = new Node?[inputs.Count];
        if (b.RegisteredGradient(root) is UserDerivativeInfo registered)
        {
            // The method's own [DerivativeOf] wins over its body: that is how a straight-through estimator is written.
            for (int k = 0; k < inputs.Count; k++)
            {
                gradient[k] = registered.IsTuple ? b.Item(registered.Derivative, k, inputs[k].Type) : registered.Derivative;
            }

            return gradient;
        }

        List<Node> order = Graph.TopologicalOrder(new[] { root });
        // A user method's value or derivative may throw off its own branch; the refinement at ties would
        // evaluate both sides of a select there, so it is left out of methods that call user methods.
        bool opaque = order.Exists(n => n.Kind is NodeKind.UserCall or NodeKind.UserDerivative);
        for (int k = 0; k < inputs.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Dictionary<Node, Node?> tangents = Propagate(b, order, inputs[k], b.One(inputs[k].Type), directional: false);
            gradient[k] = tangents[root] is Node t && !opaque ? AtTies(b, order, root, inputs[k], tangents, t) : tangents[root];
        }

        return gradient;
    }

    /// <summary>
    /// The derivative <paramref name="convention"/> (kinks by their documented conventions), refined at ties where
    /// the kinks of several subexpressions may cancel: there the right and left derivatives are computed (forward
    /// mode with the exact one-sided rules, seeds +1 and -1) and their common value returned when they agree.
    /// </summary>
    /// <remarks>
    /// <para>Why one kink site never needs it. Near a point where only one kink site k (Abs, Max, Min, Clamp, or a
    /// select on one inequality) is at a tie, the method is f(x) = F(x, k(u(x))) with F and u smooth, so its one-sided
    /// derivatives are F_x + F_k·R_k and F_x + F_k·L_k. If f is differentiable there, either R_k = L_k, and every
    /// convention of k (Abs'(0) = 0, the 0.5 split or ReLU's 0 for Max/Min, the bound's slope for Clamp, the taken
    /// side for a select) lies between L_k and R_k, so it is that common value; or F_k = 0, and the convention's
    /// (finite) value is multiplied by 0. Either way the convention gives the true derivative. So a method with at
    /// most one such site (ReLU, leaky ReLU, hardtanh, ...) gets no extra code at all. A select on <c>==</c>,
    /// <c>!=</c> or several comparisons counts as two sites: its taken side at the tie need not be either side's.</para>
    /// <para>One-sided derivatives are computed with different roundings, so they "agree" within 2⁻³² (double) or
    /// 2⁻¹⁶ (float) of |R| + |L| + |convention|; at a genuine kink the convention lies between them, so this can only
    /// move the result by less than |R − L|. The refinement runs only where some site is at a tie, in a branch of its
    /// own: a cold <c>if</c> in scalar code, and in vector code an <c>if</c> on whether any lane is at a tie (a
    /// <see cref="GraphBuilder.ColdSelect"/>), so a vector with no lane at a tie costs one test more than the conventions.</para>
    /// </remarks>
    /// <summary>
    /// Above this many kink sites for one input the conventions stand alone: the one-sided derivatives of a long branch
    /// ladder would make the generated code grow faster than the method (a 1,500-rung ladder: 130 MB).
    /// </summary>
    internal const int MaxRefinedSites = 32;

    private static Node AtTies(GraphBuilder b, List<Node> order, Node root, Node input, Dictionary<Node, Node?> tangents, Node convention)
    {
        Node? tie = null;
        int sites = 0;
        foreach (Node n in order)
        {
            if (Kink(b, n, tangents) is (Node at, int weight))
            {
                tie = tie is null ? at : b.Or(tie, at);
                sites += weight;
            }
        }

        if (sites < 2 || sites > MaxRefinedSites)
        {
            return convention;
        }

        ValueType type = convention.Type;
        Node right = Propagate(b, order, input, b.One(type), directional: true)[root] ?? b.Zero(type);
        Node left = b.Negate(Propagate(b, order, input, b.Constant(-1, type), directional: true)[root] ?? b.Zero(type));
        Node scale = b.Add(b.Add(Abs(b, right), Abs(b, left)), Abs(b, convention));
        Node tolerance = b.Constant(type == ValueType.Float ? 1.0 / (1 << 16) : 1.0 / (1L << 32), type);
        Node agree = b.Compare(NodeKind.LessOrEqual, Abs(b, b.Subtract(right, left)), b.Multiply(tolerance, scale));
        Node half = b.Constant(0.5, type);
        Node common = b.Add(b.Multiply(half, right), b.Multiply(half, left));
        return b.ColdSelect(tie!, b.Select(agree, common, convention), convention);
    }

    private static Node Abs(GraphBuilder b, Node x) => Exact(b, MathFunctions.Abs, x);

    /// <summary>
    /// A call to Abs, Max or Min, folded when every argument is a literal: these are exact in IEEE arithmetic (the
    /// double evaluation of float literals gives the float result, signed zeros and NaN as Math gives them).
    /// </summary>
    private static Node Exact(GraphBuilder b, MathFunction f, params Node[] args) =>
        Array.TrueForAll(args, a => a.IsConstant) ? b.Constant(f.Evaluate(Array.ConvertAll(args, a => a.Value)), args[0].Type) : b.Call(f, args);

    /// <summary>
    /// Whether <paramref name="n"/> is a kink site for this input: the condition under which it is at its tie, and
    /// how many sites it counts as (see <see cref="AtTies"/>); null when it is smooth in this input.
    /// </summary>
    private static (Node Tie, int Weight)? Kink(GraphBuilder b, Node n, Dictionary<Node, Node?> tangents)
    {
        IReadOnlyList<Node> a = n.Args;
        bool Moves(int i) => tangents.TryGetValue(a[i], out Node? t) && t is not null;
        if (n.Kind == NodeKind.Call && n.Function == MathFunctions.Abs && Moves(0))
        {
            return (b.Compare(NodeKind.Equal, a[0], b.Zero(a[0].Type)), 1);
        }

        if (n.Kind == NodeKind.Call && (n.Function == MathFunctions.Max || n.Function == MathFunctions.Min) && (Moves(0) || Moves(1)))
        {
            return (b.Compare(NodeKind.Equal, a[0], a[1]), 1);
        }

        if (n.Kind == NodeKind.Call && n.Function == MathFunctions.Clamp && (Moves(0) || Moves(1) || Moves(2)))
        {
            return (b.Or(b.Compare(NodeKind.Equal, a[0], a[1]), b.Compare(NodeKind.Equal, a[0], a[2])), 1);
        }

        if (n.Kind == NodeKind.Select && n.IsNumeric && (Moves(1) || Moves(2)))
        {
            var comparisons = new List<Node>();
            MovingComparisons(n.Args[0], tangents, comparisons);
            if (comparisons.Count == 0)
            {
                return null;
            }

            Node? tie = null;
            foreach (Node c in comparisons)
            {
                Node at = b.Compare(NodeKind.Equal, c.Args[0], c.Args[1]);
                tie = tie is null ? at : b.Or(tie, at);
            }

            bool oneInequality = comparisons.Count == 1 && comparisons[0].Kind is NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual;
            return (tie!, oneInequality ? 1 : 2);
        }

        return null;
    }

    /// <summary>The comparisons in a condition whose operands move with the input (distinct, in order).</summary>
    private static void MovingComparisons(Node condition, Dictionary<Node, Node?> tangents, List<Node> found)
    {
        var pending = new Stack<Node>();
        pending.Push(condition);
        var seen = new HashSet<Node>();
        while (pending.Count > 0)
        {
            Node c = pending.Pop();
            if (!seen.Add(c))
            {
                continue;
            }

            // A select inside a condition chooses between two conditions (bool c ? p : q): any of the three can flip.
            if (c.Kind is NodeKind.And or NodeKind.Or or NodeKind.Not or NodeKind.Select)
            {
                foreach (Node arg in c.Args)
                {
                    pending.Push(arg);
                }
            }
            else if (IsComparison(c.Kind) && (tangents.TryGetValue(c.Args[0], out Node? tp) && tp is not null || tangents.TryGetValue(c.Args[1], out Node? tq) && tq is not null))
            {
                found.Add(c);
            }
        }
    }

    private static bool IsComparison(NodeKind kind) =>
        kind is NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual or NodeKind.Equal or NodeKind.NotEqual;

    /// <summary>
    /// Forward-mode tangents of every node in <paramref name="order"/> for the direction <paramref name="seed"/> of
    /// <paramref name="input"/>. With <paramref name="directional"/>, kinks follow the exact one-sided rules instead of
    /// the conventions: <c>D|u| = |Du|</c> at <c>u = 0</c>, <c>D max(a, c) = max(Da, Dc)</c> at a tie (min, clamp
    /// likewise), and a select takes the side its condition moves to.
    /// </summary>
    private static Dictionary<Node, Node?> Propagate(GraphBuilder b, List<Node> order, Node input, Node seed, bool directional)
    {
        var tangents = new Dictionary<Node, Node?>(order.Count);
        foreach (Node node in order)
        {
            tangents[node] = node.DependsOnInput ? Tangent(b, node, input, seed, tangents, directional) : null;
        }

        return tangents;
    }

    private static Node? Tangent(GraphBuilder b, Node n, Node input, Node seed, Dictionary<Node, Node?> tangents, bool directional)
    {
        IReadOnlyList<Node> a = n.Args;
        Node? T(int i) => tangents[a[i]];

        if (!n.IsNumeric)
        {
            // Integers and conditions carry no gradient: casts to int, bitwise operators and comparisons stop it.
            return null;
        }

        switch (n.Kind)
        {
            case NodeKind.Input:
                return ReferenceEquals(n, input) ? seed : null;

            case NodeKind.Negate:
                return T(0) is Node t ? b.Negate(t) : null;

            case NodeKind.Add:
            case NodeKind.Subtract:
            {
                Node? ta = T(0), tb = T(1);
                if (tb is null)
                {
                    return ta;
                }

                return ta is null
                    ? (n.Kind == NodeKind.Add ? tb : b.Negate(tb))
                    : b.Arithmetic(n.Kind, ta, tb);
            }

            case NodeKind.Multiply:
            {
                Node? ta = T(0), tb = T(1);
                Node? left = ta is null ? null : b.Multiply(ta, a[1]);
                Node? right = tb is null ? null : b.Multiply(a[0], tb);
                return left is null ? right : right is null ? left : b.Add(left, right);
            }

            case NodeKind.Divide:
            {
                // d(a/b) = (da - (a/b)·db) / b: reuses the quotient and never squares b (no overflow).
                Node? ta = T(0), tb = T(1);
                if (tb is null)
                {
                    return ta is null ? null : b.Divide(ta, a[1]);
                }

                Node scaled = b.Multiply(n, tb);
                return b.Divide(ta is null ? b.Negate(scaled) : b.Subtract(ta, scaled), a[1]);
            }

            case NodeKind.Convert:
                return T(0) is Node tc ? b.Convert(tc, n.Type) : null;

            case NodeKind.Remainder:
            {
                // a % b = a - trunc(a / b)·b between the jumps (PyTorch's fmod): d = da - trunc(a / b)·db.
                Node? ta = T(0), tb = T(1);
                if (tb is null)
                {
                    return ta;
                }

                Node scaled = b.Multiply(b.Call(MathFunctions.Truncate, b.Divide(a[0], a[1])), tb);
                return ta is null ? b.Negate(scaled) : b.Subtract(ta, scaled);
            }

            case NodeKind.Call when directional && Directional(b, n, tangents) is var (found, d) && found:
                return d;

            case NodeKind.Call:
            {
                if (n.Function!.Tangent is not TangentRule rule)
                {
                    return null;
                }

                var argTangents = new Node?[a.Count];
                bool any = false;
                for (int i = 0; i < a.Count; i++)
                {
                    argTangents[i] = T(i);
                    any |= argTangents[i] is not null;
                }

                return any ? rule(b, n, argTangents) : null;
            }

            case NodeKind.UserCall:
            {
                UserDerivativeInfo info = b.GetDerivative(n);
                Node? sum = null;
                for (int i = 0; i < a.Count; i++)
                {
                    if (T(i) is Node ti)
                    {
                        Node partial = info.IsTuple ? b.Item(info.Derivative, i, a[i].Type) : info.Derivative;
                        Node term = b.Multiply(partial, ti);
                        sum = sum is null ? term : b.Add(sum, term);
                    }
                }

                return sum;
            }

            case NodeKind.UserDerivative:
                return UserDerivativeTangent(b, n, tangents);

            case NodeKind.Item:
                return ItemTangent(b, n, tangents);

            case NodeKind.Select:
            {
                Node? ta = T(1), tb = T(2);
                if (ta is null && tb is null)
                {
                    return null;
                }

                if (directional)
                {
                    return MovedSelect(b, n, ta ?? b.Zero(n.Type), tb ?? b.Zero(n.Type), tangents);
                }

                // The derivative of the refinement at a tie is needed at the tie only, too: it stays cold.
                return n.IsCold ? b.ColdSelect(a[0], ta ?? b.Zero(n.Type), tb ?? b.Zero(n.Type)) : b.Select(a[0], ta ?? b.Zero(n.Type), tb ?? b.Zero(n.Type));
            }

            default:
                // Constants, fields, conditions: no tangent.
                return null;
        }
    }
    /// <summary>The one-sided rule of a kink function (Abs, Max, Min, Clamp); found is false for other functions.</summary>
    private static (bool Found, Node? Tangent) Directional(GraphBuilder b, Node n, Dictionary<Node, Node?> tangents)
    {
        IReadOnlyList<Node> a = n.Args;
        Node zero = b.Zero(n.Type);
        Node D(int i) => tangents[a[i]] ?? zero;
        if (n.Function == MathFunctions.Abs)
        {
            Node u = a[0], du = D(0);
            return (true, b.Select(b.Compare(NodeKind.Greater, u, zero), du, b.Select(b.Compare(NodeKind.Less, u, zero), b.Negate(du), Abs(b, du))));
        }

        if (n.Function == MathFunctions.Max || n.Function == MathFunctions.Min)
        {
            NodeKind wins = n.Function == MathFunctions.Max ? NodeKind.Greater : NodeKind.Less;
            NodeKind loses = wins == NodeKind.Greater ? NodeKind.Less : NodeKind.Greater;
            Node tie = Exact(b, n.Function, D(0), D(1));
            return (true, b.Select(b.Compare(wins, a[0], a[1]), D(0), b.Select(b.Compare(loses, a[0], a[1]), D(1), tie)));
        }

        if (n.Function == MathFunctions.Clamp)
        {
            // Math.Clamp(x, lo, hi) is max(x, lo) near lo and min(·, hi) near hi (lo <= hi, or it throws).
            Node x = a[0], lo = a[1], hi = a[2];
            Node inside = b.Select(b.Compare(NodeKind.Equal, x, lo), Exact(b, MathFunctions.Max, D(0), D(1)), D(0));
            Node upper = b.Select(b.Compare(NodeKind.Equal, x, hi), Exact(b, MathFunctions.Min, inside, D(2)), inside);
            return (true, b.Select(b.Compare(NodeKind.Less, x, lo), D(1), b.Select(b.Compare(NodeKind.Greater, x, hi), D(2), upper)));
        }

        return (false, null);
    }

    /// <summary>
    /// The one-sided derivative of a select: the side its condition takes once the input has moved a little along
    /// the seed. Where the move switches sides and the two sides' values differ, the method jumps there: NaN, so the
    /// caller falls back to the convention.
    /// </summary>
    private static Node MovedSelect(GraphBuilder b, Node n, Node ta, Node tb, Dictionary<Node, Node?> tangents)
    {
        Node condition = n.Args[0];
        Node moved = Moved(b, condition, tangents);
        if (ReferenceEquals(moved, condition))
        {
            return b.Select(condition, ta, tb);
        }

        Node switched = b.Or(b.And(moved, b.Not(condition)), b.And(b.Not(moved), condition));
        Node jumps = b.And(switched, b.Not(b.Compare(NodeKind.Equal, n.Args[1], n.Args[2])));
        return b.Select(jumps, b.Constant(double.NaN, n.Type), b.Select(moved, ta, tb));
    }

    /// <summary>The value of a condition after a small move along the seed: a comparison at its tie follows the sign of its operands' tangents.</summary>
    private static Node Moved(GraphBuilder b, Node condition, Dictionary<Node, Node?> tangents)
    {
        switch (condition.Kind)
        {
            case NodeKind.And:
                return b.And(Moved(b, condition.Args[0], tangents), Moved(b, condition.Args[1], tangents));
            case NodeKind.Or:
                return b.Or(Moved(b, condition.Args[0], tangents), Moved(b, condition.Args[1], tangents));
            case NodeKind.Not:
                return b.Not(Moved(b, condition.Args[0], tangents));
            case NodeKind.Select:
                return b.Select(Moved(b, condition.Args[0], tangents), Moved(b, condition.Args[1], tangents), Moved(b, condition.Args[2], tangents));
        }

        if (!IsComparison(condition.Kind))
        {
            return condition;
        }

        Node p = condition.Args[0], q = condition.Args[1];
        Node? tp = tangents.TryGetValue(p, out Node? t0) ? t0 : null, tq = tangents.TryGetValue(q, out Node? t1) ? t1 : null;
        if (tp is null && tq is null)
        {
            return condition;
        }

        // d = D(p - q): after the move p > q where d > 0, p < q where d < 0; where d = 0 the tie stays.
        Node zero = b.Zero(p.Type);
        Node d = tp is null ? b.Negate(tq!) : tq is null ? tp : b.Subtract(tp, tq);
        Node up = b.Compare(NodeKind.Greater, d, zero), down = b.Compare(NodeKind.Less, d, zero);
        Node atTie = condition.Kind switch
        {
            NodeKind.Less => down,
            NodeKind.LessOrEqual => b.Not(up),
            NodeKind.Greater => up,
            NodeKind.GreaterOrEqual => b.Not(down),
            NodeKind.Equal => b.Compare(NodeKind.Equal, d, zero),
            _ => b.Not(b.Compare(NodeKind.Equal, d, zero)),
        };
        Node tie = b.Compare(NodeKind.Equal, p, q);
        return b.Or(b.And(tie, atTie), b.And(b.Not(tie), condition));
    }
}
