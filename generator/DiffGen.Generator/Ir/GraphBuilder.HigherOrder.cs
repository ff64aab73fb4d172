using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>What second- and third-order differentiation needs to know about calls to other methods.</summary>
internal sealed partial class GraphBuilder
{
    private readonly Dictionary<Node, string[]> higherDerivatives = new();
    private readonly HashSet<Node> higherVectorForms = new();

    /// <summary>
    /// Records how the derivative of a call to a <c>[Differentiable]</c> callee (a <see cref="NodeKind.UserDerivative"/>
    /// node) is differentiated again: for one input, the qualified names of the callee's next derivatives
    /// (<c>FSecondDerivative</c>, <c>FThirdDerivative</c>); for several, of its Hessian-vector product.
    /// <paramref name="hasVectorForm"/> says whether they have vector bodies (see <see cref="Node.CalleeHasVectorBodies"/>).
    /// </summary>
    public void SetHigherDerivatives(Node derivative, string[] members, bool hasVectorForm = false)
    {
        higherDerivatives[derivative] = members;
        if (hasVectorForm)
        {
            higherVectorForms.Add(derivative);
        }
        else
        {
            higherVectorForms.Remove(derivative);
        }
    }

    /// <summary>Whether the members recorded by <see cref="SetHigherDerivatives"/> have vector bodies.</summary>
    public bool HigherDerivativesHaveVectorForm(Node derivative) => higherVectorForms.Contains(derivative);

    /// <summary>The members recorded by <see cref="SetHigherDerivatives"/>, or null when the call has none.</summary>
    public string[]? HigherDerivatives(Node derivative) => higherDerivatives.TryGetValue(derivative, out string[]? members) ? members : null;

    /// <summary>
    /// A call to a <c>[Differentiable]</c> callee's generated <c>FHessianVectorProduct(a, b, …, va, vb, …)</c>: a tuple of
    /// one component per point argument (half of <paramref name="pointAndDirection"/>).
    /// </summary>
    /// <param name="method">The qualified name of the callee's Hessian-vector product.</param>
    /// <param name="pointAndDirection">The point's coordinates, then the direction's.</param>
    /// <param name="hasVectorForm">Whether the callee's function struct has its vector body.</param>
    public Node UserHessianVectorProduct(string method, Node[] pointAndDirection, bool hasVectorForm = false) =>
        Make(new NodeKey(NodeKind.UserDerivative, ValueType.Tuple, pointAndDirection, index: pointAndDirection.Length / 2, name: method, flag: hasVectorForm));
}
