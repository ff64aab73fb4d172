namespace DiffGen.Generator.Ir;

/// <summary>
/// How to differentiate an opaque call to a user method: the node that computes its derivative
/// (a scalar for one argument, a tuple of partial derivatives in parameter order for several).
/// </summary>
/// <param name="Derivative">The <see cref="NodeKind.UserDerivative"/> node.</param>
/// <param name="IsTuple">Whether <paramref name="Derivative"/> is a tuple of partials.</param>
internal sealed record UserDerivativeInfo(Node Derivative, bool IsTuple);
