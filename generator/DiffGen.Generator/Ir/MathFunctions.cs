using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>
/// The operation table: every Math/MathF function DiffGen differentiates, with everything DiffGen knows
/// about it — derivative rule, double evaluation, range, and where it is singular. The front end resolves
/// calls here, the differentiator applies the rules, the analyses read the ranges and singular sets, the
/// emitters spell the names; nothing about a function is written anywhere else.
/// </summary>
/// <remarks>
/// Conventions at kinks (documented in the README): <c>Abs'(0) = 0</c>; <c>Max</c>/<c>Min</c> give the
/// gradient to the strictly winning argument, split a tie evenly between two input-dependent arguments
/// (PyTorch's <c>maximum</c>), and give zero at a tie with a constant (<c>Math.Max(0, x)</c> is ReLU, and
/// ReLU'(0) = 0); <c>Clamp(x, lo, hi)</c> passes the gradient to <c>x</c> strictly inside the range and to
/// the bound it is clamped to otherwise (PyTorch's <c>hardtanh</c>); the exponent gradient of
/// <c>Pow(a, e)</c> is 0 where <c>a == 0</c> and <c>e &gt;= 0</c>, and its base gradient is 0 where
/// <c>e == 0</c> (both as PyTorch's <c>pow</c>).
/// </remarks>
internal static class MathFunctions
{
    // Rules may name rows declared further down (Sin uses Cos): they run after all rows exist.
    private static readonly Dictionary<string, MathFunction> ByKey = new(StringComparer.Ordinal);

    private static readonly Interval Positive = Interval.Above(0, inclusive: false);
    private static readonly Interval NonNegative = Interval.Above(0, inclusive: true);
    private static readonly Interval NotPositive = Interval.Below(0, inclusive: true);
    private static readonly Interval[] OutsideUnitOpen = { Interval.Below(-1, inclusive: true), Interval.Above(1, inclusive: true) };

    /// <summary><c>e^x</c>.</summary>
    public static readonly MathFunction Exp = Add(new("Exp", 1, "exp", Unary((b, self, x) => self))
    {
        Tensor = "exp",
        Vector = "{V}.Exp({0})",
        Evaluate = a => Math.Exp(a[0]),
        Range = r => r[0].Increasing(Math.Exp).Intersect(Positive),
    });

    /// <summary>Natural logarithm.</summary>
    public static readonly MathFunction Log = Add(new("Log", 1, "ln", Unary((b, self, x) => b.Divide(b.One(x.Type), x)))
    {
        Tensor = "log",
        Vector = "{V}.Log({0})",
        Evaluate = a => Math.Log(a[0]),
        Range = r => Clip(r[0], Positive).Increasing(Math.Log),
        Singularities = LogSingularity("Log"),
    });

    /// <summary>Logarithm to a given base, <c>Log(a, newBase)</c>.</summary>
    public static readonly MathFunction LogBase = Add(new("Log", 2, "log", Partials(
        (b, self, a) => b.Divide(b.One(self.Type), b.Multiply(a[0], b.Call(Log, a[1]))),
        (b, self, a) => b.Negate(b.Divide(self, b.Multiply(a[1], b.Call(Log, a[1]))))))
    {
        Evaluate = a => Math.Log(a[0], a[1]),
        Singularities = _ => new[]
        {
            new Singularity(0, new[] { NotPositive }, "argument of Log", "is ≤ 0"),
            new Singularity(1, new[] { NotPositive, Interval.Point(1) }, "base of Log", "is ≤ 0 or 1"),
        },
    });

