using System;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Ir;
using Xunit;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// Second and third derivatives (<see cref="Differentiator.NextGradient"/>) on IR built in memory, evaluated exactly
/// against closed forms, including calls to user methods differentiated again through their next derivatives and
/// Hessian-vector products (evaluated here by known functions: <c>F = sin</c>, <c>G(a, b) = a·sin(b)</c>). Milliseconds:
/// run for every mutant by tools/mutation/run.sh.
/// </summary>
public sealed class HigherOrderTests
{
    [Theory]
    [InlineData(0.7, -1.3)]
    [InlineData(-2.1, 0.4)]
    public void Second_and_third_derivatives_of_a_smooth_method_are_the_closed_forms(double x, double y)
    {
        // f = sin(x)·y + x³: f_x = cos(x)·y + 3x², f_xx = -sin(x)·y + 6x, f_xy = cos(x), f_xxx = -cos(x)·y + 6.
        var b = new GraphBuilder();
        Node[] v = { b.Input(0, "x", ValueType.Double), b.Input(1, "y", ValueType.Double) };
        Node f = b.Add(b.Multiply(b.Call(MathFunctions.Sin, v[0]), v[1]), b.Multiply(v[0], b.Multiply(v[0], v[0])));
        Node fx = Differentiator.Gradient(b, f, v, CancellationToken.None)[0]!;
        Node?[] second = Differentiator.NextGradient(b, fx, v, CancellationToken.None);
        Node?[] third = Differentiator.NextGradient(b, second[0]!, v, CancellationToken.None);
        double[] at = { x, y };
        AssertClose((-Math.Sin(x) * y) + (6 * x), ExactEvaluator.Evaluate(second[0]!, at));
        AssertClose(Math.Cos(x), ExactEvaluator.Evaluate(second[1]!, at));
        AssertClose((-Math.Cos(x) * y) + 6, ExactEvaluator.Evaluate(third[0]!, at));
        AssertClose(-Math.Sin(x), ExactEvaluator.Evaluate(third[1]!, at));
    }

    [Fact]
    public void Structural_zeros_stay_null_and_cancellation_is_honoured()
    {
        // f = x² + 3y: f_y = 3 is a constant, so none of its derivatives exists; f_x = 2x does not depend on y.
        var b = new GraphBuilder();
        Node[] v = { b.Input(0, "x", ValueType.Double), b.Input(1, "y", ValueType.Double) };
        Node f = b.Add(b.Multiply(v[0], v[0]), b.Multiply(b.Constant(3, ValueType.Double), v[1]));
        Node?[] first = Differentiator.Gradient(b, f, v, CancellationToken.None);
        Assert.Equal(new Node?[] { null, null }, Differentiator.NextGradient(b, first[1]!, v, CancellationToken.None));
        Node?[] second = Differentiator.NextGradient(b, first[0]!, v, CancellationToken.None);
        Assert.Equal(2.0, ExactEvaluator.Evaluate(second[0]!, new[] { 0.3, 0.5 }));
        Assert.Null(second[1]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Differentiator.NextGradient(b, first[0]!, v, cancelled.Token));
        Assert.Empty(Differentiator.NextGradient(b, first[0]!, Array.Empty<Node>(), cancelled.Token));
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(-1.4)]
    public void A_single_input_callee_is_differentiated_again_through_its_next_derivatives(double x)
    {
        // f = F(x²) + x with F = sin, F' = cos, F'' = -sin, F''' = -cos:
        // f' = 2x·cos(x²) + 1, f'' = 2cos(x²) - 4x²·sin(x²), f''' = -12x·sin(x²) - 8x³·cos(x²).
        var b = new GraphBuilder();
        Node input = b.Input(0, "x", ValueType.Double);
        Node[] v = { input };
        Node u = b.Multiply(input, input);
        Node call = b.UserCall("F", ValueType.Double, false, u);
        Node derivative = b.UserDerivative("F1", ValueType.Double, true, u);
        b.SetDerivative(call, new UserDerivativeInfo(derivative, IsTuple: false));
        b.SetHigherDerivatives(derivative, new[] { "F2", "F3" });
        Node f = b.Add(call, input);

        Node first = Differentiator.Gradient(b, f, v, CancellationToken.None)[0]!;
        Node second = Differentiator.NextGradient(b, first, v, CancellationToken.None)[0]!;
        Node third = Differentiator.NextGradient(b, second, v, CancellationToken.None)[0]!;
        double s = Math.Sin(x * x), c = Math.Cos(x * x);
        AssertClose((2 * x * c) + 1, Evaluate(first, x));
        AssertClose((2 * c) - (4 * x * x * s), Evaluate(second, x));
        AssertClose((-12 * x * s) - (8 * x * x * x * c), Evaluate(third, x));

        // The next derivative is the callee's own member, at the same argument; after the third there is none.
        Node f2 = Graph.TopologicalOrder(new[] { second }).Single(n => n.Kind == NodeKind.UserDerivative && n.Callee == "F2");
        Assert.Same(u, Assert.Single(f2.Args));
        // The next derivatives are scalar members (vector bodies are generated for the value and first derivative only).
        Assert.False(f2.CalleeHasVectorBodies);
        Assert.Equal(new[] { "F3" }, b.HigherDerivatives(f2));
        Node f3 = Graph.TopologicalOrder(new[] { third }).Single(n => n.Kind == NodeKind.UserDerivative && n.Callee == "F3");
        Assert.Empty(b.HigherDerivatives(f3)!);
        Assert.Throws<InvalidOperationException>(() => Differentiator.NextGradient(b, third, v, CancellationToken.None));
    }

