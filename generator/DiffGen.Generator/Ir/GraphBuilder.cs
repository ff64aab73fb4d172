using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>
/// Makes IR nodes. Every node goes through <see cref="Make"/>, which returns the existing node when a
/// structurally equal one was made before (hash-consing), so the graph is a DAG with all common
/// subexpressions shared. The factory methods apply local simplifications that are exact in IEEE
/// arithmetic (constant folding of + - * /, <c>x * 1</c>, <c>x / 1</c>, <c>-(-x)</c>, ...); rewrites that
/// are not (<c>x * 0 = 0</c>, <c>x - x = 0</c>, reassociation, folding transcendental functions) are
/// never applied.
/// </summary>
/// <remarks>
/// "Exact" means the same bits for every operand, signed zeros and infinities included (a NaN stays a NaN; its
/// payload and sign are not promised, as C# does not promise them either). The additive identity is <c>-0</c>,
/// not <c>+0</c>: <c>-0 + +0 = +0</c>, so <c>x + 0</c> stays, while <c>x + (-0)</c>, <c>x - 0</c> and
/// <c>(-0) - x</c> simplify. Folding a float operation in double and rounding once is exact for + - * /
/// (double has more than 2·24 + 2 bits). Integer folds wrap, as C#'s unchecked arithmetic does, and integer
/// division keeps its operands' signs (<c>-(a / b)</c> differs from <c>(-a) / b</c> at <c>int.MinValue</c>).
/// tests/DiffGen.Generator.Tests/Numerics/RewriteExactnessTests.cs checks every rewrite on special values.
/// </remarks>
internal sealed partial class GraphBuilder
{
    private static readonly Node[] NoArgs = Array.Empty<Node>();
    private readonly Dictionary<NodeKey, Node> nodes = new();
    private readonly Dictionary<Node, UserDerivativeInfo> userDerivatives = new();
    private readonly Dictionary<Node, UserDerivativeInfo> registeredGradients = new();

    /// <summary>Creates a builder whose node budget is <paramref name="maxNodes"/>.</summary>
    public GraphBuilder(int maxNodes = 250_000) => MaxNodes = maxNodes;

    /// <summary>How many nodes may be made before <see cref="GraphTooLargeException"/> is thrown.</summary>
    public int MaxNodes { get; }

    /// <summary>How many distinct nodes have been made.</summary>
    public int Count => nodes.Count;

    /// <summary>A literal of the given type.</summary>
    public Node Constant(double value, ValueType type) => Make(new NodeKey(NodeKind.Constant, type, NoArgs, value: Round(value, type)));

    /// <summary>The literal 0 of a numeric type.</summary>
    public Node Zero(ValueType type) => Constant(0, type);

    /// <summary>The literal 1 of a numeric type.</summary>
    public Node One(ValueType type) => Constant(1, type);

    /// <summary>A boolean literal.</summary>
    public Node Bool(bool value) => Constant(value ? 1 : 0, ValueType.Bool);

    /// <summary>The method input number <paramref name="index"/>.</summary>
    public Node Input(int index, string name, ValueType type) => Make(new NodeKey(NodeKind.Input, type, NoArgs, index: index, name: name));

    /// <summary>A static field, read as a constant.</summary>
    public Node Field(string qualifiedName, ValueType type) => Make(new NodeKey(NodeKind.Field, type, NoArgs, name: qualifiedName));

    /// <summary>Unary minus.</summary>
    public Node Negate(Node a)
    {
        if (a.IsConstant)
        {
            return Constant(NegatedValue(a), a.Type);
        }

        if (a.Kind == NodeKind.Negate)
        {
            return a.Args[0];
        }

        return Make(NodeKind.Negate, a.Type, a);
    }

