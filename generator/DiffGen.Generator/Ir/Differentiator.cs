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
internal static class Differentiator
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
        for (int k = 0; k < inputs.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tangents = new Dictionary<Node, Node?>(order.Count);
            foreach (Node node in order)
            {
                tangents[node] = node.DependsOnInput ? Tangent(b, node, inputs[k], tangents) : null;
            }

            gradient[k] = tangents[root];
        }

        return gradient;
    }

    private static Node? Tangent(GraphBuilder b, Node n, Node input, Dictionary<Node, Node?> tangents)
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
                return ReferenceEquals(n, input) ? b.One(n.Type) : null;

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

            case NodeKind.Select:
            {
                Node? ta = T(1), tb = T(2);
                if (ta is null && tb is null)
                {
                    return null;
                }

                return b.Select(a[0], ta ?? b.Zero(n.Type), tb ?? b.Zero(n.Type));
            }

            default:
                // Constants, fields, conditions: no tangent.
                return null;
        }
    }
}
