using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Emit;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Analysis;

/// <summary>A problem found by the gradient checks: a descriptor, where (null: the method's name) and the message arguments.</summary>
/// <param name="Descriptor">What kind of problem.</param>
/// <param name="At">The offending syntax, or null for the method as a whole.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record Finding(DiagnosticDescriptor Descriptor, SyntaxNode? At, string[] Arguments);

/// <summary>
/// The checks that catch training failures in a lowered method: operations with no gradient (DIFF002),
/// singularities where an operation is actually evaluated (DIFF005), jumps at branch boundaries (DIFF006),
/// an identically zero derivative (DIFF007), double math in float methods (DIFF009) and <c>Math.Clamp</c> bounds
/// that always throw (DIFF013); at <c>Order = 2</c>, lost curvature (DIFF015, DIFF016: <see cref="CurvatureChecks"/>).
/// </summary>
internal sealed class GradientChecks
{
    /// <summary>Above this many node-region evaluations the interval checks are skipped (they only add warnings).</summary>
    private const int MaxWork = 400_000;

    private readonly LoweredMethod method;
    private readonly string methodName;
    private readonly List<Finding> findings = new();
    private readonly AffineForms affine = new();
    private readonly Dictionary<string, (Region Region, RangeEvaluator Ranges)> regions = new();

    private GradientChecks(LoweredMethod method, string methodName)
    {
        this.method = method;
        this.methodName = methodName;
    }

    /// <summary>Runs every check on <paramref name="method"/>.</summary>
    public static IReadOnlyList<Finding> Run(LoweredMethod method, string methodName, CancellationToken cancellationToken)
    {
        var checks = new GradientChecks(method, methodName);
        List<Node> nodes = Graph.TopologicalOrder(new[] { method.Result });
        checks.PiecewiseConstant(nodes);
        checks.DoubleMath(nodes);
        checks.ReversedClamp();
        cancellationToken.ThrowIfCancellationRequested();
        checks.ZeroGradient(cancellationToken);
        checks.findings.AddRange(CurvatureChecks.Run(method, methodName, nodes, checks.Origin, cancellationToken));

        // The interval checks look only at divisions, functions with singularities and numeric selects: most methods of
        // a project have none, and then the paths of every node need not be found (nothing could be reported).
        if (!nodes.Exists(n => MaySingular(n) || IsNumericSelect(n)))
        {
            return checks.findings;
        }

        Dictionary<Node, List<Literal[]>> paths = PathConditions.Compute(nodes);
        if (nodes.Count * paths.Values.SelectMany(p => p).Select(Key).Distinct().Count() <= MaxWork)
        {
            foreach (Node n in nodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (MaySingular(n))
                {
                    checks.Singularities(n, paths[n]);
                }

                if (IsNumericSelect(n))
                {
                    checks.Jump(n, paths[n]);
                }
            }
        }

        return checks.findings;
    }

    /// <summary>Whether <see cref="Singularities"/> has a rule for <paramref name="n"/>.</summary>
    private static bool MaySingular(Node n) =>
        n.Kind is NodeKind.Divide or NodeKind.Remainder || (n.Kind == NodeKind.Call && n.Function!.Singularities is not null);

    /// <summary>Whether <see cref="Jump"/> looks at <paramref name="n"/>.</summary>
    private static bool IsNumericSelect(Node n) => n.Kind == NodeKind.Select && (n.IsNumeric || n.IsInteger);

    private static string Key(Literal[] path) => string.Join(",", path.Select(l => (l.Holds ? "+" : "-") + l.Condition.Id));

    private void PiecewiseConstant(List<Node> nodes)
    {
        foreach (Node n in nodes)
        {
            string? why = n.Kind switch
            {
                _ when !n.DependsOnInput => null,
                NodeKind.Call when n.Function!.IsPiecewiseConstant => $"{n.Function.Name} is piecewise constant, so its derivative is zero almost everywhere",
                NodeKind.Convert when n.IsInteger => "a cast to an integer type truncates, so its derivative is zero almost everywhere",
                NodeKind.Remainder when n.IsNumeric => "% jumps at every multiple of its divisor, and the gradient ignores those jumps",
                NodeKind.BitwiseAnd or NodeKind.BitwiseOr or NodeKind.ExclusiveOr or NodeKind.LeftShift or NodeKind.RightShift =>
                    "bitwise operators work on integers, which carry no gradient",
                _ => null,
            };
            if (why is not null)
            {
                findings.Add(new Finding(DiagnosticDescriptors.NoGradientThrough, Origin(n), new[] { Text(n), why }));
            }
        }
    }