    /// <summary><c>a + b</c>.</summary>
    public Node Add(Node a, Node b)
    {
        RequireSameType(a, b);
        if (a.IsConstant && b.IsConstant)
        {
            return Constant(a.IsInteger ? unchecked((int)a.Value + (int)b.Value) : a.Value + b.Value, a.Type);
        }

        if (IsAdditiveIdentity(b))
        {
            return a;
        }

        if (IsAdditiveIdentity(a))
        {
            return b;
        }

        if (b.Kind == NodeKind.Negate)
        {
            return Subtract(a, b.Args[0]);
        }

        if (a.Kind == NodeKind.Negate)
        {
            return Subtract(b, a.Args[0]);
        }

        if (ReferenceEquals(a, b))
        {
            return Multiply(Constant(2, a.Type), a);
        }

        return Make(NodeKind.Add, a.Type, a, b);
    }

    /// <summary><c>a - b</c>.</summary>
    public Node Subtract(Node a, Node b)
    {
        RequireSameType(a, b);
        if (a.IsConstant && b.IsConstant)
        {
            return Constant(a.IsInteger ? unchecked((int)a.Value - (int)b.Value) : a.Value - b.Value, a.Type);
        }

        // x - (+0) = x + (-0) = x; x - (-0) = x + 0 is not x at x = -0.
        if (b.IsInteger ? b.IsConstantValue(0) : b.IsConstantBits(0.0))
        {
            return a;
        }

        // (-0) - x = -x; 0 - x is not -x at x = +0.
        if (IsAdditiveIdentity(a))
        {
            return Negate(b);
        }

        if (b.Kind == NodeKind.Negate)
        {
            return Add(a, b.Args[0]);
        }

        if (b.IsConstant && b.Value < 0)
        {
            return Add(a, Constant(NegatedValue(b), b.Type));
        }

        return Make(NodeKind.Subtract, a.Type, a, b);
    }

    /// <summary><c>a * b</c>, with a constant factor moved to the left.</summary>
    public Node Multiply(Node a, Node b)
    {
        RequireSameType(a, b);
        if (a.IsConstant && b.IsConstant)
        {
            return Constant(a.IsInteger ? unchecked((int)a.Value * (int)b.Value) : a.Value * b.Value, a.Type);
        }

        if (b.IsConstant)
        {
            (a, b) = (b, a);
        }

        if (a.IsConstantValue(1))
        {
            return b;
        }

        if (a.IsConstantValue(-1))
        {
            return Negate(b);
        }

        if (a.Kind == NodeKind.Negate && b.Kind == NodeKind.Negate)
        {
            return Multiply(a.Args[0], b.Args[0]);
        }

        if (a.Kind == NodeKind.Negate)
        {
            return Negate(Multiply(a.Args[0], b));
        }

        if (b.Kind == NodeKind.Negate)
        {
            return Negate(Multiply(a, b.Args[0]));
        }

        // int.MinValue is its own negation: moving its sign out would never end.
        if (a.IsConstant && a.Value < 0 && !(a.IsInteger && a.Value == int.MinValue))
        {
            return Negate(Multiply(Constant(NegatedValue(a), a.Type), b));
        }

        return Make(NodeKind.Multiply, a.Type, a, b);
    }

    /// <summary><c>a / b</c>.</summary>
    public Node Divide(Node a, Node b)
    {
        RequireSameType(a, b);
        if (a.IsConstant && b.IsConstant && !a.IsInteger)
        {
            return Constant(a.Value / b.Value, a.Type);
        }

        if (b.IsConstantValue(1))
        {
            return a;
        }

        if (b.IsConstantValue(-1) && !a.IsInteger)
        {
            return Negate(a);
        }

        // Exact for floats (the sign of a quotient is the xor of the operands' signs); not for int.MinValue.
        if (a.Kind == NodeKind.Negate && !a.IsInteger)
        {
            return Negate(Divide(a.Args[0], b));
        }

        if (b.Kind == NodeKind.Negate && !b.IsInteger)
        {
            return Negate(Divide(a, b.Args[0]));
        }

        return Make(NodeKind.Divide, a.Type, a, b);
    }

    /// <summary>A conversion of <paramref name="a"/> to <paramref name="type"/> (float or double).</summary>
    public Node Convert(Node a, ValueType type)
    {
        if (a.Type == type)
        {
            return a;
        }

        if (a.IsConstant && (type != ValueType.Int || System.Math.Abs(a.Value) < int.MaxValue))
        {
            return Constant(type == ValueType.Int ? System.Math.Truncate(a.Value) : a.Value, type);
        }

        // float -> double -> float is the identity; double -> float -> double is not.
        if (a.Kind == NodeKind.Convert && a.Type == ValueType.Double && a.Args[0].Type == ValueType.Float && type == ValueType.Float)
        {
            return a.Args[0];
        }

        return Make(NodeKind.Convert, type, a);
    }