    /// <summary>Base-2 logarithm.</summary>
    public static readonly MathFunction Log2 = Add(new("Log2", 1, "log2", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Multiply(x, b.Constant(0.69314718055994531, x.Type)))))
    {
        Tensor = "log2",
        Evaluate = a => Math.Log(a[0], 2),
        Range = r => Clip(r[0], Positive).Increasing(v => Math.Log(v, 2)),
        Singularities = LogSingularity("Log2"),
    });

    /// <summary>Base-10 logarithm.</summary>
    public static readonly MathFunction Log10 = Add(new("Log10", 1, "log10", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Multiply(x, b.Constant(2.3025850929940457, x.Type)))))
    {
        Tensor = "log10",
        Evaluate = a => Math.Log10(a[0]),
        Range = r => Clip(r[0], Positive).Increasing(Math.Log10),
        Singularities = LogSingularity("Log10"),
    });

    /// <summary>Square root.</summary>
    public static readonly MathFunction Sqrt = Add(new("Sqrt", 1, "sqrt", Unary((b, self, x) => b.Divide(b.Constant(0.5, x.Type), self)))
    {
        Tensor = "sqrt",
        Vector = "{V}.Sqrt({0})",
        Evaluate = a => Math.Sqrt(a[0]),
        Range = r => Clip(r[0], NonNegative).Increasing(Math.Sqrt),
        Singularities = _ => new[] { new Singularity(0, new[] { NotPositive }, "argument of Sqrt", "reaches 0 or below (infinite slope at 0, NaN below)") },
    });

    /// <summary>Cube root.</summary>
    public static readonly MathFunction Cbrt = Add(new("Cbrt", 1, "cbrt", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Multiply(b.Constant(3, x.Type), b.Multiply(self, self)))))
    {
        Evaluate = a => CubeRoot(a[0]),
        Range = r => r[0].Increasing(CubeRoot),
        Singularities = _ => new[] { new Singularity(0, new[] { Interval.Point(0) }, "argument of Cbrt", "is zero (infinite slope)") },
    });

    /// <summary><c>a^e</c>.</summary>
    public static readonly MathFunction Pow = Add(new("Pow", 2, "pow", PowTangent, simplify: (b, a) =>
        a[1].IsConstantValue(1) ? a[0] : a[1].IsConstantValue(0) ? b.One(a[0].Type) : null)
    {
        Tensor = "pow",
        Evaluate = a => Math.Pow(a[0], a[1]),
        Range = PowRange,
        Singularities = PowSingularities,
    });

    /// <summary>Absolute value; <c>Abs'(0) = 0</c>.</summary>
    public static readonly MathFunction Abs = Add(new("Abs", 1, "abs", (b, self, t) =>
    {
        Node x = self.Args[0], zero = b.Zero(x.Type);
        return b.Select(b.Compare(NodeKind.Greater, x, zero), t[0]!, b.Select(b.Compare(NodeKind.Less, x, zero), b.Negate(t[0]!), zero));
    }, floatOverloadOnMath: true)
    {
        Tensor = "abs",
        Vector = "{V}.Abs({0})",
        Evaluate = a => Math.Abs(a[0]),
        Range = r => r[0].Abs(),
    });

    /// <summary>Sine.</summary>
    public static readonly MathFunction Sin = Add(new("Sin", 1, "sin", Unary((b, self, x) => b.Call(Cos!, x)))
    {
        Tensor = "sin",
        Vector = "{V}.Sin({0})",
        Evaluate = a => Math.Sin(a[0]),
        Range = _ => new Interval(-1, 1),
    });

    /// <summary>Cosine.</summary>
    public static readonly MathFunction Cos = Add(new("Cos", 1, "cos", Unary((b, self, x) => b.Negate(b.Call(Sin, x))))
    {
        Tensor = "cos",
        Vector = "{V}.Cos({0})",
        Evaluate = a => Math.Cos(a[0]),
        Range = _ => new Interval(-1, 1),
    });

    /// <summary>Tangent.</summary>
    public static readonly MathFunction Tan = Add(new("Tan", 1, "tan", Unary((b, self, x) => b.Add(b.One(x.Type), b.Multiply(self, self))))
    {
        Tensor = "tan",
        Evaluate = a => Math.Tan(a[0]),
    });

    /// <summary>Arcsine.</summary>
    public static readonly MathFunction Asin = Add(new("Asin", 1, "asin", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Call(Sqrt, b.Subtract(b.One(x.Type), b.Multiply(x, x))))))
    {
        Tensor = "asin",
        Evaluate = a => Math.Asin(a[0]),
        Range = r => Clip(r[0], new Interval(-1, 1)).Increasing(Math.Asin),
        Singularities = UnitSingularity("Asin"),
    });

    /// <summary>Arccosine.</summary>
    public static readonly MathFunction Acos = Add(new("Acos", 1, "acos", Unary((b, self, x) => b.Negate(b.Divide(b.One(x.Type), b.Call(Sqrt, b.Subtract(b.One(x.Type), b.Multiply(x, x)))))))
    {
        Tensor = "acos",
        Evaluate = a => Math.Acos(a[0]),
        Range = r => Clip(r[0], new Interval(-1, 1)).Negate().Increasing(v => Math.Acos(-v)),
        Singularities = UnitSingularity("Acos"),
    });

    /// <summary>Arctangent.</summary>
    public static readonly MathFunction Atan = Add(new("Atan", 1, "atan", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Add(b.One(x.Type), b.Multiply(x, x)))))
    {
        Tensor = "atan",
        Evaluate = a => Math.Atan(a[0]),
        Range = r => r[0].Increasing(Math.Atan),
    });

    /// <summary>Two-argument arctangent, <c>Atan2(y, x)</c>.</summary>
    public static readonly MathFunction Atan2 = Add(new("Atan2", 2, "atan2", Partials(
        (b, self, a) => b.Divide(a[1], b.Add(b.Multiply(a[1], a[1]), b.Multiply(a[0], a[0]))),
        (b, self, a) => b.Negate(b.Divide(a[0], b.Add(b.Multiply(a[1], a[1]), b.Multiply(a[0], a[0]))))))
    {
        Tensor = "atan2",
        Evaluate = a => Math.Atan2(a[0], a[1]),
        Range = _ => new Interval(-Math.PI, Math.PI),
    });

    /// <summary>
    /// <c>double.Hypot(x, y)</c> = √(x² + y²) without overflow (generic math only: <c>Math</c> has no <c>Hypot</c>). Its
    /// partials are <c>x / hypot</c> and <c>y / hypot</c>; at the origin, its kink (there it is <c>|x|</c> along an
    /// axis), the slope is 0, as <c>Abs'(0)</c>, not <c>0 / 0</c>.
    /// </summary>
    public static readonly MathFunction Hypot = Add(new("Hypot", 2, "hypot", Partials(
        (b, self, a) => HypotPartial(b, self, a[0]),
        (b, self, a) => HypotPartial(b, self, a[1])), genericMathOnly: true)
    {
        Evaluate = a => Hypotenuse(a[0], a[1]),
        // max(|x|, |y|) <= hypot <= |x| + |y|.
        Range = r => new Interval(Math.Max(r[0].Abs().Lo, r[1].Abs().Lo), r[0].Abs().Hi + r[1].Abs().Hi),
    });

    /// <summary>Hyperbolic sine.</summary>
    public static readonly MathFunction Sinh = Add(new("Sinh", 1, "sinh", Unary((b, self, x) => b.Call(Cosh!, x)))
    {
        Tensor = "sinh",
        Evaluate = a => Math.Sinh(a[0]),
        Range = r => r[0].Increasing(Math.Sinh),
    });

    /// <summary>Hyperbolic cosine.</summary>
    public static readonly MathFunction Cosh = Add(new("Cosh", 1, "cosh", Unary((b, self, x) => b.Call(Sinh, x)))
    {
        Tensor = "cosh",
        Evaluate = a => Math.Cosh(a[0]),
        Range = r => r[0].Abs().Increasing(Math.Cosh),
    });

    /// <summary>Hyperbolic tangent.</summary>
    public static readonly MathFunction Tanh = Add(new("Tanh", 1, "tanh", Unary((b, self, x) => b.Subtract(b.One(x.Type), b.Multiply(self, self))))
    {
        Tensor = "tanh",
        Vector = "{V}.Tanh({0})",
        Evaluate = a => Math.Tanh(a[0]),
        Range = r => r[0].Increasing(Math.Tanh).Intersect(new Interval(-1, 1, true, true)),
    });

    /// <summary>Inverse hyperbolic sine.</summary>
    public static readonly MathFunction Asinh = Add(new("Asinh", 1, "asinh", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Call(Sqrt, b.Add(b.Multiply(x, x), b.One(x.Type))))))
    {
        Tensor = "asinh",
        Evaluate = a => InverseSinh(a[0]),
        Range = r => r[0].Increasing(InverseSinh),
    });

    /// <summary>Inverse hyperbolic cosine.</summary>
    public static readonly MathFunction Acosh = Add(new("Acosh", 1, "acosh", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Call(Sqrt, b.Subtract(b.Multiply(x, x), b.One(x.Type))))))
    {
        Tensor = "acosh",
        Evaluate = a => InverseCosh(a[0]),
        Range = r => Clip(r[0], Interval.Above(1, inclusive: true)).Increasing(InverseCosh),
        Singularities = _ => new[] { new Singularity(0, new[] { Interval.Below(1, inclusive: true) }, "argument of Acosh", "reaches 1 or below (infinite slope at 1, NaN below)") },
    });

    /// <summary>Inverse hyperbolic tangent.</summary>
    public static readonly MathFunction Atanh = Add(new("Atanh", 1, "atanh", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Subtract(b.One(x.Type), b.Multiply(x, x)))))
    {
        Tensor = "atanh",
        Evaluate = a => InverseTanh(a[0]),
        Range = r => Clip(r[0], new Interval(-1, 1, true, true)).Increasing(InverseTanh),
        Singularities = UnitSingularity("Atanh"),
    });

    /// <summary>Larger of two values (see the remarks on ties).</summary>
    public static readonly MathFunction Max = Add(new("Max", 2, "max", (b, self, t) => Extremum(b, self, t, NodeKind.Greater), floatOverloadOnMath: true,
        simplify: (b, a) => ReferenceEquals(a[0], a[1]) ? a[0] : null)
    {
        Tensor = "maximum",
        Vector = "{V}.Max({0}, {1})",
        Evaluate = a => Math.Max(a[0], a[1]),
        Range = r => Larger(r[0], r[1]),
    });

    /// <summary>Smaller of two values (see the remarks on ties).</summary>
    public static readonly MathFunction Min = Add(new("Min", 2, "min", (b, self, t) => Extremum(b, self, t, NodeKind.Less), floatOverloadOnMath: true,
        simplify: (b, a) => ReferenceEquals(a[0], a[1]) ? a[0] : null)
    {
        Tensor = "minimum",
        Vector = "{V}.Min({0}, {1})",
        Evaluate = a => Math.Min(a[0], a[1]),
        Range = r => Larger(r[0].Negate(), r[1].Negate()).Negate(),
    });

    /// <summary><c>Clamp(x, lo, hi)</c> (see the remarks on ties).</summary>
    public static readonly MathFunction Clamp = Add(new("Clamp", 3, "clamp", (b, self, t) =>
    {
        Node x = self.Args[0], lo = self.Args[1], hi = self.Args[2], zero = b.Zero(x.Type);
        return b.Select(b.Compare(NodeKind.LessOrEqual, x, lo), t[1] ?? zero,
            b.Select(b.Compare(NodeKind.GreaterOrEqual, x, hi), t[2] ?? zero, t[0] ?? zero));
    }, floatOverloadOnMath: true,
        // Clamp(x, x, x) is x: neither of Math.Clamp's comparisons holds (NaN included).
        simplify: (b, a) => ReferenceEquals(a[0], a[1]) && ReferenceEquals(a[0], a[2]) ? a[0] : null)
    {
        Tensor = "clamp",
        Vector = "{V}.Clamp({0}, {1}, {2})",
        // Math.Clamp's comparisons, without its throw for min > max (NaN bounds and signed zeros as it gives them).
        Evaluate = a => a[0] < a[1] ? a[1] : a[0] > a[2] ? a[2] : a[0],
        Range = r => Larger(Larger(r[0], r[1]).Negate(), r[2].Negate()).Negate(),
    });

    /// <summary><c>a * b + c</c> with one rounding.</summary>
    public static readonly MathFunction FusedMultiplyAdd = Add(new("FusedMultiplyAdd", 3, "fma", Partials(
        (b, self, a) => a[1],
        (b, self, a) => a[0],
        (b, self, a) => b.One(self.Type)))
    {
        Vector = "{V}.FusedMultiplyAdd({0}, {1}, {2})",
        Evaluate = a => (a[0] * a[1]) + a[2],
        Range = r => r[0].Multiply(r[1]).Add(r[2]),
    });

    /// <summary>Round down; piecewise constant.</summary>
    public static readonly MathFunction Floor = Add(new("Floor", 1, "floor", null)
    {
        Tensor = "floor",
        Vector = "{V}.Floor({0})",
        Evaluate = a => Math.Floor(a[0]),
        Range = r => Steps(r[0], Math.Floor),
    });

    /// <summary>Round up; piecewise constant.</summary>
    public static readonly MathFunction Ceiling = Add(new("Ceiling", 1, "ceiling", null)
    {
        Tensor = "ceil",
        Vector = "{V}.Ceiling({0})",
        Evaluate = a => Math.Ceiling(a[0]),
        Range = r => Steps(r[0], Math.Ceiling),
    });

    /// <summary>Round to nearest even; piecewise constant.</summary>
    public static readonly MathFunction Round = Add(new("Round", 1, "round", null)
    {
        Tensor = "round",
        Vector = "{V}.Round({0})",
        Evaluate = a => Math.Round(a[0]),
        Range = r => Steps(r[0], Math.Round),
    });

    /// <summary>Round toward zero; piecewise constant.</summary>
    public static readonly MathFunction Truncate = Add(new("Truncate", 1, "truncate", null)
    {
        Tensor = "trunc",
        Vector = "{V}.Truncate({0})",
        Evaluate = a => Math.Truncate(a[0]),
        Range = r => Steps(r[0], Math.Truncate),
    });

    /// <summary>Sign (-1, 0 or 1, as <c>int</c> in C#); piecewise constant.</summary>
    public static readonly MathFunction Sign = Add(new("Sign", 1, "sign", null, floatOverloadOnMath: true, returnsInt: true)
    {
        Evaluate = a => double.IsNaN(a[0]) ? double.NaN : Math.Sign(a[0]),
        Range = r => Steps(r[0], v => Math.Sign(v)),
    });

    /// <summary>
    /// <c>CopySign(a, s)</c>: the magnitude of <c>a</c> with the sign bit of <c>s</c>. Its slope in <c>a</c> is
    /// <c>±1</c> away from <c>a = 0</c>, where it is the kink of <c>|a|</c> (slope 0, as <c>Abs</c>); in <c>s</c> it is
    /// piecewise constant (no gradient).
    /// </summary>
    public static readonly MathFunction CopySign = Add(new("CopySign", 2, "copysign", (b, self, t) =>
    {
        if (t[0] is not Node ta)
        {
            return null;
        }

        Node a = self.Args[0], zero = b.Zero(a.Type), sign = b.Call(CopySign!, b.One(a.Type), self.Args[1]);
        return b.Select(b.Compare(NodeKind.Greater, a, zero), b.Multiply(sign, ta),
            b.Select(b.Compare(NodeKind.Less, a, zero), b.Negate(b.Multiply(sign, ta)), zero));
    })
    {
        Tensor = "copysign",
        Vector = "{V}.CopySign({0}, {1})",
        Evaluate = a => (BitConverter.DoubleToInt64Bits(a[0]) < 0) == (BitConverter.DoubleToInt64Bits(a[1]) < 0) ? a[0] : -a[0],
        Range = r => new Interval(-r[0].Abs().Hi, r[0].Abs().Hi),
    });

    /// <summary><c>ScaleB(x, n)</c>: <c>x · 2ⁿ</c> for an <c>int</c> <c>n</c>, exactly (no vector form: scalar kernels).</summary>
    public static readonly MathFunction ScaleB = Add(new("ScaleB", 2, "scaleb", (b, self, t) =>
        t[0] is Node tx ? b.Multiply(b.Call(ScaleB!, b.One(self.Type), self.Args[1]), tx) : null)
    {
        // netstandard2.0 has no Math.ScaleB; the analyses need no exact rounding at the extremes.
        Evaluate = a => double.IsNaN(a[1]) ? double.NaN : a[0] * Math.Pow(2, a[1]),
    });

    /// <summary>
    /// <c>Round(x, digits)</c> and <c>Round(x, MidpointRounding.AwayFromZero)</c> (the second argument is an
    /// <c>int</c> or a rounding-mode constant); piecewise constant; no vector form (scalar kernels).
    /// </summary>
    public static readonly MathFunction RoundDigits = Add(new("Round", 2, "round", null)
    {
        // Math.Round throws for digits outside 0..15; a mode constant is not a number here (NaN: unknown).
        Evaluate = a => a[1] >= 0 && a[1] <= 15 ? Math.Round(a[0], (int)a[1]) : double.NaN,
    });

    /// <summary><c>Round(x, digits, mode)</c> with a rounding-mode constant; piecewise constant; no vector form (scalar kernels).</summary>
    public static readonly MathFunction RoundDigitsMode = Add(new("Round", 3, "round", null)
    {
        // The mode is a named constant, not a number here: the value is unknown to the analyses.
        Evaluate = _ => double.NaN,
    });

    /// <summary>Every row of the table.</summary>
    public static IEnumerable<MathFunction> All => ByKey.Values;

    /// <summary>Looks up a function by its C# name and number of arguments.</summary>
    public static MathFunction? Find(string name, int arity) => ByKey.TryGetValue(Key(name, arity), out MathFunction? f) ? f : null;

    private static string Key(string name, int arity) => name + "/" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static MathFunction Add(MathFunction function)
    {
        ByKey.Add(Key(function.Name, function.Arity), function);
        return function;
    }

    /// <summary>A rule for a one-argument function: <c>f'(x) · t</c>.</summary>
    private static TangentRule Unary(Func<GraphBuilder, Node, Node, Node> derivative) =>
        (b, self, t) => b.Multiply(derivative(b, self, self.Args[0]), t[0]!);

    /// <summary>A rule from partial derivatives: <c>Σ ∂f/∂aᵢ · tᵢ</c> over the arguments with a tangent.</summary>
    private static TangentRule Partials(params Func<GraphBuilder, Node, IReadOnlyList<Node>, Node>[] partials) =>
        (b, self, t) =>
        {
            Node? sum = null;
            for (int i = 0; i < partials.Length; i++)
            {
                if (t[i] is Node ti)
                {
                    Node term = b.Multiply(partials[i](b, self, self.Args), ti);
                    sum = sum is null ? term : b.Add(sum, term);
                }
            }

            return sum;
        };

    private static Node? PowTangent(GraphBuilder b, Node self, IReadOnlyList<Node?> t)
    {
        Node a = self.Args[0], e = self.Args[1];
        ValueType type = self.Type;
        Node? result = null;
        if (t[0] is Node ta)
        {
            // a^0 is 1 everywhere, so its slope is 0 even at a = 0, where e·a^(e-1) would be 0·∞ (PyTorch masks it too).
            Node exponentLessOne = e.IsConstant ? b.Constant(e.Value - 1, type) : b.Subtract(e, b.One(type));
            Node term = b.Multiply(b.Multiply(e, b.Call(Pow, a, exponentLessOne)), ta);
            result = e.IsConstant ? term : b.Select(b.Compare(NodeKind.Equal, e, b.Zero(type)), b.Zero(type), term);
        }

        if (t[1] is Node te)
        {
            Node zero = b.Zero(type);
            Node baseIsZero = b.And(b.Compare(NodeKind.Equal, a, zero), b.Compare(NodeKind.GreaterOrEqual, e, zero));
            Node term = b.Select(baseIsZero, zero, b.Multiply(b.Multiply(self, b.Call(Log, a)), te));
            result = result is null ? term : b.Add(result, term);
        }

        return result;
    }

    /// <summary><c>∂hypot/∂v = v / hypot</c>, and 0 where <c>hypot</c> is 0 (both arguments are 0).</summary>
    private static Node HypotPartial(GraphBuilder b, Node self, Node v)
    {
        Node zero = b.Zero(self.Type);
        return b.Select(b.Compare(NodeKind.Equal, self, zero), zero, b.Divide(v, self));
    }

    /// <summary>Max (<paramref name="wins"/> = Greater) or Min (Less).</summary>
    private static Node Extremum(GraphBuilder b, Node self, IReadOnlyList<Node?> t, NodeKind wins)
    {
        Node a = self.Args[0], c = self.Args[1], zero = b.Zero(self.Type);
        Node ta = t[0] ?? zero, tc = t[1] ?? zero;
        if (!a.DependsOnInput)
        {
            return b.Select(b.Compare(wins, c, a), tc, zero);
        }

        if (!c.DependsOnInput)
        {
            return b.Select(b.Compare(wins, a, c), ta, zero);
        }

        NodeKind loses = wins == NodeKind.Greater ? NodeKind.Less : NodeKind.Greater;
        Node tie = b.Multiply(b.Constant(0.5, self.Type), b.Add(ta, tc));
        return b.Select(b.Compare(wins, a, c), ta, b.Select(b.Compare(loses, a, c), tc, tie));
    }

    private static Func<IReadOnlyList<Node>, IReadOnlyList<Singularity>> LogSingularity(string name) =>
        _ => new[] { new Singularity(0, new[] { NotPositive }, "argument of " + name, "is ≤ 0") };

    private static Func<IReadOnlyList<Node>, IReadOnlyList<Singularity>> UnitSingularity(string name) =>
        _ => new[] { new Singularity(0, OutsideUnitOpen, "argument of " + name, "reaches ±1 (infinite slope there, NaN beyond)") };

    private static IReadOnlyList<Singularity> PowSingularities(IReadOnlyList<Node> args)
    {
        Node e = args[1];
        if (!e.IsConstant)
        {
            return new[] { new Singularity(0, new[] { NotPositive }, "base of Pow", "is ≤ 0 (with a variable exponent)") };
        }

        double c = e.Value;
        if (c == Math.Floor(c))
        {
            return c >= 0
                ? Array.Empty<Singularity>()
                : new[] { new Singularity(0, new[] { Interval.Point(0) }, "base of Pow", "is zero (negative power)") };
        }

        return c < 1
            ? new[] { new Singularity(0, new[] { NotPositive }, "base of Pow", "reaches 0 or below (fractional power: infinite slope at 0, NaN below)") }
            : new[] { new Singularity(0, new[] { Interval.Below(0, inclusive: false) }, "base of Pow", "is negative (fractional power: NaN)") };
    }

    private static Interval PowRange(Interval[] r)
    {
        if (r[1].Lo == r[1].Hi && !r[1].IsEmpty)
        {
            double c = r[1].Lo;
            if (r[0].Lo >= 0 && c > 0)
            {
                return r[0].Increasing(v => Math.Pow(v, c));
            }

            if (c == Math.Floor(c) && c % 2 == 0 && c > 0)
            {
                return r[0].Abs().Increasing(v => Math.Pow(v, c));
            }
        }

        return r[0].Lo > 0 ? Positive : Interval.All;
    }

    /// <summary>The interval of values that are at least one of the operands' (used for Max, and Min by symmetry).</summary>
    private static Interval Larger(Interval a, Interval b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return Interval.All;
        }

        (double lo, bool loOpen) = a.Lo > b.Lo ? (a.Lo, a.LoOpen) : a.Lo < b.Lo ? (b.Lo, b.LoOpen) : (a.Lo, a.LoOpen && b.LoOpen);
        (double hi, bool hiOpen) = a.Hi > b.Hi ? (a.Hi, a.HiOpen) : a.Hi < b.Hi ? (b.Hi, b.HiOpen) : (a.Hi, a.HiOpen && b.HiOpen);
        return new Interval(lo, hi, loOpen, hiOpen);
    }

    /// <summary>The image under a non-decreasing step function: the ends are attained.</summary>
    private static Interval Steps(Interval r, Func<double, double> f) => new(f(r.Lo), f(r.Hi));

    /// <summary><paramref name="r"/> restricted to <paramref name="domain"/>, or everything when they do not meet.</summary>
    private static Interval Clip(Interval r, Interval domain)
    {
        Interval clipped = r.Intersect(domain);
        return clipped.IsEmpty ? Interval.All : clipped;
    }

    // Math.Cbrt, Asinh, Acosh and Atanh, which netstandard2.0 lacks, and double.Hypot. They are odd: ±0 (and NaN) give themselves, as in Math; the
    // formulas alone would turn -0 into +0.
    private static double CubeRoot(double v) => v < 0 ? -Math.Pow(-v, 1.0 / 3) : v > 0 ? Math.Pow(v, 1.0 / 3) : v;

    private static double InverseSinh(double v) => v < 0 ? -InverseSinhOfPositive(-v) : v > 0 ? InverseSinhOfPositive(v) : v;

    // Above 2²⁸, v² + 1 and v² − 1 round to v², and v² overflows above about 1.3e154 where Math's result is still
    // finite: there asinh v = acosh v = ln 2v to double precision.
    private const double Large = 1 << 28;

    private static double InverseSinhOfPositive(double v) => v > Large ? Math.Log(v) + Ln2 : Math.Log(v + Math.Sqrt((v * v) + 1));

    private static double InverseCosh(double v) => v > Large ? Math.Log(v) + Ln2 : Math.Log(v + Math.Sqrt((v * v) - 1));

    private const double Ln2 = 0.69314718055994530942;

    // √(x² + y²) scaled by the larger magnitude, so that it overflows (and underflows) only where the result does;
    // ±∞ in either argument gives +∞ even with a NaN in the other, as IEEE hypot and double.Hypot.
    private static double Hypotenuse(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return double.PositiveInfinity;
        }

        double m = Math.Max(x, y);
        if (m == 0 || double.IsNaN(m))
        {
            return m;
        }

        double a = x / m;
        double b = y / m;
        return m * Math.Sqrt((a * a) + (b * b));
    }

    private static double InverseTanh(double v) => v == 0 ? v : 0.5 * Math.Log((1 + v) / (1 - v));
}
