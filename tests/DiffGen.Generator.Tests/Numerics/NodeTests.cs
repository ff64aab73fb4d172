using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Xunit;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// The IR's nodes, their structural keys and the graph walk: hash-consing makes structurally equal nodes one
/// object and keeps every difference of kind, type, operand or payload (signed zeros included), payloads are read
/// only under their kind's name, and the topological order lists each reachable node once, arguments first. In
/// memory, milliseconds: run for every mutant by tools/mutation/run.sh.
/// </summary>
public sealed class NodeTests
{
    [Fact]
    public void Structurally_equal_nodes_are_one_object_and_every_field_tells_nodes_apart()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Assert.Same(x, b.Input(0, "x", ValueType.Double));
        Assert.Same(b.UserCall("F", ValueType.Double, true, x, y), b.UserCall("F", ValueType.Double, true, x, y));
        Assert.Same(b.Constant(double.NaN, ValueType.Double), b.Constant(double.NaN, ValueType.Double));

        var distinct = new List<Node>
        {
            x, y,
            b.Input(0, "x", ValueType.Float),
            b.Input(0, "X", ValueType.Double),
            b.Input(2, "x", ValueType.Double),
            b.Constant(0.0, ValueType.Double),
            b.Constant(-0.0, ValueType.Double),
            b.Constant(1.0, ValueType.Double),
            b.Constant(0.0, ValueType.Float),
            b.Field("C.K", ValueType.Double),
            b.Field("C.k", ValueType.Double),
            b.UserCall("F", ValueType.Double, true, x, y),
            b.UserCall("F", ValueType.Double, false, x, y),
            b.UserCall("F", ValueType.Double, true, y, x),
            b.UserCall("F", ValueType.Double, true, x),
            b.UserCall("F", ValueType.Double, true, x, y, x),
            b.UserCall("G", ValueType.Double, true, x, y),
            b.UserDerivative("F", ValueType.Double, true, x, y),
            b.Call(MathFunctions.Max, x, y),
            b.Call(MathFunctions.Min, x, y),
        };
        Node tuple = b.UserDerivative("T", ValueType.Tuple, false, x, y);
        distinct.Add(b.Item(tuple, 0, ValueType.Double));
        distinct.Add(b.Item(tuple, 1, ValueType.Double));
        Assert.Equal(distinct.Count, distinct.Distinct().Count());
        Assert.Equal(distinct.Count, distinct.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public void Keys_compare_field_by_field_and_hash_every_field()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        var key = new NodeKey(NodeKind.UserCall, ValueType.Double, new[] { x, y }, value: 1.5, index: 2, name: "F", flag: true, function: MathFunctions.Max);
        var same = new NodeKey(NodeKind.UserCall, ValueType.Double, new[] { x, y }, value: 1.5, index: 2, name: "F", flag: true, function: MathFunctions.Max);
        Assert.True(key.Equals(same));
        Assert.True(key.Equals((object)same));
        Assert.False(key.Equals((object)"F"));
        Assert.Equal(key.GetHashCode(), same.GetHashCode());
        NodeKey[] others =
        {
            new(NodeKind.UserDerivative, ValueType.Double, new[] { x, y }, 1.5, 2, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Float, new[] { x, y }, 1.5, 2, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { y, x }, 1.5, 2, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x }, 1.5, 2, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y, y }, 1.5, 2, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, -1.5, 2, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, 1.5, 3, "F", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, 1.5, 2, "G", true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, 1.5, 2, null, true, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, 1.5, 2, "F", false, MathFunctions.Max),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, 1.5, 2, "F", true, MathFunctions.Min),
            new(NodeKind.UserCall, ValueType.Double, new[] { x, y }, 1.5, 2, "F", true, null),
        };
        foreach (NodeKey other in others)
        {
            // Each field is mixed into the hash: keys that differ in one field land in different hash-consing buckets.
            Assert.False(key.Equals(other));
            Assert.False(other.Equals(key));
            Assert.NotEqual(key.GetHashCode(), other.GetHashCode());
        }

        // Keys that collide on the hash are still told apart by their fields: a long's hash is its halves xor-ed, so
        // the bit patterns 2^32 and 1 (two subnormals) hash alike.
        var high = new NodeKey(NodeKind.Constant, ValueType.Double, Array.Empty<Node>(), value: BitConverter.Int64BitsToDouble(1L << 32));
        var low = new NodeKey(NodeKind.Constant, ValueType.Double, Array.Empty<Node>(), value: BitConverter.Int64BitsToDouble(1L));
        Assert.Equal(high.GetHashCode(), low.GetHashCode());
        Assert.False(high.Equals(low));
        Assert.NotSame(b.Constant(BitConverter.Int64BitsToDouble(1L << 32), ValueType.Double), b.Constant(BitConverter.Int64BitsToDouble(1L), ValueType.Double));
        // Two argument lists that collide on the hash (their ids chosen so) are compared node by node.
        var empty = new NodeKey(NodeKind.Add, ValueType.Double, Array.Empty<Node>());
        int start = unchecked(empty.GetHashCode() * 397);
        int q = 5, s = unchecked(((start ^ 1) * 397) ^ ((start ^ 2) * 397) ^ q);
        Node N(int id) => new(id, new NodeKey(NodeKind.Input, ValueType.Double, Array.Empty<Node>(), index: id));
        var first = new NodeKey(NodeKind.Add, ValueType.Double, new[] { N(1), N(q) });
        var second = new NodeKey(NodeKind.Add, ValueType.Double, new[] { N(2), N(s) });
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.False(first.Equals(second));
        var zero = new NodeKey(NodeKind.Constant, ValueType.Double, Array.Empty<Node>(), value: 0.0);
        Assert.False(zero.Equals(new NodeKey(NodeKind.Constant, ValueType.Double, Array.Empty<Node>(), value: -0.0)));
        Assert.True(new NodeKey(NodeKind.Constant, ValueType.Double, Array.Empty<Node>(), value: double.NaN)
            .Equals(new NodeKey(NodeKind.Constant, ValueType.Double, Array.Empty<Node>(), value: double.NaN)));
    }

    [Fact]
    public void Payloads_are_read_under_their_kinds_name_only()
    {
        var b = new GraphBuilder();
        Node x = b.Input(3, "x", ValueType.Double);
        Node field = b.Field("global::C.K", ValueType.Double);
        Node call = b.UserCall("global::C.F", ValueType.Double, true, x);
        Node derivative = b.UserDerivative("global::C.D", ValueType.Double, false, x);
        Node tuple = b.UserDerivative("global::C.G", ValueType.Tuple, false, x, field);
        Node item = b.Item(tuple, 1, ValueType.Double);
        Node sum = b.Add(x, field);

        Assert.Equal(3, x.InputIndex);
        Assert.Equal("x", x.InputName);
        Assert.Equal("global::C.K", field.FieldName);
        Assert.Equal("global::C.F", call.Callee);
        Assert.True(call.CalleeHasVectorBodies);
        Assert.Equal("global::C.D", derivative.Callee);
        Assert.False(derivative.CalleeHasVectorBodies);
        Assert.Equal(1, item.ItemIndex);
        Assert.Equal(2, tuple.TupleArity);
        Assert.Same(MathFunctions.Exp, b.Call(MathFunctions.Exp, x).Function);
        Assert.Null(sum.Function);

        Assert.Throws<InvalidOperationException>(() => item.InputIndex);
        Assert.Throws<InvalidOperationException>(() => field.InputName);
        Assert.Throws<InvalidOperationException>(() => x.FieldName);
        Assert.Throws<InvalidOperationException>(() => x.ItemIndex);
        Assert.Throws<InvalidOperationException>(() => item.Callee);
        Assert.Throws<InvalidOperationException>(() => sum.CalleeHasVectorBodies);
        Assert.Throws<InvalidOperationException>(() => call.TupleArity);
        Assert.Equal($"#{sum.Id} Add", sum.ToString());
    }

    [Fact]
    public void Cold_selects_are_selects_with_the_cold_flag_folded_like_selects_and_their_tangents_stay_cold()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node tie = b.Compare(NodeKind.Equal, x, y);
        Node rare = b.Multiply(x, x), common = b.Add(x, y);

        Node cold = b.ColdSelect(tie, rare, common), plain = b.Select(tie, rare, common);
        Assert.True(cold.IsCold);
        Assert.False(plain.IsCold);
        Assert.NotSame(cold, plain);
        Assert.Equal(NodeKind.Select, cold.Kind);
        Assert.Equal(new[] { tie, rare, common }, cold.Args);
        Assert.Same(cold, b.ColdSelect(tie, rare, common));

        // The flag marks a cold select only: a user call's flag (it has vector bodies) is not coldness, nor is a
        // plain select's.
        Node call = b.UserCall("N.F", ValueType.Double, true, x);
        Assert.True(call.CalleeHasVectorBodies);
        Assert.False(call.IsCold || x.IsCold || tie.IsCold);

        // Folded as a select: a constant condition takes its side, equal sides need no test.
        Assert.Same(rare, b.ColdSelect(b.Compare(NodeKind.Equal, b.One(ValueType.Double), b.One(ValueType.Double)), rare, common));
        Assert.Same(common, b.ColdSelect(b.Compare(NodeKind.Less, b.One(ValueType.Double), b.Zero(ValueType.Double)), rare, common));
        Assert.Same(rare, b.ColdSelect(tie, rare, rare));
        Assert.Throws<ArgumentException>(() => b.ColdSelect(tie, rare, b.Input(2, "f", ValueType.Float)));
        Assert.Throws<ArgumentException>(() => b.ColdSelect(tie, tie, tie));

        // The derivative of the refinement is needed at the tie only too: a cold select's tangent is cold, a plain one's not.
        Node? dCold = Differentiator.Gradient(b, cold, new[] { x }, System.Threading.CancellationToken.None)[0];
        Node? dPlain = Differentiator.Gradient(b, b.Select(b.Compare(NodeKind.Less, x, y), rare, common), new[] { x }, System.Threading.CancellationToken.None)[0];
        Assert.True(dCold is { IsCold: true });
        Assert.True(dPlain is { Kind: NodeKind.Select, IsCold: false });

        // The select above is refined at its tie, and the refinement's own select is cold whatever the tangent is. A
        // condition that does not move with x is not refined: the tangent is the cold select of the sides' tangents.
        Node fixedTie = b.Compare(NodeKind.Equal, y, b.One(ValueType.Double));
        Node? dFixed = Differentiator.Gradient(b, b.ColdSelect(fixedTie, rare, common), new[] { x }, System.Threading.CancellationToken.None)[0];
        Assert.True(dFixed is { IsCold: true });
        Assert.Same(fixedTie, dFixed!.Args[0]);
        Assert.False(dFixed.Args[1].IsConstant);
        Assert.True(dFixed.Args[2].IsConstantValue(1));
    }

    [Fact]
    public void Constant_negations_and_an_integer_compared_with_itself_fold_to_constants()
    {
        var b = new GraphBuilder();
        Node two = b.Constant(2.5, ValueType.Double);
        Assert.True(b.Negate(two).IsConstantBits(-2.5));
        Assert.True(b.Negate(b.Zero(ValueType.Double)).IsConstantBits(-0.0));

        // x == x, x <= x and x >= x are true for every integer (for a float they are false at NaN: not folded).
        Node i = b.Convert(b.Input(0, "x", ValueType.Double), ValueType.Int);
        foreach (NodeKind kind in new[] { NodeKind.Equal, NodeKind.LessOrEqual, NodeKind.GreaterOrEqual })
        {
            Node c = b.Compare(kind, i, i);
            Assert.True(c.IsConstant && c.Value != 0, kind.ToString());
        }
    }

    [Fact]
    public void Differentiation_stops_when_it_is_cancelled()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double);
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Differentiator.Gradient(b, b.Multiply(x, x), new[] { x }, cancelled.Token));
    }

    [Fact]
    public void The_budget_exception_says_how_many_operations_were_allowed()
    {
        // Its message is the reason DIFF010 shows the user (docs/diagnostics/DIFF010.md).
        Assert.Equal("more than 250000 distinct operations", new GraphTooLargeException(250000).Message);
    }

    [Fact]
    public void Node_predicates_follow_kind_type_and_bits()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), f = b.Input(1, "f", ValueType.Float);
        Node k = b.Field("C.K", ValueType.Double);
        Node zero = b.Constant(0.0, ValueType.Double), negativeZero = b.Constant(-0.0, ValueType.Double);
        Node count = b.Convert(x, ValueType.Int), condition = b.Compare(NodeKind.Less, x, k);

        Assert.True(zero.IsConstantValue(0.0) && zero.IsConstantValue(-0.0) && negativeZero.IsConstantValue(0.0));
        Assert.True(zero.IsConstantBits(0.0) && negativeZero.IsConstantBits(-0.0));
        Assert.False(zero.IsConstantBits(-0.0) || negativeZero.IsConstantBits(0.0));
        Assert.False(x.IsConstantValue(0) || x.IsConstantBits(0) || k.IsConstantValue(0));
        Assert.Equal(0.0, x.Value);
        Assert.Equal(-0.0, negativeZero.Value);
        Assert.True(zero.IsConstant && !x.IsConstant);
        Assert.True(zero.IsLeaf && x.IsLeaf && k.IsLeaf && !count.IsLeaf && !condition.IsLeaf);
        Assert.True(count.IsInteger && !x.IsInteger && !condition.IsInteger);
        Assert.True(x.IsNumeric && f.IsNumeric && !count.IsNumeric && !condition.IsNumeric);

        Assert.True(x.DependsOnInput && count.DependsOnInput && condition.DependsOnInput);
        Assert.False(zero.DependsOnInput || k.DependsOnInput || b.Call(MathFunctions.Exp, k).DependsOnInput);
        Assert.True(b.Multiply(k, b.Add(k, x)).DependsOnInput);
        Assert.True(b.Multiply(b.Add(k, x), k).DependsOnInput);
    }

    [Fact]
    public void The_topological_order_lists_each_reachable_node_once_arguments_first()
    {
        var b = new GraphBuilder();
        Node x = b.Input(0, "x", ValueType.Double), y = b.Input(1, "y", ValueType.Double);
        Node unused = b.Call(MathFunctions.Sin, y);
        Node shared = b.Multiply(x, y);
        Node left = b.Call(MathFunctions.Exp, shared), right = b.Call(MathFunctions.Log, shared);
        Node root = b.Add(left, right);
        List<Node> order = Graph.TopologicalOrder(new[] { root, left, root });
        Assert.Equal(new[] { x, y, shared, left, right, root }, order);
        Assert.DoesNotContain(unused, order);
        Assert.Equal(new[] { x, y, unused }, Graph.TopologicalOrder(new[] { unused, x }));
        Assert.Empty(Graph.TopologicalOrder(Array.Empty<Node>()));
    }
}