    /// <summary>
    /// <c>%</c> (numeric or int) or an integer bitwise/shift operator; never folded, so C#'s own integer
    /// semantics decide the value.
    /// </summary>
    public Node Integral(NodeKind kind, Node a, Node b)
    {
        if (kind is not (NodeKind.Remainder or NodeKind.BitwiseAnd or NodeKind.BitwiseOr or NodeKind.ExclusiveOr or NodeKind.LeftShift or NodeKind.RightShift))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        if (kind is not (NodeKind.LeftShift or NodeKind.RightShift))
        {
            RequireSameType(a, b);
        }

        return Make(kind, a.Type, a, b);
    }

    /// <summary>A call to a known Math/MathF function.</summary>
    public Node Call(MathFunction function, params Node[] args)
    {
        if (args.Length != function.Arity)
        {
            throw new ArgumentException($"{function.Name} takes {function.Arity} arguments.", nameof(args));
        }

        Node? simplified = function.Simplify?.Invoke(this, args);
        return simplified ?? Make(new NodeKey(NodeKind.Call, function.ReturnsInt ? ValueType.Int : args[0].Type, args, function: function));
    }

    /// <summary>The value of an opaque user method.</summary>
    /// <param name="method">The method's <c>global::</c>-qualified name.</param>
    /// <param name="type">The result type.</param>
    /// <param name="hasVectorForm">
    /// Whether the callee has generated vector bodies (its <c>FKernel.Value&lt;V&gt;</c>, which vector code calls): a
    /// [Differentiable] callee that vectorizes throughout; see <see cref="Node.CalleeHasVectorBodies"/>.
    /// </param>
    /// <param name="args">The arguments.</param>
    public Node UserCall(string method, ValueType type, bool hasVectorForm, params Node[] args) =>
        Make(new NodeKey(NodeKind.UserCall, type, args, name: method, flag: hasVectorForm));

    /// <summary>Records how an opaque <see cref="NodeKind.UserCall"/> node is differentiated.</summary>
    public void SetDerivative(Node userCall, UserDerivativeInfo info) => userDerivatives[userCall] = info;

    /// <summary>How an opaque <see cref="NodeKind.UserCall"/> node is differentiated.</summary>
    public UserDerivativeInfo GetDerivative(Node userCall) => userDerivatives[userCall];

    /// <summary>
    /// Makes <paramref name="info"/> (a call to the method's own <c>[DerivativeOf]</c> registration, with the
    /// method's inputs as arguments) the gradient of <paramref name="root"/>: <see cref="Differentiator.Gradient"/>
    /// returns it instead of differentiating the body. Kept apart from <see cref="SetDerivative"/> because the
    /// root may itself be a user call, or an input, whose own tangent rule must not change.
    /// </summary>
    public void SetRegisteredGradient(Node root, UserDerivativeInfo info) => registeredGradients[root] = info;

    /// <summary>The registered gradient of <paramref name="root"/> (see <see cref="SetRegisteredGradient"/>), or null.</summary>
    public UserDerivativeInfo? RegisteredGradient(Node root) => registeredGradients.TryGetValue(root, out UserDerivativeInfo? info) ? info : null;

    /// <summary>
    /// A call to a user method that returns a derivative (scalar) or a tuple of partial derivatives, one per argument
    /// (a registered <c>[DerivativeOf]</c> method takes the target's parameters).
    /// </summary>
    /// <remarks>The parameters are those of <see cref="UserCall"/>.</remarks>
    public Node UserDerivative(string method, ValueType type, bool hasVectorForm, params Node[] args) =>
        Make(new NodeKey(NodeKind.UserDerivative, type, args, index: type == ValueType.Tuple ? args.Length : 0, name: method, flag: hasVectorForm));

