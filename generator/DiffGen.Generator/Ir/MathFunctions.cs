using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>
/// The operation table: every Math/MathF function DiffGen differentiates, with its derivative rule.
/// The front end resolves calls here, the differentiator applies the rules, the emitters spell the
/// names; nothing about a function is written anywhere else.
/// </summary>
/// <remarks>
/// Conventions at kinks (documented in the README): <c>Abs'(0) = 0</c>; <c>Max</c>/<c>Min</c> give the
/// gradient to the strictly winning argument, split a tie evenly between two input-dependent arguments
/// (PyTorch's <c>maximum</c>), and give zero at a tie with a constant (<c>Math.Max(0, x)</c> is ReLU, and
/// ReLU'(0) = 0); <c>Clamp(x, lo, hi)</c> passes the gradient to <c>x</c> strictly inside the range and to
/// the bound it is clamped to otherwise (PyTorch's <c>hardtanh</c>); the exponent gradient of
/// <c>Pow(a, e)</c> is 0 where <c>a == 0</c> and <c>e &gt;= 0</c> (PyTorch's <c>pow</c>).
/// </remarks>
internal static class MathFunctions
{
    // Rules may name rows declared further down (Sin uses Cos): they run after all rows exist.
    private static readonly Dictionary<string, MathFunction> ByKey = new(StringComparer.Ordinal);

    /// <summary><c>e^x</c>.</summary>
    public static readonly MathFunction Exp = Add(new("Exp", 1, "exp", Unary((b, self, x) => self)));

    /// <summary>Natural logarithm.</summary>
    public static readonly MathFunction Log = Add(new("Log", 1, "ln", Unary((b, self, x) => b.Divide(b.One(x.Type), x))));

    /// <summary>Logarithm to a given base, <c>Log(a, newBase)</c>.</summary>
    public static readonly MathFunction LogBase = Add(new("Log", 2, "log", Partials(
        (b, self, a) => b.Divide(b.One(self.Type), b.Multiply(a[0], b.Call(Log, a[1]))),
        (b, self, a) => b.Negate(b.Divide(self, b.Multiply(a[1], b.Call(Log, a[1])))))));

