using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Ir;
using Xunit;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// The forward-mode differentiator on IR built in memory, its derivatives evaluated exactly
/// (<see cref="ExactEvaluator"/>) against closed forms and finite differences: fast enough to run for every
/// mutant of the IR core (tools/mutation/run.sh), and blind to nothing the emitters do.
/// </summary>
public sealed class DifferentiatorTests
{
    private delegate Node Body(GraphBuilder b, Node[] x);

    [Theory]
    [InlineData(1.5, 0.75)]
    [InlineData(-2.25, 0.5)]
    [InlineData(0.3, -1.25)]
    public void Arithmetic_follows_the_sum_product_and_quotient_rules(double x, double y)
    {
        AssertGradient((b, v) => b.Negate(v[0]), new[] { x }, -1);
        AssertGradient((b, v) => b.Add(v[0], v[1]), new[] { x, y }, 1, 1);
        AssertGradient((b, v) => b.Add(v[0], C(b, 3)), new[] { x }, 1);
        AssertGradient((b, v) => b.Add(C(b, 3), v[0]), new[] { x }, 1);
        AssertGradient((b, v) => b.Subtract(v[0], v[1]), new[] { x, y }, 1, -1);
        AssertGradient((b, v) => b.Subtract(C(b, 3), v[0]), new[] { x }, -1);
        AssertGradient((b, v) => b.Subtract(v[0], C(b, 3)), new[] { x }, 1);
        AssertGradient((b, v) => b.Multiply(v[0], v[1]), new[] { x, y }, y, x);
        AssertGradient((b, v) => b.Multiply(v[0], v[0]), new[] { x }, 2 * x);
        AssertGradient((b, v) => b.Multiply(C(b, 2.5), v[0]), new[] { x }, 2.5);
        AssertGradient((b, v) => b.Divide(v[0], v[1]), new[] { x, y }, 1 / y, -x / (y * y));
        AssertGradient((b, v) => b.Divide(v[0], C(b, 0.75)), new[] { x }, 1 / 0.75);
        AssertGradient((b, v) => b.Divide(C(b, 2), v[0]), new[] { x }, -2 / (x * x));
    }

    [Theory]
    [InlineData(7.5, 2.0)]
    [InlineData(-7.5, 2.0)]
    [InlineData(5.25, -1.5)]
    public void Remainder_differentiates_as_fmod_between_its_jumps(double x, double y)
    {
        // a % b = a - trunc(a / b)·b: d/da = 1, d/db = -trunc(a / b).
        AssertGradient((b, v) => b.Integral(NodeKind.Remainder, v[0], v[1]), new[] { x, y }, 1, -Math.Truncate(x / y));
        AssertGradient((b, v) => b.Integral(NodeKind.Remainder, v[0], C(b, y)), new[] { x }, 1);
        AssertGradient((b, v) => b.Integral(NodeKind.Remainder, C(b, x), v[0]), new[] { y }, -Math.Truncate(x / y));
    }

    [Fact]
    public void Remainder_differentiates_when_the_dividend_and_the_divisor_move_together()
    {
        // 5x % (x + 1) at x = 1.3: 6.5 % 2.3, trunc(6.5 / 2.3) = 2, so d/dx = 5 - 2·1 = 3.
        AssertGradient((b, v) => b.Integral(NodeKind.Remainder, b.Multiply(C(b, 5), v[0]), b.Add(v[0], C(b, 1))), new[] { 1.3 }, 3);
    }

    [Fact]
    public void Conversions_carry_the_tangent_and_integers_stop_it()
    {
        AssertGradient((b, v) => b.Multiply(b.Convert(b.Convert(v[0], ValueType.Float), ValueType.Double), v[0]), new[] { 1.5 }, 3);
        var g = new GraphBuilder();
        Node x = g.Input(0, "x", ValueType.Double);
        Node truncated = g.Convert(g.Convert(x, ValueType.Int), ValueType.Double);
        Assert.Null(Differentiator.Gradient(g, truncated, new[] { x }, CancellationToken.None)[0]);
        Assert.Null(Differentiator.Gradient(g, g.Constant(2, ValueType.Double), new[] { x }, CancellationToken.None)[0]);
        Node y = g.Input(1, "y", ValueType.Double);
        Assert.Equal(new Node?[] { g.One(ValueType.Double), null }, Differentiator.Gradient(g, x, new[] { x, y }, CancellationToken.None));
    }