    [Fact]
    public void Kinks_in_the_derivative_follow_the_conventions_not_the_one_sided_rules()
    {
        // d/dx of |x| and max(x, 0) at 0: Abs'(0) = 0 and ReLU'(0) = 0 (README, "Conventions"), where the one-sided rule
        // would give |1| = 1 and max(1, 0) = 1.
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double);
        Node[] v = { x };
        Node root = b.Add(b.Call(MathFunctions.Abs, x), b.Call(MathFunctions.Max, x, b.Zero(ValueType.Double)));
        Node g = Differentiator.NextGradient(b, root, v, CancellationToken.None)[0]!;
        Assert.Equal(0.0, ExactEvaluator.Evaluate(g, new[] { 0.0 }));
        Assert.Equal(2.0, ExactEvaluator.Evaluate(g, new[] { 0.5 }));
        Assert.Equal(-1.0, ExactEvaluator.Evaluate(g, new[] { -0.5 }));
    }

    [Fact]
    public void A_callee_without_higher_derivatives_is_an_internal_error_not_a_wrong_result()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node single = b.UserDerivative("F1", ValueType.Double, false, x);
        Assert.Null(b.HigherDerivatives(single));
        Assert.Throws<InvalidOperationException>(() => Differentiator.NextGradient(b, single, new[] { x }, CancellationToken.None));
        Node partial = b.Item(b.UserBackward("GBackward", false, new[] { x, y }, b.One(ValueType.Double)), 0, ValueType.Double);
        Assert.Throws<InvalidOperationException>(() => Differentiator.NextGradient(b, partial, new[] { x, y }, CancellationToken.None));
    }

    [Fact]
    public void A_callee_derivative_that_does_not_move_with_the_input_has_no_tangent()
    {
        // f = F(x) + G(x, x) + y²: the derivatives of the calls do not depend on y.
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node[] v = { x, y };
        Node single = b.UserDerivative("F1", ValueType.Double, false, x);
        b.SetHigherDerivatives(single, new[] { "F2", "F3" });
        Node partials = b.UserBackward("GBackward", false, new[] { x, x }, b.One(ValueType.Double));
        b.SetHigherDerivatives(partials, new[] { "GHvp" });
        Node fx = b.Add(b.Add(single, b.Item(partials, 0, ValueType.Double)), b.Item(partials, 1, ValueType.Double));
        Node?[] second = Differentiator.NextGradient(b, fx, v, CancellationToken.None);
        Assert.NotNull(second[0]);
        Assert.Null(second[1]);
    }

    [Theory]
    [InlineData(0.9, 1.7)]
    [InlineData(-0.6, 2.3)]
    public void A_several_input_callee_is_differentiated_again_through_its_Hessian_vector_product(double x, double y)
    {
        // f = G(x·y, x) + y with G(a, b) = a·sin(b), so f = x·y·sin(x) + y: f_xx = 2y·cos(x) - x·y·sin(x),
        // f_xy = sin(x) + x·cos(x), f_yy = 0. G's Hessian is [[0, cos b], [cos b, -a·sin b]].
        var b = new GraphBuilder();
        Node[] v = { b.Input(0, "x", ValueType.Double), b.Input(1, "y", ValueType.Double) };
        Node a0 = b.Multiply(v[0], v[1]);
        Node call = b.UserCall("G", ValueType.Double, false, a0, v[0]);
        Node partials = b.UserBackward("GBackward", true, new[] { a0, v[0] }, b.One(ValueType.Double));
        b.SetDerivative(call, new UserDerivativeInfo(partials, IsTuple: true));
        b.SetHigherDerivatives(partials, new[] { "GHvp" });
        Node f = b.Add(call, v[1]);

        Node?[] first = Differentiator.Gradient(b, f, v, CancellationToken.None);
        Node?[] hx = Differentiator.NextGradient(b, first[0]!, v, CancellationToken.None);
        Node?[] hy = Differentiator.NextGradient(b, first[1]!, v, CancellationToken.None);
        AssertClose((y * Math.Sin(x)) + (x * y * Math.Cos(x)), Evaluate(first[0]!, x, y));
        AssertClose((x * Math.Sin(x)) + 1, Evaluate(first[1]!, x, y));
        AssertClose((2 * y * Math.Cos(x)) - (x * y * Math.Sin(x)), Evaluate(hx[0]!, x, y));
        AssertClose(Math.Sin(x) + (x * Math.Cos(x)), Evaluate(hx[1]!, x, y));
        AssertClose(Math.Sin(x) + (x * Math.Cos(x)), Evaluate(hy[0]!, x, y));
        AssertClose(0, Evaluate(hy[1]!, x, y));

        // H·t takes the point, then the direction (the arguments' tangents, 0 where one does not move): a tuple of two.
        Node hvp = Graph.TopologicalOrder(new[] { hy[1]! }).Single(n => n.Kind == NodeKind.UserDerivative && n.Callee == "GHvp");
        Assert.Equal(ValueType.Tuple, hvp.Type);
        Assert.Equal(2, hvp.TupleArity);
        Assert.False(hvp.CalleeHasVectorBodies);
        Assert.Equal(new[] { a0, v[0], v[0], b.Zero(ValueType.Double) }, hvp.Args);
        Assert.Equal(new[] { "GHvp" }, b.HigherDerivatives(partials));
    }

    /// <summary>The user functions of these tests: F = sin (F1, F2, F3 its derivatives), G(a, b) = a·sin(b).</summary>
    private static double User(string callee, double[] a, int item) => (callee, item) switch
    {
        ("F", -1) => Math.Sin(a[0]),
        ("F1", -1) => Math.Cos(a[0]),
        ("F2", -1) => -Math.Sin(a[0]),
        ("F3", -1) => -Math.Cos(a[0]),
        ("G", -1) => a[0] * Math.Sin(a[1]),
        ("GBackward", 0) => Math.Sin(a[1]) * a[2],
        ("GBackward", 1) => a[0] * Math.Cos(a[1]) * a[2],
        // H·(va, vb) at (a, b), the arguments being a, b, va, vb.
        ("GHvp", 0) => Math.Cos(a[1]) * a[3],
        ("GHvp", 1) => (Math.Cos(a[1]) * a[2]) - (a[0] * Math.Sin(a[1]) * a[3]),
        _ => throw new ArgumentException($"{callee}[{item}]"),
    };

    private static double Evaluate(Node n, params double[] at) => ExactEvaluator.Evaluate(n, at, User);

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-13 * (1 + Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