    /// <summary>
    /// A call to a <c>[Differentiable]</c> callee's generated backward pass, <c>FBackward(args…, seed)</c>: a tuple of
    /// one partial derivative per argument in <paramref name="args"/> (the seed gets none).
    /// </summary>
    /// <remarks>The other parameters are those of <see cref="UserCall"/>.</remarks>
    public Node UserBackward(string method, bool hasVectorForm, Node[] args, Node seed)
    {
        var all = new Node[args.Length + 1];
        args.CopyTo(all, 0);
        all[args.Length] = seed;
        return Make(new NodeKey(NodeKind.UserDerivative, ValueType.Tuple, all, index: args.Length, name: method, flag: hasVectorForm));
    }

    /// <summary>Element <paramref name="index"/> of a tuple-valued node.</summary>
    public Node Item(Node tuple, int index, ValueType type) =>
        index >= 0 && index < tuple.TupleArity
            ? Make(new NodeKey(NodeKind.Item, type, new[] { tuple }, index: index))
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The tuple has {tuple.TupleArity} components.");

    /// <summary>A comparison; <paramref name="kind"/> is one of the comparison kinds.</summary>
    public Node Compare(NodeKind kind, Node a, Node b)
    {
        RequireSameType(a, b);
        if (ReferenceEquals(a, b))
        {
            // x < x is false even for NaN; x == x is "x is not NaN" (always true for integers).
            switch (kind)
            {
                case NodeKind.Less or NodeKind.Greater:
                    return Bool(false);
                case NodeKind.NotEqual when a.IsInteger:
                    return Bool(false);
                case NodeKind.Equal or NodeKind.LessOrEqual or NodeKind.GreaterOrEqual when a.IsInteger:
                    return Bool(true);
                case NodeKind.LessOrEqual or NodeKind.GreaterOrEqual:
                    kind = NodeKind.Equal;
                    break;
            }
        }

        if (a.IsConstant && b.IsConstant)
        {
            return Bool(kind switch
            {
                NodeKind.Less => a.Value < b.Value,
                NodeKind.LessOrEqual => a.Value <= b.Value,
                NodeKind.Greater => a.Value > b.Value,
                NodeKind.GreaterOrEqual => a.Value >= b.Value,
                NodeKind.Equal => a.Value == b.Value,
                NodeKind.NotEqual => a.Value != b.Value,
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            });
        }

        return Make(kind, ValueType.Bool, a, b);
    }

    /// <summary>Short-circuit and.</summary>
    public Node And(Node a, Node b)
    {
        if (a.IsConstant)
        {
            return a.Value != 0 ? b : a;
        }

        if (b.IsConstantValue(1) || ReferenceEquals(a, b))
        {
            return a;
        }

        return Make(NodeKind.And, ValueType.Bool, a, b);
    }

    /// <summary>Short-circuit or.</summary>
    public Node Or(Node a, Node b)
    {
        if (a.IsConstant)
        {
            return a.Value != 0 ? a : b;
        }

        if (b.IsConstantValue(0) || ReferenceEquals(a, b))
        {
            return a;
        }

        return Make(NodeKind.Or, ValueType.Bool, a, b);
    }

    /// <summary>Logical not. Comparisons are not inverted: <c>!(a &lt; b)</c> differs from <c>a &gt;= b</c> for NaN.</summary>
    public Node Not(Node a)
    {
        if (a.IsConstant)
        {
            return Bool(a.Value == 0);
        }

        if (a.Kind == NodeKind.Not)
        {
            return a.Args[0];
        }

        return Make(NodeKind.Not, ValueType.Bool, a);
    }

