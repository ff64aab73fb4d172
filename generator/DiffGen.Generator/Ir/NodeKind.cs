namespace DiffGen.Generator.Ir;

/// <summary>What an IR <see cref="Node"/> computes.</summary>
internal enum NodeKind
{
    /// <summary>A numeric or boolean literal; the value is in <see cref="Node.Value"/>.</summary>
    Constant,

    /// <summary>The method's input number <see cref="Node.InputIndex"/>, named <see cref="Node.InputName"/>.</summary>
    Input,

    /// <summary>A static field read as a constant; <see cref="Node.FieldName"/> is its qualified name.</summary>
    Field,

    /// <summary>Unary minus.</summary>
    Negate,

    /// <summary>Addition.</summary>
    Add,

    /// <summary>Subtraction.</summary>
    Subtract,

    /// <summary>Multiplication.</summary>
    Multiply,

    /// <summary>Division.</summary>
    Divide,

    /// <summary>Remainder, <c>a % b</c> (float, double or int).</summary>
    Remainder,

    /// <summary>Integer bitwise and, <c>a &amp; b</c>.</summary>
    BitwiseAnd,

    /// <summary>Integer bitwise or, <c>a | b</c>.</summary>
    BitwiseOr,

    /// <summary>Integer exclusive or, <c>a ^ b</c>.</summary>
    ExclusiveOr,

    /// <summary>Integer shift left, <c>a &lt;&lt; b</c>.</summary>
    LeftShift,

    /// <summary>Integer shift right, <c>a &gt;&gt; b</c>.</summary>
    RightShift,

    /// <summary>A conversion between float and double (to <see cref="Node.Type"/>).</summary>
    Convert,

    /// <summary>A call to a known Math/MathF function, <see cref="Node.Function"/>.</summary>
    Call,

    /// <summary>The value of a user method (<see cref="Node.Callee"/>), treated as opaque.</summary>
    UserCall,

    /// <summary>The derivative (or tuple of partial derivatives) of a user method, by calling <see cref="Node.Callee"/>; a tuple has <see cref="Node.TupleArity"/> components.</summary>
    UserDerivative,

    /// <summary>Element <see cref="Node.ItemIndex"/> of a tuple-valued node.</summary>
    Item,

    /// <summary><c>a &lt; b</c>.</summary>
    Less,

    /// <summary><c>a &lt;= b</c>.</summary>
    LessOrEqual,

    /// <summary><c>a &gt; b</c>.</summary>
    Greater,

    /// <summary><c>a &gt;= b</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>a == b</c>.</summary>
    Equal,

    /// <summary><c>a != b</c>.</summary>
    NotEqual,

    /// <summary>Short-circuit <c>a &amp;&amp; b</c>: <c>b</c> is evaluated only when <c>a</c> holds.</summary>
    And,

    /// <summary>Short-circuit <c>a || b</c>: <c>b</c> is evaluated only when <c>a</c> fails.</summary>
    Or,

    /// <summary>Logical not.</summary>
    Not,

    /// <summary><c>c ? a : b</c>: only the chosen side is evaluated.</summary>
    Select,
}