    private void DoubleMath(List<Node> nodes)
    {
        if (method.Type != ValueType.Float)
        {
            return;
        }

        foreach (Node n in nodes)
        {
            // Every function but Clamp has a MathF twin (Math.Clamp's float overload is on Math itself).
            if (n.Kind == NodeKind.Call && n.Type == ValueType.Double && n.Function!.Name != "Clamp"
                && n.Args.All(a => a.Kind == NodeKind.Convert && a.Args[0].Type == ValueType.Float || a.IsConstant))
            {
                findings.Add(new Finding(DiagnosticDescriptors.DoubleMathInFloatMethod, Origin(n), new[] { Text(n), methodName, n.Function.Name }));
            }
        }
    }

    private void ReversedClamp()
    {
        // Lowered as a path that throws (the front end spots them: min > max with constant bounds; NaN bounds never throw).
        foreach ((SyntaxNode call, double min, double max) in method.ReversedClamps)
        {
            findings.Add(new Finding(DiagnosticDescriptors.ClampBoundsReversed, call, new[] { call.ToString(), Format(min), Format(max) }));
        }
    }

    private void ZeroGradient(CancellationToken cancellationToken)
    {
        Node?[] gradient = Differentiator.Gradient(method.Builder, method.Result, method.Inputs, cancellationToken);
        if (gradient.All(g => g is null || g.IsConstantValue(0)))
        {
            findings.Add(new Finding(DiagnosticDescriptors.ZeroGradient, null, new[] { methodName }));
        }
    }

    private void Singularities(Node n, List<Literal[]> paths)
    {
        IReadOnlyList<Singularity> singular = n.Kind switch
        {
            NodeKind.Divide or NodeKind.Remainder => new[] { new Singularity(1, new[] { Interval.Point(0) }, n.Kind == NodeKind.Divide ? "denominator" : "divisor", "is zero") },
            NodeKind.Call when n.Function!.Singularities is { } rule => rule(n.Args),
            _ => Array.Empty<Singularity>(),
        };

        foreach (Singularity s in singular)
        {
            Node argument = n.Args[s.Argument];
            foreach (Literal[] path in paths)
            {
                (Region region, RangeEvaluator ranges) = RegionOf(path);
                if (region.IsInfeasible)
                {
                    continue;
                }

                Interval range = ranges.RangeOf(argument);
                foreach (Interval bad in s.Bad)
                {
                    Interval hit = range.Intersect(bad);
                    if (hit.IsEmpty || (hit.Lo == hit.Hi && IsExcluded(region, argument, hit.Lo)))
                    {
                        continue;
                    }

                    // Report the point nearest the good side, e.g. 0 for "≤ 0".
                    bool fromBelow = double.IsInfinity(bad.Lo);
                    double point = fromBelow ? hit.Hi : hit.Lo;
                    bool open = fromBelow ? hit.HiOpen : hit.LoOpen;
                    findings.Add(new Finding(DiagnosticDescriptors.GradientSingularity, Origin(n), new[]
                    {
                        s.Role, Text(argument), s.Condition, Witness(argument, point, open ? (fromBelow ? -1 : 1) : 0),
                    }));
                    return;
                }
            }
        }
    }

    private void Jump(Node select, List<Literal[]> paths)
    {
        foreach (Literal[] path in paths.Take(4))
        {
            (Region region, _) = RegionOf(path);
            if (region.IsInfeasible)
            {
                continue;
            }

            // Any comparison in the condition may be where it flips, whatever the && and || around it.
            foreach (Node compare in Region.Comparisons(select.Args[0]))
            {
                if (compare.Kind is NodeKind.Equal or NodeKind.NotEqual
                    || Region.Normalize(compare, true) is not var (node, _, c)
                    || affine.Of(node) is not { Input: Node input } form
                    || form.Solve(c) is not double x0
                    || region.BoundOf(input) is Interval bound && (x0 < bound.Lo || x0 > bound.Hi)
                    || IsOnlyExcluded(region, input, x0))
                {
                    continue;
                }

                if (FindJump(select, input, x0, region) is (double left, double right))
                {
                    findings.Add(new Finding(DiagnosticDescriptors.Discontinuity, Origin(select), new[]
                    {
                        $"{input.InputName} = {Format(x0)}", Format(left), Format(right),
                    }));
                    return;
                }
            }
        }
    }

