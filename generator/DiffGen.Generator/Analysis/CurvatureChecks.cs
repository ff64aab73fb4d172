using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Analysis;

/// <summary>
/// The second-order checks of a <c>[Differentiable(Order = 2)]</c> method of one input: DIFF015 when its second
/// derivative is 0 wherever it is defined because the method is piecewise linear (ReLU, leaky ReLU, Abs, Max, Clamp,
/// hard sigmoid: a network using it has a zero Laplacian almost everywhere), and DIFF016 at a kink where the first
/// derivative jumps, whose curvature (a Dirac mass) the second derivative drops while a smooth neighbour would keep it.
/// Smooth methods (GELU, Swish, Mish, softplus, tanh) have no kink, and ELU at α = 1 has a continuous first derivative
/// at its kink: neither is reported.
/// </summary>
internal static class CurvatureChecks
{
    /// <summary>Where kinks are looked for: the first derivative is sampled on this grid, then each crossing bisected.</summary>
    /// <remarks>A binary step, so the grid holds the round numbers where kinks usually are (0, ±3, 6) exactly.</remarks>
    private const double GridMin = -20, GridMax = 20, GridStep = 1.0 / 16;

    /// <summary>Findings for <paramref name="method"/>; empty below Order = 2 or for several inputs.</summary>
    public static IEnumerable<Finding> Run(FrontEnd.LoweredMethod method, string methodName, List<Node> nodes, Func<Node, SyntaxNode?> origin, CancellationToken cancellationToken)
    {
        if (method.Order < 2 || method.Inputs.Count != 1)
        {
            yield break;
        }

        GraphBuilder b = method.Builder;
        List<(Node Site, Node[] Crossings)> kinks = Kinks(b, nodes);
        if (kinks.Count == 0)
        {
            // Smooth, or linear everywhere: no piecewise-linear piece drops curvature.
            yield break;
        }

        Node first = Differentiator.Gradient(b, method.Result, method.Inputs, cancellationToken)[0] ?? b.Zero(method.Type);
        Node? second = Differentiator.NextGradient(b, first, method.Inputs, cancellationToken)[0];
        if (second is null || IsZeroAlmostEverywhere(second))
        {
            yield return new Finding(DiagnosticDescriptors.ZeroSecondDerivative, null, new[] { methodName });
            yield break;
        }

        foreach ((Node site, Node[] crossings) in kinks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Jump(first, method.Inputs[0], crossings) is double at)
            {
                yield return new Finding(DiagnosticDescriptors.KinkDropsCurvature, origin(site), new[]
                {
                    methodName, at.ToString("G6", CultureInfo.InvariantCulture),
                });
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="n"/> is 0 wherever it is defined, up to a set of measure zero: a zero constant, or a
    /// select whose sides are (the side taken only on an equality, a tie, does not count).
    /// </summary>
    private static bool IsZeroAlmostEverywhere(Node n) => n.Kind switch
    {
        NodeKind.Constant => n.Value == 0,
        NodeKind.Negate => IsZeroAlmostEverywhere(n.Args[0]),
        NodeKind.Select when OnlyAtTies(n.Args[0]) => IsZeroAlmostEverywhere(n.Args[2]),
        NodeKind.Select => IsZeroAlmostEverywhere(n.Args[1]) && IsZeroAlmostEverywhere(n.Args[2]),
        _ => false,
    };

    /// <summary>Whether a condition holds only where two values are equal (an equality or an or of equalities).</summary>
    private static bool OnlyAtTies(Node condition) => condition.Kind switch
    {
        NodeKind.Equal => true,
        NodeKind.Or => OnlyAtTies(condition.Args[0]) && OnlyAtTies(condition.Args[1]),
        NodeKind.And => OnlyAtTies(condition.Args[0]) || OnlyAtTies(condition.Args[1]),
        _ => false,
    };

    /// <summary>The kink sites of the value graph and, for each, the differences that are 0 at its ties.</summary>
    private static List<(Node Site, Node[] Crossings)> Kinks(GraphBuilder b, List<Node> nodes)
    {
        var kinks = new List<(Node, Node[])>();
        foreach (Node n in nodes)
        {
            if (!n.DependsOnInput || !n.IsNumeric)
            {
                continue;
            }

            IReadOnlyList<Node> a = n.Args;
            Node[]? crossings = n.Kind switch
            {
                NodeKind.Call when n.Function == MathFunctions.Abs => new[] { a[0] },
                NodeKind.Call when n.Function == MathFunctions.Max || n.Function == MathFunctions.Min => new[] { b.Subtract(a[0], a[1]) },
                NodeKind.Call when n.Function == MathFunctions.Clamp => new[] { b.Subtract(a[0], a[1]), b.Subtract(a[0], a[2]) },
                NodeKind.Select when a[0].DependsOnInput => SelectCrossings(b, a[0]),
                _ => null,
            };
            if (crossings is not null)
            {
                kinks.Add((n, crossings));
            }
        }

        return kinks;
    }

    /// <summary>
    /// The differences that are 0 at the ties of a select's inequalities, whatever the <c>&amp;&amp;</c>, <c>||</c>,
    /// <c>!</c> and flags set in branches around them (<c>x &gt;= 0 &amp;&amp; !double.IsNaN(x)</c> kinks at 0 as
    /// <c>x &gt;= 0</c> does); null when none moves with the input.
    /// </summary>
    private static Node[]? SelectCrossings(GraphBuilder b, Node condition)
    {
        Node[] crossings = Region.Comparisons(condition).Where(c => IsInequality(c) && c.DependsOnInput).Select(c => b.Subtract(c.Args[0], c.Args[1])).ToArray();
        return crossings.Length == 0 ? null : crossings;
    }

    private static bool IsInequality(Node c) => c.Kind is NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual;

    /// <summary>
    /// The first point (on the grid, bisected) where a crossing is 0 and the first derivative jumps across it, or null.
    /// A continuous first derivative (ELU at α = 1, a kink that cancels) is no jump.
    /// </summary>
    private static double? Jump(Node first, Node input, Node[] crossings)
    {
        foreach (Node crossing in crossings)
        {
            double previous = double.NaN, previousX = double.NaN;
            for (int i = 0; GridMin + (i * GridStep) <= GridMax; i++)
            {
                double x = GridMin + (i * GridStep);
                double value = ConcreteEvaluator.Evaluate(crossing, new[] { x });
                if (double.IsNaN(value))
                {
                    // A value DiffGen cannot know (a static readonly field, a user method): no verdict.
                    return null;
                }

                if (!double.IsNaN(previous) && (value == 0 || Math.Sign(value) != Math.Sign(previous)))
                {
                    double at = value == 0 ? x : Bisect(crossing, previousX, x, previous);
                    if (Jumps(first, at))
                    {
                        return at;
                    }
                }

                (previous, previousX) = (value, x);
            }
        }

        return null;
    }

    private static double Bisect(Node crossing, double lo, double hi, double atLo)
    {
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lo + hi);
            double value = ConcreteEvaluator.Evaluate(crossing, new[] { mid });
            if (value == 0)
            {
                return mid;
            }

            if (Math.Sign(value) == Math.Sign(atLo))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>Whether the first derivative differs on the two sides of <paramref name="at"/> by more than its slope explains.</summary>
    private static bool Jumps(Node first, double at)
    {
        double h = 1e-7 * Math.Max(1, Math.Abs(at));
        double left = ConcreteEvaluator.Evaluate(first, new[] { at - h }), right = ConcreteEvaluator.Evaluate(first, new[] { at + h });
        double farLeft = ConcreteEvaluator.Evaluate(first, new[] { at - (2 * h) }), farRight = ConcreteEvaluator.Evaluate(first, new[] { at + (2 * h) });
        if (!(Finite(left) && Finite(right) && Finite(farLeft) && Finite(farRight)))
        {
            return false;
        }

        // A jump stays as the step shrinks; a steep but continuous slope halves with it.
        double gap = Math.Abs(right - left), wider = Math.Abs(farRight - farLeft);
        return gap > 1e-6 * (1 + Math.Abs(left) + Math.Abs(right)) && gap > 0.75 * wider;
    }

    private static bool Finite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);
}
