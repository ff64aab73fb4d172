using CsCheck;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>One random differentiable function: how many inputs it takes, its body, and points to test it at.</summary>
/// <param name="Inputs">1 to 3 (x, y, z).</param>
/// <param name="Body">The expression; it may leave some inputs unused.</param>
/// <param name="Points">Test points, each an array of <paramref name="Inputs"/> coordinates.</param>
internal sealed record TestFunction(int Inputs, Expr Body, double[][] Points);

/// <summary>CsCheck generators of random expression trees over every operation DiffGen supports.</summary>
internal static class ExprGen
{
    /// <summary>The deepest tree generated (a leaf has depth 0).</summary>
    public const int MaxDepth = 6;

    private const int PointsPerFunction = 6;

    private static readonly string[] CompareOps = { "<", "<=", ">", ">=", "==", "!=" };

    // Quarters are exact in float too, so the float variant and the double oracle see the same constants.
    private static readonly Gen<Expr> Constant = Gen.Int[-12, 12].Select(k => (Expr)new ConstExpr(k / 4.0));

    // Uniform coordinates, many in (0, 1) where Log, Sqrt, Asin, Acos and Atanh are all defined, plus some
    // from CsCheck's range generator, which favours simple and tiny values (1e-25 and the like).
    private static readonly Gen<double> Coordinate = Gen.Frequency(
        (2, Uniform(-2.5, 2.5)),
        (2, Uniform(0.05, 0.95)),
        (1, Gen.Double[-2.5, 2.5]));

    private static readonly Gen<Expr>[][] ByInputsAndDepth = BuildAll();

    /// <summary>A random tree over <paramref name="inputs"/> inputs, at most <paramref name="depth"/> deep.</summary>
    public static Gen<Expr> Expression(int inputs, int depth = MaxDepth) => ByInputsAndDepth[inputs][depth];

    /// <summary>A random function of 1 to 3 inputs with its test points.</summary>
    public static readonly Gen<TestFunction> Function =
        Gen.Int[1, 3].SelectMany(n => Gen.Select(
            Expression(n),
            Coordinate.Array[n].Array[PointsPerFunction],
            (body, points) => new TestFunction(n, body, points)));

    /// <summary>Uniform in [<paramref name="lo"/>, <paramref name="hi"/>).</summary>
    public static Gen<double> Uniform(double lo, double hi) => Gen.Double.Unit.Select(u => lo + (hi - lo) * u);

    private static Gen<Expr>[][] BuildAll()
    {
        var all = new Gen<Expr>[4][];
        for (int n = 1; n <= 3; n++)
        {
            all[n] = new Gen<Expr>[MaxDepth + 1];
            Gen<Expr> leaf = Leaf(n);
            all[n][0] = leaf;
            for (int d = 1; d <= MaxDepth; d++)
            {
                all[n][d] = Node(leaf, all[n][d - 1], d);
            }
        }

        return all;
    }

    private static Gen<Expr> Leaf(int inputs) => Gen.Frequency(
        (3, Gen.Int[0, inputs - 1].Select(i => (Expr)new InputExpr(i))),
        (1, Constant));

    private static Gen<Expr> Node(Gen<Expr> leaf, Gen<Expr> sub, int depth)
    {
        Gen<Expr> negate = sub.Select(a => (Expr)new NegateExpr(a));
        Gen<Expr> arithmetic = Gen.Select(Gen.OneOf('+', '-', '*', '/'), sub, sub, (op, a, b) => (Expr)new BinaryExpr(op, a, b));
        Gen<Expr> unary = Gen.Select(Gen.OneOf(MathFnInfo.Unary), sub, (f, a) => (Expr)new CallExpr(f, new[] { a }));
        Gen<Expr> binary = Gen.Select(Gen.OneOf(MathFnInfo.Binary), sub, sub, (f, a, b) => (Expr)new CallExpr(f, new[] { a, b }));

        // Small integer and half-integer exponents keep Pow defined for negative bases more often.
        Gen<Expr> powConst = Gen.Select(sub, Gen.Int[-4, 8], (a, k) => (Expr)new CallExpr(MathFn.Pow, new[] { a, new ConstExpr(k / 2.0) }));
        Gen<Expr> fma = Gen.Select(sub, sub, sub, (a, b, c) => (Expr)new CallExpr(MathFn.FusedMultiplyAdd, new[] { a, b, c }));

        // Math.Clamp throws when lo > hi: constant bounds are ordered, and expression bounds are b ± 1, except
        // in clampAny, whose bounds may cross: where the method takes that path it throws and the point is
        // skipped; where it does not, the generated derivative must not throw either.
        Gen<Expr> clampConst = Gen.Select(sub, Gen.Int[-8, 4], Gen.Int[1, 8], (a, lo, width) =>
            (Expr)new CallExpr(MathFn.Clamp, new[] { a, new ConstExpr(lo / 4.0), new ConstExpr((lo + width) / 4.0) }));
        Gen<Expr> clampExpr = Gen.Select(sub, sub, (a, b) => (Expr)new CallExpr(
            MathFn.Clamp, new[] { a, new BinaryExpr('-', b, new ConstExpr(1)), new BinaryExpr('+', b, new ConstExpr(1)) }));
        Gen<Expr> clampAny = Gen.Select(sub, sub, sub, (a, lo, hi) => (Expr)new CallExpr(MathFn.Clamp, new[] { a, lo, hi }));
        Gen<Expr> conditional = Gen.Select(Condition(sub, depth), sub, sub, (c, a, b) => (Expr)new ConditionalExpr(c, a, b));

        return Gen.Frequency(
            (3, leaf),
            (1, negate),
            (6, arithmetic),
            (8, unary),
            (3, binary),
            (1, powConst),
            (1, fma),
            (1, clampConst),
            (1, clampExpr),
            (1, clampAny),
            (2, conditional));
    }

    // "x < x" draws the compiler's CS1718 warning in the user's own code, which the batches reject as a warning.
    private static bool SameInput(Expr a, Expr b) => a is InputExpr x && b is InputExpr y && x.Index == y.Index;

    private static Gen<Cond> Condition(Gen<Expr> operand, int depth)
    {
        Gen<Cond> compare = Gen.Select(Gen.OneOf(CompareOps), operand, operand, (op, a, b) => (Cond)new CompareCond(op, a, SameInput(a, b) ? new ConstExpr(0.5) : b));
        if (depth <= 1)
        {
            return compare;
        }

        Gen<Cond> logical = Gen.Select(Gen.Bool, compare, compare, (isAnd, a, b) => (Cond)new LogicalCond(isAnd, a, b));
        return Gen.Frequency(
            (5, compare),
            (1, logical),
            (1, compare.Select(a => (Cond)new NotCond(a))),
            (1, logical.Select(a => (Cond)new NotCond(a))));
    }
}