    /// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
    public Node Select(Node condition, Node whenTrue, Node whenFalse)
    {
        if (whenTrue.Type != whenFalse.Type)
        {
            throw new ArgumentException("Both sides of a select must have one type.", nameof(whenFalse));
        }

        if (condition.IsConstant)
        {
            return condition.Value != 0 ? whenTrue : whenFalse;
        }

        if (ReferenceEquals(whenTrue, whenFalse))
        {
            return whenTrue;
        }

        if (condition.Kind == NodeKind.Not)
        {
            return Select(condition.Args[0], whenFalse, whenTrue);
        }

        if (whenTrue.Type == ValueType.Bool && whenTrue.IsConstant && whenFalse.IsConstant)
        {
            return whenTrue.Value != 0 ? condition : Not(condition);
        }

        if (whenTrue.Type == ValueType.Bool && whenFalse.IsConstantValue(0))
        {
            return And(condition, whenTrue);
        }

        if (whenTrue.Type == ValueType.Bool && whenTrue.IsConstantValue(1))
        {
            return Or(condition, whenFalse);
        }

        return Make(NodeKind.Select, whenTrue.Type, condition, whenTrue, whenFalse);
    }

    /// <summary>
    /// <c>condition ? whenTrue : whenFalse</c> where <paramref name="condition"/> is rarely true (a tie) and
    /// <paramref name="whenTrue"/> costs more than <paramref name="whenFalse"/>: a <see cref="Node.IsCold"/> select.
    /// Its value is the plain select's; only vector code treats it differently, computing <paramref name="whenTrue"/>
    /// only when some lane takes it. Never simplified by flipping a negated condition, so the rare side stays the true one.
    /// </summary>
    public Node ColdSelect(Node condition, Node whenTrue, Node whenFalse)
    {
        if (whenTrue.Type != whenFalse.Type || !whenTrue.IsNumeric)
        {
            throw new ArgumentException("A cold select chooses between two numbers of one type.", nameof(whenFalse));
        }

        if (condition.IsConstant)
        {
            return condition.Value != 0 ? whenTrue : whenFalse;
        }

        return ReferenceEquals(whenTrue, whenFalse) ? whenTrue
            : Make(new NodeKey(NodeKind.Select, whenTrue.Type, new[] { condition, whenTrue, whenFalse }, flag: true));
    }

    /// <summary>Applies a binary arithmetic kind (Add, Subtract, Multiply, Divide).</summary>
    public Node Arithmetic(NodeKind kind, Node a, Node b) => kind switch
    {
        NodeKind.Add => Add(a, b),
        NodeKind.Subtract => Subtract(a, b),
        NodeKind.Multiply => Multiply(a, b),
        NodeKind.Divide => Divide(a, b),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // One integer zero: -0 in an int literal (from truncating -0.5, say) would be a second node for 0.
    private static double Round(double value, ValueType type) => type switch
    {
        ValueType.Float => (float)value,
        ValueType.Int => value + 0.0,
        _ => value,
    };

    /// <summary>The negation of a literal; an integer wraps as C#'s unchecked <c>-int.MinValue</c> does.</summary>
    private static double NegatedValue(Node constant) => constant.IsInteger ? unchecked(-(int)constant.Value) : -constant.Value;

    /// <summary>Whether <c>x + n</c> is <c>x</c> for every <c>x</c>: 0 for integers, <c>-0</c> (not <c>+0</c>) for floats.</summary>
    private static bool IsAdditiveIdentity(Node n) => n.IsInteger ? n.IsConstantValue(0) : n.IsConstantBits(-0.0);

    private static void RequireSameType(Node a, Node b)
    {
        if (a.Type != b.Type)
        {
            throw new ArgumentException($"Operands have different types ({a.Type}, {b.Type}).", nameof(b));
        }
    }

    private Node Make(NodeKind kind, ValueType type, params Node[] args) => Make(new NodeKey(kind, type, args));

    private Node Make(NodeKey key)
    {
        if (nodes.TryGetValue(key, out Node? existing))
        {
            return existing;
        }

        if (nodes.Count >= MaxNodes)
        {
            throw new GraphTooLargeException(MaxNodes);
        }

        var node = new Node(nodes.Count, key);
        nodes.Add(key, node);
        return node;
    }
}

/// <summary>Thrown when a method's graph exceeds the node budget; reported as DIFF010, never to the compiler.</summary>
internal sealed class GraphTooLargeException : Exception
{
    /// <summary>Creates the exception for a budget of <paramref name="maxNodes"/> nodes.</summary>
    public GraphTooLargeException(int maxNodes)
        : base($"more than {maxNodes} distinct operations")
    {
    }
}
