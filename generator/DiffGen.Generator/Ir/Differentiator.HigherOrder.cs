using System;
using System.Collections.Generic;
using System.Threading;

namespace DiffGen.Generator.Ir;

/// <summary>Second and third derivatives: the derivative DAG differentiated again by the same forward mode.</summary>
internal static partial class Differentiator
{
    /// <summary>
    /// The partial derivatives of <paramref name="root"/> (a derivative DAG: a gradient entry, or a sum of them times
    /// directions) with respect to each input, null where structurally zero.
    /// </summary>
    /// <remarks>
    /// Kinks follow the conventions only, without the refinement at ties of <see cref="Gradient"/>: at a kink the
    /// second derivative is that of the side the first derivative takes there (README, "Conventions"), and the
    /// derivative DAG is differentiated once per input, so the second derivative stays linear in the method's size.
    /// The select stays the last operation (<c>d select(c, a, b) = select(c, da, db)</c>), so an untaken side's
    /// infinities never reach the result, at any order.
    /// </remarks>
    public static Node?[] NextGradient(GraphBuilder b, Node root, IReadOnlyList<Node> inputs, CancellationToken cancellationToken)
    {
        var gradient = new Node?[inputs.Count];
        List<Node> order = Graph.TopologicalOrder(new[] { root });
        for (int k = 0; k < inputs.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            gradient[k] = Propagate(b, order, inputs[k], b.One(inputs[k].Type), directional: false)[root];
        }

        return gradient;
    }

    /// <summary>
    /// The tangent of a single-input callee's derivative <c>G'(u)</c>: <c>G''(u) · du</c>, through the callee's next
    /// generated derivative (the front end requires the callee's order to be the caller's).
    /// </summary>
    private static Node? UserDerivativeTangent(GraphBuilder b, Node n, Dictionary<Node, Node?> tangents)
    {
        if (n.Type == ValueType.Tuple || tangents[n.Args[0]] is not Node du)
        {
            // A tuple of partials is differentiated through its items (ItemTangent).
            return null;
        }

        string[] members = b.HigherDerivatives(n) is { Length: > 0 } m ? m
            : throw new InvalidOperationException($"no higher derivative of '{n.Callee}' is known");
        bool vector = b.HigherDerivativesHaveVectorForm(n);
        Node next = b.UserDerivative(members[0], n.Type, vector, n.Args[0]);
        b.SetHigherDerivatives(next, Tail(members), vector);
        return b.Multiply(next, du);
    }

    /// <summary>
    /// The tangent of item <c>i</c> of a several-input callee's partials <c>∇G(a, b, …)</c>: item <c>i</c> of
    /// <c>H·t</c>, the callee's Hessian-vector product in the direction of the arguments' tangents.
    /// </summary>
    private static Node? ItemTangent(GraphBuilder b, Node n, Dictionary<Node, Node?> tangents)
    {
        Node tuple = n.Args[0];
        if (tuple.Kind != NodeKind.UserDerivative)
        {
            return null;
        }

        // The partials node is FBackward(a, b, …, 1) (or a registration's (a, b, …)): its first TupleArity arguments are the callee's.
        int arity = tuple.TupleArity;
        var args = new Node[2 * arity];
        bool any = false;
        for (int i = 0; i < arity; i++)
        {
            Node a = tuple.Args[i];
            args[i] = a;
            Node? t = tangents.TryGetValue(a, out Node? found) ? found : null;
            any |= t is not null;
            args[arity + i] = t ?? b.Zero(a.Type);
        }

        if (!any)
        {
            return null;
        }

        string member = b.HigherDerivatives(tuple) is { Length: > 0 } m ? m[0]
            : throw new InvalidOperationException($"no Hessian-vector product of '{tuple.Callee}' is known");
        return b.Item(b.UserHessianVectorProduct(member, args, b.HigherDerivativesHaveVectorForm(tuple)), n.ItemIndex, n.Type);
    }

    private static string[] Tail(string[] members)
    {
        var tail = new string[members.Length - 1];
        Array.Copy(members, 1, tail, 0, tail.Length);
        return tail;
    }
}
