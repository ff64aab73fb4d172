using System.Collections.Generic;
namespace DiffGen.Generator.Ir;

/// <summary>
/// Decides whether a method's value and derivative graphs can be computed on SIMD vectors: a fact about the graph and
/// the operation table, asked by the emitter (which bodies to write) and the front end (whether a callee has vector bodies).
/// </summary>
internal static class VectorSupport
{
    /// <summary>
    /// The first thing in <paramref name="roots"/> with no vector form, in words for a doc comment
    /// (e.g. "MathF.Atan"), or null when every node has one.
    /// </summary>
    /// <param name="roots">The graphs the vector code would compute.</param>
    /// <param name="element">The lanes' type: every value must be of it, or a mask (bool).</param>
    public static string? Obstacle(IReadOnlyList<Node> roots, ValueType element)
    {
        foreach (Node n in Graph.TopologicalOrder(roots))
        {
            if (Why(n, element) is string reason)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Whether a <c>Clamp</c> call's bounds are constants with <c>min &lt;= max</c> (so it cannot throw).</summary>
    public static bool HasOrderedConstantBounds(Node clamp) =>
        clamp.Args[1].IsConstant && clamp.Args[2].IsConstant && clamp.Args[1].Value <= clamp.Args[2].Value;

    private static string? Why(Node n, ValueType element)
    {
        if (n.Type != element && n.Type != ValueType.Bool && !(n.Type == ValueType.Tuple && n.Kind == NodeKind.UserDerivative))
        {
            return n.Type == ValueType.Int ? "integer arithmetic" : "a conversion between float and double";
        }

        switch (n.Kind)
        {
            case NodeKind.Equal or NodeKind.NotEqual when n.Args[0].Type == ValueType.Bool:
                // An all-ones mask lane reads as NaN, and NaN never equals itself: conditions cannot be compared lane-wise.
                return "a comparison of two conditions";
            case NodeKind.Constant or NodeKind.Input or NodeKind.Field:
            case NodeKind.Negate or NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide:
            case NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual:
            case NodeKind.Equal or NodeKind.NotEqual:
            case NodeKind.And or NodeKind.Or or NodeKind.Not or NodeKind.Select:
                return null;
            case NodeKind.Call when n.Function == MathFunctions.Clamp && !HasOrderedConstantBounds(n):
                // Math.Clamp throws where min > max, and a blend would compute it in lanes the scalar code never
                // evaluates (or not throw where it does): such a method's kernels run its scalar members instead.
                return "Math.Clamp with bounds that are not ordered constants";
            case NodeKind.Call:
                MathFunction f = n.Function!;
                return f.Vector is not null && !f.ReturnsInt
                    ? null
                    : f.ClassFor(element) + "." + f.Name;
            case NodeKind.UserCall or NodeKind.UserDerivative:
                return n.CalleeHasVectorBodies ? null : "the call to " + n.Callee;
            case NodeKind.Item:
                return null;
            default:
                return "the operation " + n.Kind;
        }
    }
}