    /// <summary>Base-2 logarithm.</summary>
    public static readonly MathFunction Log2 = Add(new("Log2", 1, "log2", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Multiply(x, b.Constant(0.69314718055994531, x.Type))))));

    /// <summary>Base-10 logarithm.</summary>
    public static readonly MathFunction Log10 = Add(new("Log10", 1, "log10", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Multiply(x, b.Constant(2.3025850929940457, x.Type))))));

    /// <summary>Square root.</summary>
    public static readonly MathFunction Sqrt = Add(new("Sqrt", 1, "sqrt", Unary((b, self, x) => b.Divide(b.Constant(0.5, x.Type), self))));

    /// <summary>Cube root.</summary>
    public static readonly MathFunction Cbrt = Add(new("Cbrt", 1, "cbrt", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Multiply(b.Constant(3, x.Type), b.Multiply(self, self))))));

    /// <summary><c>a^e</c>.</summary>
    public static readonly MathFunction Pow = Add(new("Pow", 2, "pow", PowTangent, simplify: (b, a) =>
        a[1].IsConstantValue(1) ? a[0] : a[1].IsConstantValue(0) ? b.One(a[0].Type) : null));

    /// <summary>Absolute value; <c>Abs'(0) = 0</c>.</summary>
    public static readonly MathFunction Abs = Add(new("Abs", 1, "abs", (b, self, t) =>
    {
        Node x = self.Args[0], zero = b.Zero(x.Type);
        return b.Select(b.Compare(NodeKind.Greater, x, zero), t[0]!, b.Select(b.Compare(NodeKind.Less, x, zero), b.Negate(t[0]!), zero));
    }, floatOverloadOnMath: true));

    /// <summary>Sine.</summary>
    public static readonly MathFunction Sin = Add(new("Sin", 1, "sin", Unary((b, self, x) => b.Call(Cos!, x))));

    /// <summary>Cosine.</summary>
    public static readonly MathFunction Cos = Add(new("Cos", 1, "cos", Unary((b, self, x) => b.Negate(b.Call(Sin, x)))));

    /// <summary>Tangent.</summary>
    public static readonly MathFunction Tan = Add(new("Tan", 1, "tan", Unary((b, self, x) => b.Add(b.One(x.Type), b.Multiply(self, self)))));

    /// <summary>Arcsine.</summary>
    public static readonly MathFunction Asin = Add(new("Asin", 1, "asin", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Call(Sqrt, b.Subtract(b.One(x.Type), b.Multiply(x, x)))))));

    /// <summary>Arccosine.</summary>
    public static readonly MathFunction Acos = Add(new("Acos", 1, "acos", Unary((b, self, x) => b.Negate(b.Divide(b.One(x.Type), b.Call(Sqrt, b.Subtract(b.One(x.Type), b.Multiply(x, x))))))));

    /// <summary>Arctangent.</summary>
    public static readonly MathFunction Atan = Add(new("Atan", 1, "atan", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Add(b.One(x.Type), b.Multiply(x, x))))));

    /// <summary>Two-argument arctangent, <c>Atan2(y, x)</c>.</summary>
    public static readonly MathFunction Atan2 = Add(new("Atan2", 2, "atan2", Partials(
        (b, self, a) => b.Divide(a[1], b.Add(b.Multiply(a[1], a[1]), b.Multiply(a[0], a[0]))),
        (b, self, a) => b.Negate(b.Divide(a[0], b.Add(b.Multiply(a[1], a[1]), b.Multiply(a[0], a[0])))))));

    /// <summary>Hyperbolic sine.</summary>
    public static readonly MathFunction Sinh = Add(new("Sinh", 1, "sinh", Unary((b, self, x) => b.Call(Cosh!, x))));

    /// <summary>Hyperbolic cosine.</summary>
    public static readonly MathFunction Cosh = Add(new("Cosh", 1, "cosh", Unary((b, self, x) => b.Call(Sinh, x))));

    /// <summary>Hyperbolic tangent.</summary>
    public static readonly MathFunction Tanh = Add(new("Tanh", 1, "tanh", Unary((b, self, x) => b.Subtract(b.One(x.Type), b.Multiply(self, self)))));

    /// <summary>Inverse hyperbolic sine.</summary>
    public static readonly MathFunction Asinh = Add(new("Asinh", 1, "asinh", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Call(Sqrt, b.Add(b.Multiply(x, x), b.One(x.Type)))))));

    /// <summary>Inverse hyperbolic cosine.</summary>
    public static readonly MathFunction Acosh = Add(new("Acosh", 1, "acosh", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Call(Sqrt, b.Subtract(b.Multiply(x, x), b.One(x.Type)))))));

    /// <summary>Inverse hyperbolic tangent.</summary>
    public static readonly MathFunction Atanh = Add(new("Atanh", 1, "atanh", Unary((b, self, x) => b.Divide(b.One(x.Type), b.Subtract(b.One(x.Type), b.Multiply(x, x))))));

    /// <summary>Larger of two values (see the remarks on ties).</summary>
    public static readonly MathFunction Max = Add(new("Max", 2, "max", (b, self, t) => Extremum(b, self, t, NodeKind.Greater), floatOverloadOnMath: true,
        simplify: (b, a) => ReferenceEquals(a[0], a[1]) ? a[0] : null));

    /// <summary>Smaller of two values (see the remarks on ties).</summary>
    public static readonly MathFunction Min = Add(new("Min", 2, "min", (b, self, t) => Extremum(b, self, t, NodeKind.Less), floatOverloadOnMath: true,
        simplify: (b, a) => ReferenceEquals(a[0], a[1]) ? a[0] : null));

    /// <summary><c>Clamp(x, lo, hi)</c> (see the remarks on ties).</summary>
    public static readonly MathFunction Clamp = Add(new("Clamp", 3, "clamp", (b, self, t) =>
    {
        Node x = self.Args[0], lo = self.Args[1], hi = self.Args[2], zero = b.Zero(x.Type);
        return b.Select(b.Compare(NodeKind.LessOrEqual, x, lo), t[1] ?? zero,
            b.Select(b.Compare(NodeKind.GreaterOrEqual, x, hi), t[2] ?? zero, t[0] ?? zero));
    }, floatOverloadOnMath: true));

    /// <summary><c>a * b + c</c> with one rounding.</summary>
    public static readonly MathFunction FusedMultiplyAdd = Add(new("FusedMultiplyAdd", 3, "fma", Partials(
        (b, self, a) => a[1],
        (b, self, a) => a[0],
        (b, self, a) => b.One(self.Type))));

    /// <summary>Round down; piecewise constant.</summary>
    public static readonly MathFunction Floor = Add(new("Floor", 1, "floor", null));

    /// <summary>Round up; piecewise constant.</summary>
    public static readonly MathFunction Ceiling = Add(new("Ceiling", 1, "ceiling", null));

    /// <summary>Round to nearest even; piecewise constant.</summary>
    public static readonly MathFunction Round = Add(new("Round", 1, "round", null));

    /// <summary>Round toward zero; piecewise constant.</summary>
    public static readonly MathFunction Truncate = Add(new("Truncate", 1, "truncate", null));

    /// <summary>Sign (-1, 0 or 1, as <c>int</c> in C#); piecewise constant.</summary>
    public static readonly MathFunction Sign = Add(new("Sign", 1, "sign", null, floatOverloadOnMath: true, returnsInt: true));

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
            Node exponentLessOne = e.IsConstant ? b.Constant(e.Value - 1, type) : b.Subtract(e, b.One(type));
            result = b.Multiply(b.Multiply(e, b.Call(Pow, a, exponentLessOne)), ta);
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
}