    [Fact]
    public void Float_methods_get_float_tangents()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Float);
        Node root = b.Divide(b.Multiply(x, x), b.Add(x, b.Constant(0.6, ValueType.Float)));
        Node d = Differentiator.Gradient(b, root, new[] { x }, CancellationToken.None)[0]!;
        Assert.Equal(ValueType.Float, d.Type);
        float xf = 0.7f, expected = (2 * xf - (xf * xf / (xf + 0.6f))) / (xf + 0.6f);
        Assert.Equal(expected, (float)ExactEvaluator.Evaluate(d, new double[] { xf }), 6);
    }

    [Fact]
    public void Every_smooth_table_function_matches_finite_differences()
    {
        var failures = new List<string>();
        foreach (MathFunction f in MathFunctions.All.Where(f => !f.IsPiecewiseConstant && f.Name is not ("Abs" or "Max" or "Min" or "Clamp")))
        {
            double[] at = f.Arity switch { 1 => new[] { 0.4 }, 2 => new[] { 0.7, 1.3 }, _ => new[] { 0.4, 1.1, -0.3 } };
            if (f.Name == "Acosh")
            {
                at = new[] { 1.7 };
            }

            var b = new GraphBuilder();
            Node[] inputs = at.Select((_, i) => b.Input(i, "x" + i, ValueType.Double)).ToArray();
            Node root = b.Call(f, inputs);
            Node?[] gradient = Differentiator.Gradient(b, root, inputs, CancellationToken.None);
            for (int k = 0; k < at.Length; k++)
            {
                double h = 1e-6;
                double[] up = (double[])at.Clone(), down = (double[])at.Clone();
                up[k] += h;
                down[k] -= h;
                double fd = (f.Evaluate(up) - f.Evaluate(down)) / (2 * h);
                if (gradient[k] is null)
                {
                    // No tangent at all: CopySign's sign argument must be flat there; ScaleB's exponent is an int in C#
                    // (the table's evaluator takes it as a real number, so finite differences mean nothing for it).
                    if (fd != 0 && !(f.Name == "ScaleB" && k == 1))
                    {
                        failures.Add($"{f}: no derivative for x{k}, finite differences {fd}");
                    }

                    continue;
                }

                double actual = ExactEvaluator.Evaluate(gradient[k]!, at);
                if (!(Math.Abs(actual - fd) <= 1e-6 * (1 + Math.Abs(fd))))
                {
                    failures.Add($"{f}: d/dx{k} = {actual}, finite differences {fd}");
                }
            }
        }

        // The same input in every argument: the partials' terms add up (x^x, hypot(x, x) = √2·x, fma(x, x, x) = x² + x).
        foreach (MathFunction f in MathFunctions.All.Where(f => !f.IsPiecewiseConstant && f.Arity > 1 && f.Name is not ("Max" or "Min" or "Clamp" or "ScaleB")))
        {
            var b = new GraphBuilder();
            Node x = b.Input(0, "x", ValueType.Double);
            Node? g = Differentiator.Gradient(b, b.Call(f, Enumerable.Repeat(x, f.Arity).ToArray()), new[] { x }, CancellationToken.None)[0];
            double at = 0.7, h = 1e-6;
            double fd = (f.Evaluate(Enumerable.Repeat(at + h, f.Arity).ToArray()) - f.Evaluate(Enumerable.Repeat(at - h, f.Arity).ToArray())) / (2 * h);
            double actual = g is null ? 0 : ExactEvaluator.Evaluate(g, new[] { at });
            if (!(Math.Abs(actual - fd) <= 1e-6 * (1 + Math.Abs(fd))))
            {
                failures.Add($"{f} of x in every argument: d/dx = {actual}, finite differences {fd}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(true, 2.0)]
    [InlineData(false, 3.0)]
    public void A_select_differentiates_the_side_it_takes(bool positive, double expected)
    {
        // x > 0 ? 2x : 3x, and the sides without a tangent are structural zeros.
        double x = positive ? 1.5 : -1.5;
        AssertGradient((b, v) => b.Select(b.Compare(NodeKind.Greater, v[0], Z(b)), b.Multiply(C(b, 2), v[0]), b.Multiply(C(b, 3), v[0])), new[] { x }, expected);
        AssertGradient((b, v) => b.Select(b.Compare(NodeKind.Greater, v[0], Z(b)), v[0], C(b, 4)), new[] { x }, positive ? 1 : 0);
        AssertGradient((b, v) => b.Select(b.Compare(NodeKind.Greater, v[0], Z(b)), C(b, 4), v[0]), new[] { x }, positive ? 0 : 1);
    }

    [Fact]
    public void A_user_call_multiplies_its_registered_partials_by_the_arguments_tangents()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node arg = b.Multiply(C(b, 3), x);
        Node call = b.UserCall("F", ValueType.Double, false, arg, y);
        Node partials = b.UserDerivative("FD", ValueType.Tuple, false, arg, y);
        b.SetDerivative(call, new UserDerivativeInfo(partials, IsTuple: true));
        Node?[] g = Differentiator.Gradient(b, call, new[] { x, y }, CancellationToken.None);
        Assert.Same(b.Multiply(b.Item(partials, 0, ValueType.Double), C(b, 3)), g[0]);
        Assert.Same(b.Item(partials, 1, ValueType.Double), g[1]);

        Node single = b.UserCall("G", ValueType.Double, false, x);
        Node derivative = b.UserDerivative("GD", ValueType.Double, false, x);
        b.SetDerivative(single, new UserDerivativeInfo(derivative, IsTuple: false));
        Node sum = b.Add(single, b.UserCall("G", ValueType.Double, false, x));
        Assert.Same(b.Multiply(C(b, 2), derivative), Differentiator.Gradient(b, sum, new[] { x }, CancellationToken.None)[0]);
    }

    [Fact]
    public void A_registered_gradient_replaces_the_bodys()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node root = b.Multiply(b.Call(MathFunctions.Round, x), y);
        Node partials = b.UserDerivative("QD", ValueType.Tuple, false, x, y);
        b.SetRegisteredGradient(root, new UserDerivativeInfo(partials, IsTuple: true));
        Assert.Equal(new[] { b.Item(partials, 0, ValueType.Double), b.Item(partials, 1, ValueType.Double) }, Differentiator.Gradient(b, root, new[] { x, y }, CancellationToken.None));
        Assert.Null(b.RegisteredGradient(x));
    }

    public static TheoryData<string, double, double> Kinks => new()
    {
        // name, x, expected derivative (true where differentiable, the convention at genuine kinks)
        { "bce", 0, 0.5 - 0.3 },
        { "bce", -0.0, 0.5 - 0.3 },
        { "bce", 0.25, 1 / (1 + Math.Exp(-0.25)) - 0.3 },
        { "logsigmoid", 0, 0.5 },
        { "max+min", 0, 1 },
        { "min+max", 0, 1 },
        { "abs-2relu", 0, -1 },
        { "abs+2min", 0, 1 },
        { "clamp+min", 0, 1 },
        { "clamp+relu", 1, 1 },
        { "clamp-hi", 1, 0 },
        { "branches", 0, 1 },
        { "both-sides", 0, 1 },
        { "either-side", 0, 1 },
        { "equal", 0, 1 },
        { "not-equal", 0, 1 },
        { "abs+relu", 0, 0 },
        { "two-relus", 0, 0 },
        { "relu", 0, 0 },
        { "abs", 0, 0 },
        { "jump", 0, 1 },
        { "jump-left", 0, 0 },
        { "max-of-two", 0, 0 },
        { "min-of-sum", 0, 1.5 },
        { "off-tie-max", 0, 1 },
        { "off-tie-min", 0, 1 },
        { "branch-of-two", 0, 3 },
    };

    [Theory]
    [MemberData(nameof(Kinks))]
    public void Kinks_that_cancel_give_the_true_derivative_and_genuine_kinks_the_convention(string name, double x, double expected)
    {
        Body body = KinkBody(name);
        Assert.Equal(expected, Gradient(body, ValueType.Double, x)[0], 14);
        Assert.Equal(expected, Gradient(body, ValueType.Float, x)[0], 5);
    }

    [Fact]
    public void One_kink_site_costs_nothing()
    {
        // ReLU, leaky ReLU, hardtanh, |x|, one branch: the gradient is the convention alone, with no test for a tie.
        foreach (string name in new[] { "relu", "abs", "leaky", "hardtanh", "branch", "abs-twice" })
        {
            var b = new GraphBuilder();
            Node x = b.Input(0, "x", ValueType.Double);
            Node root = KinkBody(name)(b, new[] { x });
            Node g = Differentiator.Gradient(b, root, new[] { x }, CancellationToken.None)[0]!;
            Assert.DoesNotContain(Graph.TopologicalOrder(new[] { g }), n => n.Kind == NodeKind.Equal);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Refinement_stops_above_MaxRefinedSites_kink_sites(bool single)
    {
        ValueType type = single ? ValueType.Float : ValueType.Double;
        // Σ_{i<16} max(x - i, 0) + min(x - i, 0) = 16x - const has 32 sites, the cap: at x = 0 the tie of i = 0 is
        // refined to the true slope 16 (the conventions give 0 + 0 there, so 15). One more site, |x + 5| (slope 1
        // there), puts the method over the cap: the conventions stand alone, 15 + 1.
        Assert.Equal(32, Differentiator.MaxRefinedSites);
        Body pairs = (b, v) => Enumerable.Range(0, 16)
            .Select(i => b.Subtract(v[0], C(b, i, v[0].Type)))
            .Select(d => b.Add(b.Call(MathFunctions.Max, d, Z(b, d.Type)), b.Call(MathFunctions.Min, d, Z(b, d.Type))))
            .Aggregate(b.Add);
        Body over = (b, v) => b.Add(pairs(b, v), Abs(b, b.Add(v[0], C(b, 5, v[0].Type))));
        Assert.Equal(16.0, Gradient(pairs, type, 0)[0]);
        Assert.Equal(16.0, Gradient(over, type, 0)[0]);
        Assert.Equal(new[] { 16.0, 16.0 }, new[] { Gradient(pairs, type, 0.5)[0], Gradient(over, type, 0.5)[0] - 1 });
    }

    [Theory]
    [InlineData(false, 30, 2.0)]
    [InlineData(false, 29, 0.0)]
    [InlineData(true, 14, 2.0)]
    [InlineData(true, 13, 0.0)]
    public void One_sided_slopes_agree_within_the_tolerance_inclusive(bool single, int exponent, double expected)
    {
        ValueType type = single ? ValueType.Float : ValueType.Double;
        // a·max(x, 0) + c·min(x, 0) at x = 0, with a = 2 + 2^-(e+1) and c = 2 - 2^-(e+1): the one-sided slopes are a and
        // c, the conventions give 0. They differ by 2^-e; the tolerance is 2^-32 (double) or 2^-16 (float) of
        // |a| + |c| + 0 = 4, i.e. 2^-30 or 2^-14. At exactly the tolerance they agree (their mean, 2, is the slope);
        // at twice it they do not, and the convention stands.
        double half = Math.Pow(2, -(exponent + 1));
        Body body = (b, v) => b.Add(
            b.Multiply(C(b, 2 + half, v[0].Type), b.Call(MathFunctions.Max, v[0], Z(b, v[0].Type))),
            b.Multiply(C(b, 2 - half, v[0].Type), b.Call(MathFunctions.Min, v[0], Z(b, v[0].Type))));
        Assert.Equal(expected, Gradient(body, type, 0)[0]);
    }

    [Fact]
    public void Each_input_is_refined_on_its_own()
    {
        // max(x - y, 0) + min(x - y, 0) = x - y; BCE's label gradient is -x, without any kink.
        Body sum = (b, v) => { Node d = b.Subtract(v[0], v[1]); return b.Add(b.Call(MathFunctions.Max, d, Z(b)), b.Call(MathFunctions.Min, d, Z(b))); };
        Assert.Equal(new[] { 1.0, -1.0 }, Gradient(sum, ValueType.Double, 0.5, 0.5));
        Assert.Equal(new[] { 0.2, -0.0 }, Gradient(Bce, ValueType.Double, 0, 0.3).Select(v => Math.Round(v, 14)).ToArray());

        var g = new GraphBuilder();
        Node x = g.Input(0, "x", ValueType.Double), y = g.Input(1, "y", ValueType.Double);
        Node dy = Differentiator.Gradient(g, Bce(g, new[] { x, y }), new[] { x, y }, CancellationToken.None)[1]!;
        Assert.Same(g.Negate(x), dy);
    }

    [Fact]
    public void Selects_count_as_kink_sites_only_through_comparisons_that_move()
    {
        // |x| - 2·max(x, 0) = -x, plus a select on y alone: its condition does not move with x, so at x = 0 the
        // refinement takes the side y chooses (slope 1): -1 + 1.
        Body fixedCondition = (b, v) => b.Add(
            b.Subtract(Abs(b, v[0]), b.Multiply(C(b, 2), Max0(b, v[0]))),
            b.Select(Cmp(b, NodeKind.Greater, v[1]), v[0], b.Multiply(C(b, 3), v[0])));
        AssertGradient(fixedCondition, new[] { 0.0, 1.0 }, 0, 0);
        AssertGradient(fixedCondition, new[] { 0.0, -1.0 }, 2, 0);

        // One kink (|x|) and a select whose condition does not move with x: no refinement, no test for a tie.
        // x > 0 && (x > 0 || y > 0) names one inequality twice: one site, no refinement either.
        var g = new GraphBuilder();
        Node x = g.Input(0, "x", ValueType.Double), y = g.Input(1, "y", ValueType.Double);
        Node oneKink = g.Add(Abs(g, x), g.Select(Cmp(g, NodeKind.Greater, y), x, g.Multiply(C(g, 3), x)));
        Node repeated = g.Select(g.And(Cmp(g, NodeKind.Greater, x), g.Or(Cmp(g, NodeKind.Greater, x), Cmp(g, NodeKind.Greater, y))), x, Z(g));
        foreach (Node root in new[] { oneKink, repeated })
        {
            Node d = Differentiator.Gradient(g, root, new[] { x }, CancellationToken.None)[0]!;
            Assert.DoesNotContain(Graph.TopologicalOrder(new[] { d }), n => n.Kind == NodeKind.Equal);
        }
    }

    [Fact]
    public void A_select_on_a_comparison_whose_right_side_moves_is_refined()
    {
        // (0 < x ? x : 0) + min(x, 0) = x: slope 1 at 0, where the conventions give 0 + 0.
        Body sum = (b, v) => b.Add(b.Select(b.Compare(NodeKind.Less, Z(b), v[0]), v[0], Z(b)), Min0(b, v[0]));
        AssertGradient(sum, new[] { 0.0 }, 1);
    }

    [Fact]
    public void A_condition_that_selects_between_conditions_marks_the_ties_of_the_ones_it_chooses_from()
    {
        // A bool local set in a branch (bool pos = y > 0 ? x > 0 : x >= 0) is a select between two conditions.
        // (pos ? x : 0) + min(x, 0) = x for either y: slope 1 at x = 0, where the conventions give 0 + min's share.
        Body twoConditions = (b, v) => b.Add(
            b.Select(b.Select(Cmp(b, NodeKind.Greater, v[1]), Cmp(b, NodeKind.Greater, v[0]), Cmp(b, NodeKind.GreaterOrEqual, v[0])), v[0], Z(b)),
            Min0(b, v[0]));
        AssertGradient(twoConditions, new[] { 0.0, 1.0 }, 1, 0);
        AssertGradient(twoConditions, new[] { 0.0, -1.0 }, 1, 0);

        // (y > 0 ? false : x > 0) keeps its literal side (it folds neither to && nor to ||): for y < 0 the same x.
        Body literalSide = (b, v) => b.Add(
            b.Select(b.Select(Cmp(b, NodeKind.Greater, v[1]), b.Bool(false), Cmp(b, NodeKind.Greater, v[0])), v[0], Z(b)),
            Min0(b, v[0]));
        AssertGradient(literalSide, new[] { 0.0, -1.0 }, 1, 0);
        AssertGradient(literalSide, new[] { 0.5, -1.0 }, 1, 0);
        AssertGradient(literalSide, new[] { -0.5, 1.0 }, 1, 0);
    }

    [Fact]
    public void Every_comparison_of_a_select_marks_a_tie()
    {
        // (0 <= x < 1 ? x : 1) + (x < 5 && x > 1 ? x - 1 : 0) = x on [0, 5]: slope 1 at x = 1, where both selects take
        // their flat side (0 + 0). Only the second comparison of each condition is at its tie there.
        Body sum = (b, v) => b.Add(
            b.Select(b.And(Cmp(b, NodeKind.GreaterOrEqual, v[0]), b.Compare(NodeKind.Less, v[0], C(b, 1))), v[0], C(b, 1)),
            b.Select(b.And(b.Compare(NodeKind.Less, v[0], C(b, 5)), b.Compare(NodeKind.Greater, v[0], C(b, 1))), b.Subtract(v[0], C(b, 1)), Z(b)));
        AssertGradient(sum, new[] { 1.0 }, 1);
        AssertGradient(sum, new[] { 0.5 }, 1);
    }

    [Fact]
    public void Calls_to_user_methods_keep_the_conventions()
    {
        // Both sides of a select would be evaluated at a tie, and a user method may throw off its own branch.
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double);
        Node call = b.UserCall("F", ValueType.Double, false, x);
        b.SetDerivative(call, new UserDerivativeInfo(b.UserDerivative("FD", ValueType.Double, false, x), IsTuple: false));
        Node root = b.Add(b.Add(b.Call(MathFunctions.Max, x, Z(b)), b.Call(MathFunctions.Min, x, Z(b))), call);
        Node g = Differentiator.Gradient(b, root, new[] { x }, CancellationToken.None)[0]!;
        Assert.DoesNotContain(Graph.TopologicalOrder(new[] { g }), n => n.Kind == NodeKind.Equal);
    }

    [Fact]
    public void Max_and_Min_give_the_gradient_to_the_winner_and_split_or_drop_it_at_ties()
    {
        // Off a tie: the finite differences of Math.Max/Math.Min (exact here: dyadic points, piecewise linear). At a tie
        // of two input-dependent arguments 0.5 each (torch.maximum), at a tie with a constant 0 (ReLU'(0) = 0).
        foreach (bool max in new[] { true, false })
        {
            MathFunction f = max ? MathFunctions.Max : MathFunctions.Min;
            Func<double, double, double> g = max ? Math.Max : Math.Min;
            foreach ((double x, double y) in new[] { (1.0, 2.0), (2.0, 1.0), (-0.5, -3.0), (-3.0, -0.5), (1.5, 1.5) })
            {
                double[] expected = x == y ? new[] { 0.5, 0.5 } : new[] { Fd(v => g(v, y), x), Fd(v => g(x, v), y) };
                AssertGradient((b, v) => b.Call(f, v[0], v[1]), new[] { x, y }, expected);
            }

            foreach (double x in new[] { 0.5, 1.0, 2.0 })
            {
                double expected = x == 1 ? 0 : Fd(v => g(v, 1), x);
                AssertGradient((b, v) => b.Call(f, v[0], C(b, 1)), new[] { x }, expected);
                AssertGradient((b, v) => b.Call(f, C(b, 1), v[0]), new[] { x }, expected);
            }

            // max(x, 3x) and min(x, 3x): slopes 1 and 3 on either side of 0, split evenly at the tie.
            foreach (double x in new[] { -1.0, 0.0, 1.0 })
            {
                double expected = x == 0 ? 2 : Fd(v => g(v, 3 * v), x);
                AssertGradient((b, v) => b.Call(f, v[0], b.Multiply(C(b, 3), v[0])), new[] { x }, expected);
                AssertGradient((b, v) => b.Call(f, b.Multiply(C(b, 3), v[0]), v[0]), new[] { x }, expected);
            }
        }
    }

    [Fact]
    public void Clamp_gives_the_gradient_to_x_inside_and_to_the_bound_at_or_beyond_it()
    {
        // Clamp(x, lo, hi) on three inputs: off the bounds the finite differences of Math.Clamp; at x == lo or x == hi
        // the bound takes the whole gradient (hardtanh, relu6). With constant bounds, 0 wherever a bound would take it.
        foreach ((double x, double lo, double hi) in new[] { (0.5, 0.0, 1.0), (-1.0, 0.0, 1.0), (2.0, 0.0, 1.0), (0.0, 0.0, 1.0), (1.0, 0.0, 1.0), (-0.25, -0.5, 0.5) })
        {
            double[] expected = x == lo ? new[] { 0.0, 1, 0 } : x == hi ? new[] { 0.0, 0, 1 }
                : new[] { Fd(v => Math.Clamp(v, lo, hi), x), Fd(v => Math.Clamp(x, v, hi), lo), Fd(v => Math.Clamp(x, lo, v), hi) };
            AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], v[1], v[2]), new[] { x, lo, hi }, expected);
            AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], C(b, lo), C(b, hi)), new[] { x }, expected[0]);
            AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], v[1], C(b, hi)), new[] { x, lo }, expected[0], expected[1]);
            AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], C(b, lo), v[1]), new[] { x, hi }, expected[0], expected[2]);
        }

        // Clamp(x, x, x) is x; Clamp(x, y, x) is not: at x == y it is clamped to its lower bound, y, which takes the gradient.
        AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], v[0], v[0]), new[] { 0.5 }, 1);
        AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], v[1], v[0]), new[] { 0.5, 0.5 }, 0, 1);
        AssertGradient((b, v) => b.Call(MathFunctions.Clamp, v[0], v[0], v[1]), new[] { 0.5, 1.5 }, 1, 0);
    }

    [Fact]
    public void Pow_abs_copysign_and_hypot_follow_their_closed_forms_and_conventions_at_zero()
    {
        // Away from the special points, the closed forms; where e == 0, d/da is 0, and where a == 0 and e >= 0, d/de is 0
        // (torch.pow); Abs'(0) = 0; CopySign(a, s) has slope ±1 (the sign of s times that of a) and 0 at a = 0, none in s;
        // Hypot has slope 0 at the origin.
        Body pow = (b, v) => b.Call(MathFunctions.Pow, v[0], v[1]);
        AssertGradient(pow, new[] { 1.5, 3.0 }, 3 * 1.5 * 1.5, Math.Pow(1.5, 3) * Math.Log(1.5));
        AssertGradient(pow, new[] { 0.0, 0.0 }, 0, 0);
        AssertGradient(pow, new[] { 0.0, 2.0 }, 0, 0);
        AssertGradient(pow, new[] { 1.5, 0.0 }, 0, Math.Log(1.5));
        AssertGradient((b, v) => b.Call(MathFunctions.Pow, v[0], C(b, 3)), new[] { 1.5 }, 3 * 1.5 * 1.5);
        AssertGradient((b, v) => b.Call(MathFunctions.Pow, v[0], C(b, -2)), new[] { 2.0 }, -2 * Math.Pow(2, -3));
        AssertGradient((b, v) => b.Call(MathFunctions.Pow, v[0], C(b, 0.5)), new[] { 4.0 }, 0.25);
        AssertGradient((b, v) => b.Call(MathFunctions.Pow, C(b, 2), v[0]), new[] { 3.0 }, 8 * Math.Log(2));
        AssertGradient((b, v) => b.Call(MathFunctions.Pow, C(b, 0), v[0]), new[] { 3.0 }, 0);

        foreach (double x in new[] { -1.5, -0.0, 0.0, 2.5 })
        {
            AssertGradient((b, v) => b.Call(MathFunctions.Abs, v[0]), new[] { x }, x == 0 ? 0 : Fd(Math.Abs, x));
            foreach (double s in new[] { -2.0, -0.0, 0.0, 3.0 })
            {
                double slope = x == 0 ? 0 : Fd(v => Math.CopySign(v, s), x);
                AssertGradient((b, v) => b.Call(MathFunctions.CopySign, v[0], v[1]), new[] { x, s }, slope, 0);
                AssertGradient((b, v) => b.Call(MathFunctions.CopySign, v[0], C(b, s)), new[] { x }, slope);
            }
        }

        Body hypot = (b, v) => b.Call(MathFunctions.Hypot, v[0], v[1]);
        AssertGradient(hypot, new[] { 3.0, -4.0 }, 0.6, -0.8);
        AssertGradient(hypot, new[] { 0.0, 0.0 }, 0, 0);
        AssertGradient(hypot, new[] { 0.0, -2.0 }, 0, -1);
    }

    [Fact]
    public void Nodes_that_do_not_move_with_an_input_give_it_no_tangent()
    {
        // Each kind of node built on x alone, plus y: its gradient in y is exactly the constant 1 (zero is structural,
        // so no 0·something is added), in x the node's own slope; and a one-input method with a registered scalar
        // gradient gets that node itself.
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node three = C(b, 3);
        Node call = b.UserCall("F", ValueType.Double, false, x, three);
        b.SetDerivative(call, new UserDerivativeInfo(b.UserDerivative("FD", ValueType.Tuple, false, x, three), IsTuple: true));
        Node[] onX =
        {
            b.Negate(x), b.Add(x, three), b.Add(three, x), b.Subtract(x, three), b.Subtract(three, x), b.Multiply(x, x),
            b.Divide(x, three), b.Divide(three, x), b.Divide(x, b.Add(x, three)), b.Integral(NodeKind.Remainder, x, three),
            b.Integral(NodeKind.Remainder, three, x), b.Convert(b.Convert(x, ValueType.Float), ValueType.Double),
            b.Call(MathFunctions.Exp, x), b.Call(MathFunctions.Pow, x, three), b.Call(MathFunctions.Atan2, x, three),
            b.Call(MathFunctions.Max, x, three), b.Call(MathFunctions.Clamp, x, C(b, -1), three),
            b.Select(b.Compare(NodeKind.Less, x, three), x, three), call,
        };
        foreach (Node node in onX)
        {
            Node?[] g = Differentiator.Gradient(b, b.Add(node, y), new[] { x, y }, CancellationToken.None);
            Assert.Same(b.One(ValueType.Double), g[1]);
            Assert.NotNull(g[0]);
        }

        var single = new GraphBuilder();
        Node s = single.Input(0, "s", ValueType.Double);
        Node root = single.Multiply(single.Call(MathFunctions.Round, s), s);
        Node derivative = single.UserDerivative("SD", ValueType.Double, false, s);
        single.SetRegisteredGradient(root, new UserDerivativeInfo(derivative, IsTuple: false));
        Assert.Same(derivative, Differentiator.Gradient(single, root, new[] { s }, CancellationToken.None)[0]);
    }

    /// <summary>A central difference with a step of 2⁻¹⁰: exact for piecewise linear functions at dyadic points away from their kinks.</summary>
    private static double Fd(Func<double, double> f, double x) => (f(x + (1.0 / 1024)) - f(x - (1.0 / 1024))) / (2.0 / 1024);

    private static Node Bce(GraphBuilder b, Node[] v)
    {
        Node x = v[0], y = v.Length > 1 ? v[1] : C(b, 0.3, x.Type);
        Node softplus = b.Call(MathFunctions.Log, b.Add(C(b, 1, x.Type), b.Call(MathFunctions.Exp, b.Negate(b.Call(MathFunctions.Abs, x)))));
        return b.Add(b.Subtract(b.Call(MathFunctions.Max, x, Z(b, x.Type)), b.Multiply(x, y)), softplus);
    }

    private static Body KinkBody(string name) => name switch
    {
        "bce" => Bce,
        "logsigmoid" => (b, v) => b.Subtract(Min0(b, v[0]), b.Call(MathFunctions.Log, b.Add(C(b, 1, v[0].Type), b.Call(MathFunctions.Exp, b.Negate(Abs(b, v[0])))))),
        "max+min" => (b, v) => b.Add(Max0(b, v[0]), Min0(b, v[0])),
        "min+max" => (b, v) => b.Add(b.Call(MathFunctions.Min, Z(b, v[0].Type), v[0]), b.Call(MathFunctions.Max, Z(b, v[0].Type), v[0])),
        "abs-2relu" => (b, v) => b.Subtract(Abs(b, v[0]), b.Multiply(C(b, 2, v[0].Type), Max0(b, v[0]))),
        "abs+2min" => (b, v) => b.Add(Abs(b, v[0]), b.Multiply(C(b, 2, v[0].Type), Min0(b, v[0]))),
        "clamp+min" => (b, v) => b.Add(b.Call(MathFunctions.Clamp, v[0], Z(b, v[0].Type), C(b, 1, v[0].Type)), Min0(b, v[0])),
        "clamp+relu" => (b, v) => b.Add(b.Call(MathFunctions.Clamp, v[0], Z(b, v[0].Type), C(b, 1, v[0].Type)), Max0(b, b.Subtract(v[0], C(b, 1, v[0].Type)))),
        "clamp-hi" => (b, v) => b.Add(b.Call(MathFunctions.Clamp, v[0], Z(b, v[0].Type), C(b, 1, v[0].Type)), Abs(b, b.Subtract(v[0], C(b, 1, v[0].Type)))),
        "branches" => (b, v) => b.Add(b.Select(Cmp(b, NodeKind.GreaterOrEqual, v[0]), v[0], Z(b, v[0].Type)), b.Select(Cmp(b, NodeKind.Greater, v[0]), Z(b, v[0].Type), v[0])),
        "both-sides" => (b, v) => b.Select(b.And(Cmp(b, NodeKind.GreaterOrEqual, v[0]), Cmp(b, NodeKind.LessOrEqual, v[0])), Z(b, v[0].Type), v[0]),
        "either-side" => (b, v) => b.Select(b.Or(Cmp(b, NodeKind.Greater, v[0]), b.Not(Cmp(b, NodeKind.GreaterOrEqual, v[0]))), v[0], Z(b, v[0].Type)),
        "equal" => (b, v) => b.Select(Cmp(b, NodeKind.Equal, v[0]), Z(b, v[0].Type), v[0]),
        "not-equal" => (b, v) => b.Select(Cmp(b, NodeKind.NotEqual, v[0]), v[0], Z(b, v[0].Type)),
        "abs+relu" => (b, v) => b.Add(Abs(b, v[0]), Max0(b, v[0])),
        "two-relus" => (b, v) => b.Add(Max0(b, v[0]), Max0(b, b.Multiply(C(b, 2, v[0].Type), v[0]))),
        "relu" => (b, v) => Max0(b, v[0]),
        "abs" => (b, v) => Abs(b, v[0]),
        "abs-twice" => (b, v) => b.Multiply(Abs(b, v[0]), Abs(b, v[0])),
        "leaky" => (b, v) => b.Select(Cmp(b, NodeKind.GreaterOrEqual, v[0]), v[0], b.Multiply(C(b, 0.01, v[0].Type), v[0])),
        "branch" => (b, v) => b.Select(Cmp(b, NodeKind.Less, v[0]), b.Call(MathFunctions.Exp, v[0]), b.Add(v[0], C(b, 1, v[0].Type))),
        "hardtanh" => (b, v) => b.Call(MathFunctions.Clamp, v[0], C(b, -1, v[0].Type), C(b, 1, v[0].Type)),
        // x >= 0 ? x + 1 : x jumps at 0: not differentiable, the taken side's slope (1) stays.
        "jump" => (b, v) => b.Add(b.Select(Cmp(b, NodeKind.GreaterOrEqual, v[0]), b.Add(v[0], C(b, 1, v[0].Type)), v[0]), Abs(b, v[0])),
        "jump-left" => (b, v) => b.Add(b.Select(Cmp(b, NodeKind.Greater, v[0]), b.Add(v[0], C(b, 1, v[0].Type)), b.Multiply(C(b, 0, v[0].Type), v[0])), Abs(b, v[0])),
        // max(x, -x) = |x| (the 0.5 split), min(x, 2x) + max(x, 2x) = 3x (a tie of two moving arguments).
        "max-of-two" => (b, v) => b.Add(b.Call(MathFunctions.Max, v[0], b.Negate(v[0])), Abs(b, v[0])),
        "min-of-sum" => (b, v) => b.Multiply(C(b, 0.5, v[0].Type), b.Add(b.Call(MathFunctions.Min, v[0], b.Multiply(C(b, 2, v[0].Type), v[0])), b.Call(MathFunctions.Max, v[0], b.Multiply(C(b, 2, v[0].Type), v[0])))),
        // A tie elsewhere (max(x, 0) + min(x, 0) at 0) refines the whole method: a Max or Min that is not tied there
        // must follow the side it is on (max(x, 1) is 1 at x = 0, slope 0), or the one-sided slopes agree on a wrong value.
        "off-tie-max" => (b, v) => b.Add(b.Add(Max0(b, v[0]), Min0(b, v[0])), b.Call(MathFunctions.Max, v[0], C(b, 1, v[0].Type))),
        "off-tie-min" => (b, v) => b.Add(b.Add(Max0(b, v[0]), Min0(b, v[0])), b.Call(MathFunctions.Min, v[0], C(b, -1, v[0].Type))),
        // x >= 2x ? x : 2x is max(x, 2x) as a branch whose two sides both move: at the tie the condition follows
        // D(x - 2x) = -1, so a step right takes 2x; with min(x, 2x) the sum is 3x.
        "branch-of-two" => (b, v) => b.Add(
            b.Select(b.Compare(NodeKind.GreaterOrEqual, v[0], b.Multiply(C(b, 2, v[0].Type), v[0])), v[0], b.Multiply(C(b, 2, v[0].Type), v[0])),
            b.Call(MathFunctions.Min, v[0], b.Multiply(C(b, 2, v[0].Type), v[0]))),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static Node Max0(GraphBuilder b, Node x) => b.Call(MathFunctions.Max, x, Z(b, x.Type));

    private static Node Min0(GraphBuilder b, Node x) => b.Call(MathFunctions.Min, x, Z(b, x.Type));

    private static Node Abs(GraphBuilder b, Node x) => b.Call(MathFunctions.Abs, x);

    private static Node Cmp(GraphBuilder b, NodeKind kind, Node x) => b.Compare(kind, x, Z(b, x.Type));

    private static Node C(GraphBuilder b, double value, ValueType type = ValueType.Double) => b.Constant(value, type);

    private static Node Z(GraphBuilder b, ValueType type = ValueType.Double) => b.Zero(type);

    private static double[] Gradient(Body body, ValueType type, params double[] at)
    {
        var b = new GraphBuilder();
        Node[] inputs = at.Select((_, i) => b.Input(i, "x" + i, type)).ToArray();
        Node root = body(b, inputs);
        double[] values = type == ValueType.Float ? at.Select(v => (double)(float)v).ToArray() : at;
        return Differentiator.Gradient(b, root, inputs, CancellationToken.None)
            .Select(g => g is null ? 0 : ExactEvaluator.Evaluate(g, values))
            .ToArray();
    }

    private static void AssertGradient(Body body, double[] at, params double[] expected)
    {
        double[] actual = Gradient(body, ValueType.Double, at);
        Assert.Equal(expected.Length, actual.Length);
        for (int k = 0; k < expected.Length; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) <= 1e-14 * (1 + Math.Abs(expected[k])), $"d/dx{k} at ({string.Join(", ", at)}): expected {expected[k]}, got {actual[k]}");
        }
    }
}
