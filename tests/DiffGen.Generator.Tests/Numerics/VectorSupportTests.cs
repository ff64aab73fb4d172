using DiffGen.Generator.Ir;
using Xunit;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// Which graphs get SIMD bodies, and the reason named in the kernels' doc comment when not: every case of
/// <see cref="VectorSupport"/>, on IR built in memory (milliseconds; run for every mutant by tools/mutation/run.sh).
/// </summary>
public sealed class VectorSupportTests
{
    [Fact]
    public void Elementwise_arithmetic_selects_and_vector_functions_vectorize()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node condition = b.And(b.Compare(NodeKind.Less, x, y), b.Not(b.Compare(NodeKind.Equal, x, b.Zero(ValueType.Double))));
        Node body = b.Select(condition, b.Divide(b.Call(MathFunctions.Exp, b.Negate(x)), b.Subtract(y, b.Field("C.K", ValueType.Double))), b.Multiply(x, b.Add(x, y)));
        Node clamp = b.Call(MathFunctions.Clamp, x, b.Constant(-1, ValueType.Double), b.Constant(1, ValueType.Double));
        Node user = b.UserCall("global::C.F", ValueType.Double, true, x);
        Node partials = b.UserDerivative("global::C.G", ValueType.Tuple, true, x, y);
        Node item = b.Item(partials, 1, ValueType.Double);
        Assert.Null(VectorSupport.Obstacle(new[] { body, clamp, user, item, b.Or(condition, b.Compare(NodeKind.GreaterOrEqual, x, y)) }, ValueType.Double));
    }

    [Fact]
    public void Each_obstacle_is_named()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), f = b.Input(1, "f", ValueType.Float);
        Node p = b.Compare(NodeKind.Less, x, b.Zero(ValueType.Double)), q = b.Compare(NodeKind.Greater, x, b.One(ValueType.Double));
        Assert.Equal("integer arithmetic", VectorSupport.Obstacle(new[] { b.Convert(b.Convert(x, ValueType.Int), ValueType.Double) }, ValueType.Double));
        Assert.Equal("a conversion between float and double", VectorSupport.Obstacle(new[] { b.Convert(f, ValueType.Double) }, ValueType.Double));
        Assert.Equal("a comparison of two conditions", VectorSupport.Obstacle(new[] { b.Select(b.Compare(NodeKind.Equal, p, q), x, b.Zero(ValueType.Double)) }, ValueType.Double));
        Assert.Equal("a comparison of two conditions", VectorSupport.Obstacle(new[] { b.Select(b.Compare(NodeKind.NotEqual, p, q), x, b.Zero(ValueType.Double)) }, ValueType.Double));
        Assert.Equal("Math.Atan", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Atan, x) }, ValueType.Double));
        Assert.Equal("MathF.Atan", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Atan, f) }, ValueType.Float));
        Assert.Equal("Double.Hypot", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Hypot, x, x) }, ValueType.Double));
        Assert.Equal("the call to global::C.F", VectorSupport.Obstacle(new[] { b.UserCall("global::C.F", ValueType.Double, false, x) }, ValueType.Double));
        Assert.Equal("the call to global::C.D", VectorSupport.Obstacle(new[] { b.UserDerivative("global::C.D", ValueType.Double, false, x) }, ValueType.Double));
        Assert.Equal("the operation Remainder", VectorSupport.Obstacle(new[] { b.Integral(NodeKind.Remainder, x, x) }, ValueType.Double));
        Assert.Equal("Math.Clamp with bounds that are not ordered constants", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Clamp, x, x, b.One(ValueType.Double)) }, ValueType.Double));
        Assert.Equal("Math.Clamp with bounds that are not ordered constants", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Clamp, x, b.One(ValueType.Double), b.Zero(ValueType.Double)) }, ValueType.Double));
        Assert.Equal("Single.Hypot", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Hypot, f, f) }, ValueType.Float));
        // Only a tuple of partials may differ from the lanes' type; a scalar callee derivative of the other type may not.
        Assert.Equal("a conversion between float and double", VectorSupport.Obstacle(new[] { b.UserDerivative("global::C.D", ValueType.Float, true, x) }, ValueType.Double));
        Assert.Equal("a conversion between float and double", VectorSupport.Obstacle(new[] { b.UserCall("global::C.F", ValueType.Float, true, x) }, ValueType.Double));
        Assert.Null(VectorSupport.Obstacle(new[] { b.Item(b.UserDerivative("global::C.G", ValueType.Tuple, true, f, f), 0, ValueType.Float) }, ValueType.Float));
        Assert.Null(VectorSupport.Obstacle(System.Array.Empty<Node>(), ValueType.Double));
        // The first obstacle in topological order (arguments first) is the one named.
        Assert.Equal("Math.Asin", VectorSupport.Obstacle(new[] { b.Call(MathFunctions.Atan, b.Call(MathFunctions.Asin, x)) }, ValueType.Double));
    }

    [Theory]
    [InlineData(0.0, 1.0, true)]
    [InlineData(1.0, 1.0, true)]
    [InlineData(1.0, 0.0, false)]
    public void Clamp_bounds_are_ordered_constants(double lo, double hi, bool ordered)
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double);
        Assert.Equal(ordered, VectorSupport.HasOrderedConstantBounds(b.Call(MathFunctions.Clamp, x, b.Constant(lo, ValueType.Double), b.Constant(hi, ValueType.Double))));
        Assert.False(VectorSupport.HasOrderedConstantBounds(b.Call(MathFunctions.Clamp, x, x, b.Constant(hi, ValueType.Double))));
        Assert.False(VectorSupport.HasOrderedConstantBounds(b.Call(MathFunctions.Clamp, x, b.Constant(lo, ValueType.Double), x)));
    }
}
