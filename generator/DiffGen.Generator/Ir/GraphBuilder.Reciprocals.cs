using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>Division by a shared reciprocal, for the derivative outputs that divide by one divisor several times.</summary>
internal sealed partial class GraphBuilder
{
    private HashSet<Node>? reciprocalDivisors;
    private HashSet<Node>? keptQuotients;

    /// <summary>
    /// Until the returned scope is disposed, a floating-point division by one of <paramref name="divisors"/> is made as
    /// the product with the divisor's reciprocal, one <c>1 / d</c> node shared by all of them, except where the
    /// quotient is one of <paramref name="kept"/> (the method's own nodes, whose values must not change).
    /// </summary>
    /// <remarks>
    /// Not an exact rewrite (<c>a · (1/d)</c> may differ from <c>a / d</c> by an ulp), so the builder never applies it
    /// by itself: <see cref="Differentiator.Gradient"/> asks for it when the derivative outputs divide by the same
    /// divisor two or more times (the quotient rule once per input), where one division and several products
    /// cost much less than several divisions.
    /// </remarks>
    public IDisposable ShareReciprocals(HashSet<Node> divisors, HashSet<Node> kept)
    {
        reciprocalDivisors = divisors;
        keptQuotients = kept;
        return new ReciprocalScope(this);
    }

    /// <summary>The product standing for <c>a / d</c> in a <see cref="ShareReciprocals"/> scope; null for a plain division.</summary>
    private Node? SharedReciprocalQuotient(Node a, Node d)
    {
        if (reciprocalDivisors is null || a.IsInteger || !reciprocalDivisors.Contains(d))
        {
            return null;
        }

        if (nodes.TryGetValue(new NodeKey(NodeKind.Divide, a.Type, new[] { a, d }), out Node? existing) && keptQuotients!.Contains(existing))
        {
            return null;
        }

        return Multiply(a, Make(NodeKind.Divide, a.Type, One(a.Type), d));
    }

    private sealed class ReciprocalScope : IDisposable
    {
        private readonly GraphBuilder builder;

        public ReciprocalScope(GraphBuilder builder) => this.builder = builder;

        public void Dispose()
        {
            builder.reciprocalDivisors = null;
            builder.keptQuotients = null;
        }
    }
}
