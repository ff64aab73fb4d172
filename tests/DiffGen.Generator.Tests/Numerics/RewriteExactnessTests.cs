using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.Ir;
using Xunit;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// Every simplification and constant fold of <see cref="GraphBuilder"/> must be exact in IEEE arithmetic: the node
/// it returns computes the same bits as the operation asked for (signed zeros and infinities included; a NaN only
/// has to stay a NaN). Each factory is called on operands that are inputs, literals, negated inputs or one node
/// twice, over special values, and the result is evaluated exactly (<see cref="ExactEvaluator"/>).
/// </summary>
public sealed class RewriteExactnessTests
{
    private static readonly double[] DoubleValues =
    {
        0.0, -0.0, 1, -1, 2, -2.5, 0.75, 0.1, 1.0 / 3, 16777217, 1e300, -1e300,
        double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        double.Epsilon, -double.Epsilon, 2.2250738585072014E-308, double.MaxValue, -double.MaxValue,
        float.Epsilon, float.MaxValue, 1.17549435E-38,
    };

    private static readonly double[] IntValues = { 0, 1, -1, 2, 7, -7, int.MaxValue, int.MinValue };

    private enum Shape
    {
        Input,
        Literal,
        NegatedInput,
    }

    // Theory data by name: ValueType is internal to the generator.
    public static IEnumerable<object[]> NumericTypes => new[] { new object[] { "Double" }, new object[] { "Float" } };

    [Theory]
    [MemberData(nameof(NumericTypes))]
    [InlineData("Int")]
    public void Arithmetic_rewrites_are_exact(string typeName)
    {
        ValueType type = Enum.Parse<ValueType>(typeName);
        var failures = new List<string>();
        foreach (NodeKind kind in new[] { NodeKind.Add, NodeKind.Subtract, NodeKind.Multiply, NodeKind.Divide })
        {
            foreach ((double x, double y) in Pairs(type))
            {
                double expected;
                try
                {
                    expected = ExactEvaluator.Arithmetic(kind, type, x, y);
                }
                catch (ArithmeticException)
                {
                    // Integer division by zero, or int.MinValue / -1: C# throws; nothing to compare.
                    continue;
                }

                foreach (Shape sa in Shapes)
                {
                    foreach (Shape sb in Shapes)
                    {
                        var b = new GraphBuilder();
                        var inputs = new List<double>();
                        Node na = Operand(b, type, sa, x, inputs), nb = Operand(b, type, sb, y, inputs);
                        Check(failures, $"{kind}({sa} {Show(x)}, {sb} {Show(y)})", b.Arithmetic(kind, na, nb), inputs, expected);
                    }
                }

                if (BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y))
                {
                    // The same node on both sides (x + x → 2x).
                    var b = new GraphBuilder();
                    Node input = b.Input(0, "x", type);
                    Check(failures, $"{kind}(x, x) at {Show(x)}", b.Arithmetic(kind, input, input), new[] { x }, expected);
                }
            }
        }

