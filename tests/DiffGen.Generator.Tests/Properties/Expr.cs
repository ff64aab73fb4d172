using System.Linq;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>A node of a random expression tree over the inputs x, y, z.</summary>
internal abstract record Expr
{
    /// <summary>Whether the value of this node can change with an input (syntactically: it mentions one).</summary>
    public abstract bool DependsOnInput { get; }

    /// <summary>The direct sub-expressions, used to shrink a failing tree by hand.</summary>
    public abstract Expr[] Children { get; }
}

/// <summary>A literal.</summary>
internal sealed record ConstExpr(double Value) : Expr
{
    /// <inheritdoc/>
    public override bool DependsOnInput => false;

    /// <inheritdoc/>
    public override Expr[] Children => System.Array.Empty<Expr>();
}

/// <summary>The input parameter with the given index (x, y, z).</summary>
internal sealed record InputExpr(int Index) : Expr
{
    /// <inheritdoc/>
    public override bool DependsOnInput => true;

    /// <inheritdoc/>
    public override Expr[] Children => System.Array.Empty<Expr>();
}

/// <summary>Unary minus.</summary>
internal sealed record NegateExpr(Expr Operand) : Expr
{
    /// <inheritdoc/>
    public override bool DependsOnInput => Operand.DependsOnInput;

    /// <inheritdoc/>
    public override Expr[] Children => new[] { Operand };
}

/// <summary>One of <c>+ - * /</c>.</summary>
internal sealed record BinaryExpr(char Op, Expr Left, Expr Right) : Expr
{
    /// <inheritdoc/>
    public override bool DependsOnInput => Left.DependsOnInput || Right.DependsOnInput;

    /// <inheritdoc/>
    public override Expr[] Children => new[] { Left, Right };
}

/// <summary>A Math/MathF call.</summary>
internal sealed record CallExpr(MathFn Fn, Expr[] Args) : Expr
{
    /// <inheritdoc/>
    public override bool DependsOnInput => Args.Any(a => a.DependsOnInput);

    /// <inheritdoc/>
    public override Expr[] Children => Args;
}

/// <summary><c>cond ? whenTrue : whenFalse</c>.</summary>
internal sealed record ConditionalExpr(Cond Condition, Expr WhenTrue, Expr WhenFalse) : Expr
{
    /// <inheritdoc/>
    public override bool DependsOnInput => WhenTrue.DependsOnInput || WhenFalse.DependsOnInput || Condition.DependsOnInput;

    /// <inheritdoc/>
    public override Expr[] Children => new[] { WhenTrue, WhenFalse }.Concat(Condition.Operands).ToArray();
}

/// <summary>A boolean condition of a <see cref="ConditionalExpr"/>.</summary>
internal abstract record Cond
{
    /// <summary>Whether an input appears in the condition.</summary>
    public abstract bool DependsOnInput { get; }

    /// <summary>All numeric operands of the comparisons inside.</summary>
    public abstract Expr[] Operands { get; }
}

/// <summary>One of <c>&lt; &lt;= &gt; &gt;= == !=</c>.</summary>
internal sealed record CompareCond(string Op, Expr Left, Expr Right) : Cond
{
    /// <inheritdoc/>
    public override bool DependsOnInput => Left.DependsOnInput || Right.DependsOnInput;

    /// <inheritdoc/>
    public override Expr[] Operands => new[] { Left, Right };
}

/// <summary><c>&amp;&amp;</c> or <c>||</c>.</summary>
internal sealed record LogicalCond(bool IsAnd, Cond Left, Cond Right) : Cond
{
    /// <inheritdoc/>
    public override bool DependsOnInput => Left.DependsOnInput || Right.DependsOnInput;

    /// <inheritdoc/>
    public override Expr[] Operands => Left.Operands.Concat(Right.Operands).ToArray();
}

/// <summary><c>!</c>.</summary>
internal sealed record NotCond(Cond Operand) : Cond
{
    /// <inheritdoc/>
    public override bool DependsOnInput => Operand.DependsOnInput;

    /// <inheritdoc/>
    public override Expr[] Operands => Operand.Operands;
}
