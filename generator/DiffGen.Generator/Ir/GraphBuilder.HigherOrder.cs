using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>What second- and third-order differentiation needs to know about calls to other methods.</summary>
internal sealed partial class GraphBuilder
{
    private readonly Dictionary<Node, string[]> higherDerivatives = new();

    /// <summary>
    /// Records how the derivative of a call to a <c>[Differentiable]</c> callee (a <see cref="NodeKind.UserDerivative"/>
    /// node) is differentiated again: for one input, the qualified names of the callee's next derivatives
    /// (<c>FSecondDerivative</c>, <c>FThirdDerivative</c>); for several, of its Hessian-vector product.
    /// </summary>
    public void SetHigherDerivatives(Node derivative, string[] members) => higherDerivatives[derivative] = members;

    /// <summary>The members recorded by <see cref="SetHigherDerivatives"/>, or null when the call has none.</summary>
    public string[]? HigherDerivatives(Node derivative) => higherDerivatives.TryGetValue(derivative, out string[]? members) ? members : null;
}