        AssertNone(failures);
    }

    [Theory]
    [MemberData(nameof(NumericTypes))]
    [InlineData("Int")]
    public void Negation_is_exact(string typeName)
    {
        ValueType type = Enum.Parse<ValueType>(typeName);
        var failures = new List<string>();
        foreach (double x in Values(type))
        {
            double expected = type switch
            {
                ValueType.Float => -(float)x,
                ValueType.Int => unchecked(-(int)x),
                _ => -x,
            };
            foreach (Shape s in Shapes)
            {
                var b = new GraphBuilder();
                var inputs = new List<double>();
                Check(failures, $"-({s} {Show(x)})", b.Negate(Operand(b, type, s, x, inputs)), inputs, expected);
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public void Conversions_round_as_CSharp_does()
    {
        var failures = new List<string>();
        ValueType[] types = { ValueType.Double, ValueType.Float, ValueType.Int };
        foreach (ValueType from in types)
        {
            foreach (ValueType via in types)
            {
                foreach (ValueType to in types)
                {
                    foreach (double x in Values(from))
                    {
                        double expected = ExactEvaluator.Convert(ExactEvaluator.Convert(x, from, via), via, to);
                        foreach (Shape s in new[] { Shape.Input, Shape.Literal })
                        {
                            var b = new GraphBuilder();
                            var inputs = new List<double>();
                            Node n = b.Convert(b.Convert(Operand(b, from, s, x, inputs), via), to);
                            Check(failures, $"({to})({via})({from} {s} {Show(x)})", n, inputs, expected);
                        }
                    }
                }
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public void Fractional_literals_are_rounded_to_nearest_not_truncated()
    {
        var b = new GraphBuilder();
        Assert.Equal((double)0.1f, b.Constant(0.1, ValueType.Float).Value);
        Assert.Equal((double)(2.0f / 3), b.Constant(2.0 / 3, ValueType.Float).Value);
        Assert.Equal((double)(2.0f / 3), b.Convert(b.Constant(2.0 / 3, ValueType.Double), ValueType.Float).Value);
        Assert.Equal((double)0.1f, b.Convert(b.Constant(0.1, ValueType.Float), ValueType.Double).Value);
        Assert.Equal(-2, b.Convert(b.Constant(-2.75, ValueType.Double), ValueType.Int).Value);
    }

    [Theory]
    [MemberData(nameof(NumericTypes))]
    [InlineData("Int")]
    public void Comparisons_fold_exactly(string typeName)
    {
        ValueType type = Enum.Parse<ValueType>(typeName);
        var failures = new List<string>();
        NodeKind[] kinds = { NodeKind.Less, NodeKind.LessOrEqual, NodeKind.Greater, NodeKind.GreaterOrEqual, NodeKind.Equal, NodeKind.NotEqual };
        foreach (NodeKind kind in kinds)
        {
            foreach ((double x, double y) in Pairs(type))
            {
                double expected = ExactEvaluator.Compare(kind, x, y) ? 1 : 0;
                foreach (Shape sa in Shapes)
                {
                    foreach (Shape sb in Shapes)
                    {
                        var b = new GraphBuilder();
                        var inputs = new List<double>();
                        Node na = Operand(b, type, sa, x, inputs), nb = Operand(b, type, sb, y, inputs);
                        Check(failures, $"{kind}({sa} {Show(x)}, {sb} {Show(y)})", b.Compare(kind, na, nb), inputs, expected);
                    }
                }
            }

            foreach (double x in Values(type))
            {
                var b = new GraphBuilder();
                Node input = b.Input(0, "x", type);
                Check(failures, $"{kind}(x, x) at {Show(x)}", b.Compare(kind, input, input), new[] { x }, ExactEvaluator.Compare(kind, x, x) ? 1 : 0);
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public void Logic_and_selects_simplify_exactly()
    {
        var failures = new List<string>();
        double[] bools = { 0, 1 };
        foreach (double p in bools)
        {
            foreach (double q in bools)
            {
                foreach (double r in bools)
                {
                    // Every operand is an input, a literal, or a negated input (not), and the three may coincide.
                    for (int shapes = 0; shapes < 27; shapes++)
                    {
                        var b = new GraphBuilder();
                        var inputs = new List<double>();
                        Node Bool(int shape, double v) => shape switch
                        {
                            0 => Add(b.Input(inputs.Count, "b" + inputs.Count, ValueType.Bool), v, inputs),
                            1 => b.Bool(v != 0),
                            _ => b.Not(Add(b.Input(inputs.Count, "b" + inputs.Count, ValueType.Bool), v == 0 ? 1 : 0, inputs)),
                        };

                        Node np = Bool(shapes % 3, p), nq = Bool(shapes / 3 % 3, q), nr = Bool(shapes / 9, r);
                        string at = $"p={p}, q={q}, r={r}, shapes {shapes}";
                        Check(failures, "and " + at, b.And(np, nq), inputs, p != 0 && q != 0 ? 1 : 0);
                        Check(failures, "or " + at, b.Or(np, nq), inputs, p != 0 || q != 0 ? 1 : 0);
                        Check(failures, "not " + at, b.Not(np), inputs, p != 0 ? 0 : 1);
                        Check(failures, "select " + at, b.Select(np, nq, nr), inputs, p != 0 ? q : r);
                        Check(failures, "and self " + at, b.And(np, np), inputs, p);
                        Check(failures, "or self " + at, b.Or(np, np), inputs, p);
                    }
                }
            }
        }

        foreach (double c in bools)
        {
            foreach (double x in DoubleValues)
            {
                foreach (double y in DoubleValues.Take(6))
                {
                    var b = new GraphBuilder();
                    var inputs = new List<double>();
                    Node cond = Add(b.Input(0, "c", ValueType.Bool), c, inputs);
                    Node nx = Add(b.Input(1, "x", ValueType.Double), x, inputs);
                    Check(failures, $"select(not c, x, {Show(y)}) c={c} x={Show(x)}", b.Select(b.Not(cond), nx, b.Constant(y, ValueType.Double)), inputs, c == 0 ? x : y);
                    Check(failures, $"select(c, x, x) c={c} x={Show(x)}", b.Select(cond, nx, nx), inputs, x);
                }
            }
        }

        AssertNone(failures);
    }

    [Theory]
    [MemberData(nameof(NumericTypes))]
    public void Call_simplifications_are_exact(string typeName)
    {
        ValueType type = Enum.Parse<ValueType>(typeName);
        var failures = new List<string>();
        foreach (double x in Values(type))
        {
            foreach (double e in new[] { 0.0, -0.0, 1.0, 2.0 })
            {
                var b = new GraphBuilder();
                var inputs = new List<double>();
                Node nx = Operand(b, type, Shape.Input, x, inputs);
                Check(failures, $"Pow({Show(x)}, {Show(e)})", b.Call(MathFunctions.Pow, nx, b.Constant(e, type)), inputs, ExactEvaluator.Call(MathFunctions.Pow, type, new[] { x, e }));
            }

            foreach (MathFunction f in new[] { MathFunctions.Max, MathFunctions.Min })
            {
                var b = new GraphBuilder();
                Node nx = b.Input(0, "x", type);
                Check(failures, $"{f.Name}(x, x) at {Show(x)}", b.Call(f, nx, nx), new[] { x }, ExactEvaluator.Call(f, type, new[] { x, x }));
            }

            var c = new GraphBuilder();
            Node cx = c.Input(0, "x", type);
            Check(failures, $"Clamp(x, x, x) at {Show(x)}", c.Call(MathFunctions.Clamp, cx, cx, cx), new[] { x }, ExactEvaluator.Call(MathFunctions.Clamp, type, new[] { x, x, x }));
        }

        AssertNone(failures);
    }

    [Fact]
    public void The_exact_rewrites_do_happen()
    {
        // The simplifications keep generated code and doc formulas short; each must fire where it is exact.
        var b = new GraphBuilder();
        ValueType d = ValueType.Double;
        Node x = b.Input(0, "x", d), y = b.Input(1, "y", d), i = b.Input(2, "i", ValueType.Int);
        Node C(double v) => b.Constant(v, d);
        Assert.Same(x, b.Add(x, C(-0.0)));
        Assert.Same(x, b.Add(C(-0.0), x));
        Assert.Same(i, b.Add(i, b.Zero(ValueType.Int)));
        Assert.Same(b.Subtract(x, y), b.Add(x, b.Negate(y)));
        Assert.Same(b.Subtract(y, x), b.Add(b.Negate(x), y));
        Assert.Same(b.Multiply(C(2), x), b.Add(x, x));
        Assert.Same(x, b.Subtract(x, C(0)));
        Assert.Same(b.Negate(x), b.Subtract(C(-0.0), x));
        Assert.Same(b.Add(x, y), b.Subtract(x, b.Negate(y)));
        Assert.Same(b.Add(x, C(2)), b.Subtract(x, C(-2)));
        Assert.Same(x, b.Multiply(C(1), x));
        Assert.Same(x, b.Multiply(x, C(1)));
        Assert.Same(b.Negate(x), b.Multiply(C(-1), x));
        Assert.Same(b.Multiply(x, y), b.Multiply(b.Negate(x), b.Negate(y)));
        Assert.Same(b.Negate(b.Multiply(x, y)), b.Multiply(b.Negate(x), y));
        Assert.Same(b.Negate(b.Multiply(x, y)), b.Multiply(x, b.Negate(y)));
        Assert.Same(b.Negate(b.Multiply(C(3), x)), b.Multiply(C(-3), x));
        Assert.Same(b.Multiply(C(3), x), b.Multiply(x, C(3)));
        Assert.Same(x, b.Divide(x, C(1)));
        Assert.Same(b.Negate(x), b.Divide(x, C(-1)));
        Assert.Same(b.Negate(b.Divide(x, y)), b.Divide(b.Negate(x), y));
        Assert.Same(b.Negate(b.Divide(x, y)), b.Divide(x, b.Negate(y)));
        Assert.Same(x, b.Negate(b.Negate(x)));
        Assert.Same(x, b.Convert(b.Convert(x, ValueType.Float), d) is var back && back.Kind == NodeKind.Convert ? x : back);
        Node f = b.Input(3, "f", ValueType.Float);
        Assert.Same(f, b.Convert(b.Convert(f, d), ValueType.Float));
        Assert.Same(x, b.Convert(x, d));
        Assert.Same(b.Bool(false), b.Compare(NodeKind.Less, x, x));
        Assert.Same(b.Compare(NodeKind.Equal, x, x), b.Compare(NodeKind.LessOrEqual, x, x));
        Assert.Same(b.Bool(true), b.Compare(NodeKind.GreaterOrEqual, i, i));
        Assert.Same(b.Bool(false), b.Compare(NodeKind.NotEqual, i, i));
        Node p = b.Compare(NodeKind.Less, x, y), q = b.Compare(NodeKind.Less, y, x);
        Assert.Same(p, b.And(p, b.Bool(true)));
        Assert.Same(p, b.And(p, p));
        Assert.Same(p, b.Or(p, b.Bool(false)));
        Assert.Same(p, b.Or(p, p));
        Assert.Same(p, b.Not(b.Not(p)));
        Assert.Same(x, b.Select(p, x, x));
        Assert.Same(b.Select(p, y, x), b.Select(b.Not(p), x, y));
        Assert.Same(p, b.Select(p, b.Bool(true), b.Bool(false)));
        Assert.Same(b.Not(p), b.Select(p, b.Bool(false), b.Bool(true)));
        Assert.Same(b.And(p, q), b.Select(p, q, b.Bool(false)));
        Assert.Same(b.Or(p, q), b.Select(p, b.Bool(true), q));
        Assert.Equal(NodeKind.Select, b.Select(p, x, y).Kind);
        Assert.Equal(NodeKind.Select, b.Select(p, C(1), C(0)).Kind);
        Assert.Equal(NodeKind.Multiply, b.Multiply(C(3), x).Kind);
        Assert.Equal(NodeKind.Subtract, b.Subtract(x, C(2)).Kind);
        Assert.Equal(ValueType.Int, b.Call(MathFunctions.Sign, x).Type);
        Assert.Equal(ValueType.Double, b.Call(MathFunctions.Exp, x).Type);
        Assert.Same(x, b.Call(MathFunctions.Pow, x, C(1)));
        Assert.Throws<ArgumentException>(() => b.Add(x, f));
        Assert.Throws<ArgumentException>(() => b.Subtract(x, f));
        Assert.Throws<ArgumentException>(() => b.Multiply(x, f));
        Assert.Throws<ArgumentException>(() => b.Divide(x, f));
        Assert.Throws<ArgumentException>(() => b.Compare(NodeKind.Less, x, f));
        Assert.Throws<ArgumentException>(() => b.Select(p, x, f));
        Assert.Throws<ArgumentException>(() => b.Call(MathFunctions.Exp, x, y));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Integral(NodeKind.Add, i, i));
        Assert.Throws<ArgumentException>(() => b.Integral(NodeKind.BitwiseAnd, i, x));
        Assert.Equal(NodeKind.LeftShift, b.Integral(NodeKind.LeftShift, x, i).Kind);
        Assert.True(b.UserCall("F", d, true, x).CalleeHasVectorBodies);
        Assert.False(b.UserDerivative("G", d, false, x).CalleeHasVectorBodies);
        Assert.NotSame(b.UserCall("F", d, true, x), b.UserCall("F", d, false, x));
        var small = new GraphBuilder(maxNodes: 2);
        small.Input(0, "x", d);
        small.Input(1, "y", d);
        Assert.Throws<GraphTooLargeException>(() => small.Input(2, "z", d));
    }

    /// <summary>
    /// Each payload is read under its own name and only on its own kind, and a tuple knows its size: a callee's
    /// backward pass has one partial per argument, not one for its seed, whatever the callee is called.
    /// </summary>
    [Fact]
    public void Node_payloads_are_typed()
    {
        var b = new GraphBuilder();
        ValueType d = ValueType.Double;
        Node x = b.Input(1, "x", d), one = b.One(d);
        Assert.Equal((1, "x"), (x.InputIndex, x.InputName));
        Assert.Equal("global::N.C.K", b.Field("global::N.C.K", d).FieldName);
        Node backward = b.UserBackward("global::N.C.FBackward", hasVectorForm: true, new[] { x, x }, one);
        Assert.Equal((ValueType.Tuple, 2, 3), (backward.Type, backward.TupleArity, backward.Args.Count));
        Assert.Equal(("global::N.C.FBackward", true), (backward.Callee, backward.CalleeHasVectorBodies));
        Node registered = b.UserDerivative("global::N.C.GBackward", ValueType.Tuple, false, x, one);
        Assert.Equal(2, registered.TupleArity);
        Assert.Equal(1, b.Item(registered, 1, d).ItemIndex);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Item(backward, 2, d));
        Assert.Throws<InvalidOperationException>(() => one.InputIndex);
        Assert.Throws<InvalidOperationException>(() => x.ItemIndex);
        Assert.Throws<InvalidOperationException>(() => x.Callee);
        Assert.Throws<InvalidOperationException>(() => x.TupleArity);
        Assert.NotSame(b.Input(0, "x", d), x);
        Assert.NotSame(b.Input(1, "y", d), x);
    }

    private static Shape[] Shapes => new[] { Shape.Input, Shape.Literal, Shape.NegatedInput };

    private static IEnumerable<double> Values(ValueType type) => type switch
    {
        ValueType.Int => IntValues,
        ValueType.Float => DoubleValues.Select(v => (double)(float)v).DistinctBy(BitConverter.DoubleToInt64Bits),
        _ => DoubleValues,
    };

    private static IEnumerable<(double, double)> Pairs(ValueType type) =>
        from x in Values(type) from y in Values(type) select (x, y);

    private static Node Add(Node input, double value, List<double> inputs)
    {
        inputs.Add(value);
        return input;
    }

    // An operand whose value is v: an input, a literal, or the negation of an input holding -v.
    private static Node Operand(GraphBuilder b, ValueType type, Shape shape, double v, List<double> inputs)
    {
        switch (shape)
        {
            case Shape.Literal:
                return b.Constant(v, type);
            case Shape.Input:
                return Add(b.Input(inputs.Count, "x" + inputs.Count, type), v, inputs);
            default:
                double negated = type switch
                {
                    ValueType.Float => -(float)v,
                    ValueType.Int => unchecked(-(int)v),
                    _ => -v,
                };
                return b.Negate(Add(b.Input(inputs.Count, "x" + inputs.Count, type), negated, inputs));
        }
    }

    private static void Check(List<string> failures, string what, Node built, IReadOnlyList<double> inputs, double expected)
    {
        double actual;
        try
        {
            actual = ExactEvaluator.Evaluate(built, inputs);
        }
        catch (ArithmeticException e)
        {
            failures.Add($"{what}: the rewritten node throws {e.GetType().Name}, the operation gives {Show(expected)}");
            return;
        }

        if (!ExactEvaluator.Same(expected, actual))
        {
            failures.Add($"{what}: expected {Show(expected)}, the rewritten node ({built.Kind}) gives {Show(actual)}");
        }
    }

    private static void AssertNone(List<string> failures) =>
        Assert.True(failures.Count == 0, $"{failures.Count} inexact rewrites, for example:\n" + string.Join("\n", failures.Distinct().Take(25)));

    private static string Show(double v) => v == 0 && double.IsNegative(v) ? "-0" : v.ToString("R", CultureInfo.InvariantCulture);
}