    /// <summary>Compares the two sides of <paramref name="select"/> at the boundary, where its condition flips.</summary>
    private (double, double)? FindJump(Node select, Node input, double x0, Region region)
    {
        int index = (int)input.Value;
        double delta = 1e-6 * Math.Max(1, Math.Abs(x0));
        double tolerance = method.Type == ValueType.Float ? 1e-5 : 1e-9;
        foreach (double sample in new[] { 0.37, 1.29 })
        {
            double[] point = method.Inputs.Select(i => SampleIn(region.BoundOf(i), sample)).ToArray();
            point[index] = x0 - delta;
            double before = ConcreteEvaluator.Evaluate(select.Args[0], point);
            point[index] = x0 + delta;
            double after = ConcreteEvaluator.Evaluate(select.Args[0], point);
            if (before == after)
            {
                continue;
            }

            point[index] = x0;
            double a = ConcreteEvaluator.Evaluate(select.Args[1], point), b = ConcreteEvaluator.Evaluate(select.Args[2], point);
            bool finite = !double.IsNaN(a) && !double.IsInfinity(a) && !double.IsNaN(b) && !double.IsInfinity(b);
            if (double.IsNaN(a) || double.IsNaN(b) || (finite && Math.Abs(a - b) <= tolerance * (1 + Math.Abs(a) + Math.Abs(b))))
            {
                continue;
            }

            return (a, b);
        }

        return null;
    }

    private static double SampleIn(Interval? bound, double sample)
    {
        if (bound is not Interval i || i.Contains(sample))
        {
            return sample;
        }

        return double.IsInfinity(i.Lo) ? i.Hi - sample : double.IsInfinity(i.Hi) ? i.Lo + sample : (i.Lo + i.Hi) / 2;
    }

    /// <summary>Whether the conditions rule out exactly this point (the else side of <c>==</c>), not merely bound it.</summary>
    private static bool IsOnlyExcluded(Region region, Node input, double x) =>
        region.Excludes(input, x) && (region.BoundOf(input) is not Interval b || b.Contains(x));

    private bool IsExcluded(Region region, Node argument, double value) =>
        region.Excludes(argument, value)
        || (affine.Of(argument) is { Input: Node input } form && form.Solve(value) is double x && region.Excludes(input, x));

    private (Region, RangeEvaluator) RegionOf(Literal[] path)
    {
        string key = Key(path);
        if (!regions.TryGetValue(key, out (Region, RangeEvaluator) entry))
        {
            var region = new Region(path, affine);
            regions[key] = entry = (region, new RangeEvaluator(region));
        }

        return entry;
    }

    /// <summary>
    /// Where the argument reaches <paramref name="point"/>: "at x = -0.6", or, when the point itself is fine and
    /// only the values beyond it are bad (<paramref name="side"/> -1: below, 1: above), "for x &lt; 0".
    /// </summary>
    private string Witness(Node argument, double point, int side)
    {
        if (double.IsInfinity(point) || double.IsNaN(point)
            || affine.Of(argument) is not { Input: Node input } form || form.Solve(point) is not double x)
        {
            return "for some inputs";
        }

        if (side == 0)
        {
            return $"at {input.InputName} = {Format(x)}";
        }

        // The bad side in the argument maps to the input through the sign of the scale.
        bool below = (side < 0) == (form.Scale > 0);
        return $"for {input.InputName} {(below ? "<" : ">")} {Format(x)}";
    }

    private string Format(double value) => value == 0 ? "0" : method.Type == ValueType.Float
        ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);

    private SyntaxNode? Origin(Node n) => method.Origins.TryGetValue(n, out SyntaxNode? syntax) ? syntax : null;

    private string Text(Node n) => Origin(n)?.ToString() ?? new ExpressionPrinter(Emit.MathDialect.Instance, maxLength: 200).TryPrint(n) ?? "(a long expression)";
}
