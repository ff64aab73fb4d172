using System;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>The oracle's answer at one point.</summary>
/// <param name="Result">Value and gradient (meaningless where <paramref name="Threw"/>).</param>
/// <param name="KinkDistance">
/// How close the point is to a place where the function is not smooth: a branch condition or Max/Min tie
/// about to flip, an Abs/Sign/Clamp kink, a Floor/Round jump, a pole or branch point of a derivative.
/// Relative to the magnitude of the compared quantities; 0 if a partial of an input-dependent argument is not finite.
/// </param>
/// <param name="Threw">Math threw (Math.Sign of NaN, Math.Clamp with min &gt; max): the original method throws there too.</param>
/// <param name="Extent">
/// The largest of |value|, 1/|value| (nonzero values) and |partial| over the input-dependent nodes: how far
/// the computation strays from 1. Float overflows or underflows somewhere in between where this is large,
/// even where the final result is tame (Tanh(1 / a) at a = 1e-34 has derivative ~0 but 1/a² = ∞ in float).
/// </param>
internal readonly record struct OracleResult(Dual Result, double KinkDistance, bool Threw, double Extent)
{
    /// <summary>Whether derivatives at this point are well defined and safe to compare with <paramref name="minKinkDistance"/>.</summary>
    public bool IsComparable(double minKinkDistance) => !Threw && Result.IsFinite && KinkDistance >= minKinkDistance;
}

/// <summary>
/// Evaluates an <see cref="Expr"/> in double precision with <see cref="Dual"/> numbers, using the textbook
/// derivative of every function, independently of the generator.
/// </summary>
internal sealed class DualEvaluator
{
    private static readonly double Ln2 = Math.Log(2);
    private static readonly double Ln10 = Math.Log(10);

    private readonly double[] _inputs;
    private double _kink = double.PositiveInfinity;
    private double _extent;

    private DualEvaluator(double[] inputs) => _inputs = inputs;

    /// <summary>Evaluates <paramref name="e"/> at <paramref name="inputs"/> (x, y, z in order).</summary>
    public static OracleResult Evaluate(Expr e, params double[] inputs)
    {
        var evaluator = new DualEvaluator(inputs);
        try
        {
            Dual d = evaluator.Eval(e);
            return new OracleResult(d, evaluator._kink, false, evaluator._extent);
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentException)
        {
            // Math.Sign(NaN) and Math.Clamp with min > max throw in the user's method too.
            return new OracleResult(default, 0, true, double.PositiveInfinity);
        }
    }

    // Dependence is syntactic: a Clamp held at a constant bound or a branch that picked a constant still
    // "depends on the input", so an infinite partial above it (Sqrt at 0) marks the point as singular.
    // The true derivative there is 0 (the function is locally constant) while chain-rule AD, the
    // generator's and PyTorch's alike, yields ∞ · 0 = NaN; that is not what these properties are about.
    private Dual Eval(Expr e)
    {
        Dual d = EvalNode(e);
        if (e.DependsOnInput)
        {
            Extent(d.Value);
        }

        return d with { DependsOnInput = e.DependsOnInput };
    }

    private Dual EvalNode(Expr e) => e switch
    {
        ConstExpr c => Dual.Constant(c.Value),
        InputExpr i => Dual.Input(i.Index, _inputs[i.Index]),
        NegateExpr n => Negate(Eval(n.Operand)),
        BinaryExpr b => Binary(b.Op, Eval(b.Left), Eval(b.Right)),
        CallExpr call => Call(call),
        ConditionalExpr q => Condition(q.Condition) ? Eval(q.WhenTrue) : Eval(q.WhenFalse),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, null),
    };

    private Dual Negate(Dual a) => Chain(-a.Value, a, -1);

    private Dual Binary(char op, Dual a, Dual b) => op switch
    {
        '+' => Chain(a.Value + b.Value, a, 1, b, 1),
        '-' => Chain(a.Value - b.Value, a, 1, b, -1),
        '*' => Chain(a.Value * b.Value, a, b.Value, b, a.Value),
        '/' => Chain(a.Value / b.Value, a, 1 / b.Value, b, -a.Value / (b.Value * b.Value)),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private bool Condition(Cond c)
    {
        switch (c)
        {
            case CompareCond k:
                Dual l = Eval(k.Left), r = Eval(k.Right);
                if (l.DependsOnInput || r.DependsOnInput)
                {
                    Kink(l.Value - r.Value, l.Value, r.Value);
                }

                return k.Op switch
                {
                    "<" => l.Value < r.Value,
                    "<=" => l.Value <= r.Value,
                    ">" => l.Value > r.Value,
                    ">=" => l.Value >= r.Value,
                    "==" => l.Value == r.Value,
                    "!=" => l.Value != r.Value,
                    _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
                };
            case LogicalCond { IsAnd: true } and:
                return Condition(and.Left) && Condition(and.Right);
            case LogicalCond or:
                return Condition(or.Left) || Condition(or.Right);
            case NotCond not:
                return !Condition(not.Operand);
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c, null);
        }
    }

    private Dual Call(CallExpr call)
    {
        var args = Array.ConvertAll(call.Args, Eval);
        double a = args[0].Value;
        switch (call.Fn)
        {
            case MathFn.Exp: return Chain(Math.Exp(a), args[0], Math.Exp(a));
            case MathFn.Log: return Chain(Math.Log(a), args[0], 1 / a);
            case MathFn.Log2: return Chain(Math.Log2(a), args[0], 1 / (a * Ln2));
            case MathFn.Log10: return Chain(Math.Log10(a), args[0], 1 / (a * Ln10));
            case MathFn.Sqrt: return Chain(Math.Sqrt(a), args[0], 0.5 / Math.Sqrt(a));
            case MathFn.Cbrt: return Chain(Math.Cbrt(a), args[0], 1 / (3 * Math.Cbrt(a) * Math.Cbrt(a)));
            case MathFn.Sin: return Chain(Math.Sin(a), args[0], Math.Cos(a));
            case MathFn.Cos: return Chain(Math.Cos(a), args[0], -Math.Sin(a));
            case MathFn.Tan: return Chain(Math.Tan(a), args[0], 1 / (Math.Cos(a) * Math.Cos(a)));
            case MathFn.Atan: return Chain(Math.Atan(a), args[0], 1 / (1 + a * a));
            case MathFn.Sinh: return Chain(Math.Sinh(a), args[0], Math.Cosh(a));
            case MathFn.Cosh: return Chain(Math.Cosh(a), args[0], Math.Sinh(a));
            case MathFn.Tanh: return Chain(Math.Tanh(a), args[0], 1 / (Math.Cosh(a) * Math.Cosh(a)));
            case MathFn.Asinh: return Chain(Math.Asinh(a), args[0], 1 / Math.Sqrt(a * a + 1));
            case MathFn.Asin:
                Singular(args[0], 1 - Math.Abs(a));
                return Chain(Math.Asin(a), args[0], 1 / Math.Sqrt(1 - a * a));
            case MathFn.Acos:
                Singular(args[0], 1 - Math.Abs(a));
                return Chain(Math.Acos(a), args[0], -1 / Math.Sqrt(1 - a * a));
            case MathFn.Acosh:
                Singular(args[0], (a - 1) / a);
                return Chain(Math.Acosh(a), args[0], 1 / Math.Sqrt(a * a - 1));
            case MathFn.Atanh:
                Singular(args[0], 1 - Math.Abs(a));
                return Chain(Math.Atanh(a), args[0], 1 / (1 - a * a));
            case MathFn.Abs:
                Singular(args[0], a, a);
                return Chain(Math.Abs(a), args[0], a > 0 ? 1 : a < 0 ? -1 : 0);
            case MathFn.Sign:
                Singular(args[0], a, a);
                return Chain(Math.Sign(a), args[0], 0);
            case MathFn.Floor:
            case MathFn.Ceiling:
            case MathFn.Truncate:
                Singular(args[0], a - Math.Round(a), a);
                return Chain(Step(call.Fn, a), args[0], 0);
            case MathFn.Round:
                // Round jumps at the half-integers (to-even only decides which way).
                Singular(args[0], a - (Math.Floor(a) + 0.5), a);
                return Chain(Math.Round(a), args[0], 0);
            default:
                return CallMany(call.Fn, args);
        }
    }

    private Dual CallMany(MathFn fn, Dual[] args)
    {
        double a = args[0].Value, b = args[1].Value;
        switch (fn)
        {
            case MathFn.LogBase:
                return Chain(Math.Log(a, b), args[0], 1 / (a * Math.Log(b)), args[1], -Math.Log(a) / (b * Math.Log(b) * Math.Log(b)));
            case MathFn.Pow:
                double pow = Math.Pow(a, b);
                double exponentPartial = a == 0 && b >= 0 ? 0 : pow * Math.Log(a);
                return Chain(pow, args[0], b * Math.Pow(a, b - 1), args[1], exponentPartial);
            case MathFn.Atan2:
                // Atan2(y, x) jumps by 2π across the negative x axis; the derivative is fine there but
                // finite differences are not, so treat it like a kink. Near the origin it is a pole.
                double r2 = a * a + b * b;
                if (args[0].DependsOnInput || args[1].DependsOnInput)
                {
                    Kink(Math.Sqrt(r2), 0, 0);
                    if (b < 0)
                    {
                        Kink(a, 0, b);
                    }
                }

                return Chain(Math.Atan2(a, b), args[0], b / r2, args[1], -a / r2);
            case MathFn.Max:
            case MathFn.Min:
                return MaxMin(fn, args[0], args[1]);
            case MathFn.Clamp:
                return Clamp(args[0], args[1], args[2]);
            case MathFn.FusedMultiplyAdd:
                return Chain(Math.FusedMultiplyAdd(a, b, args[2].Value), args[0], b, args[1], a, args[2], 1);
            default:
                throw new ArgumentOutOfRangeException(nameof(fn), fn, null);
        }
    }

    private Dual MaxMin(MathFn fn, Dual a, Dual b)
    {
        if (a.DependsOnInput || b.DependsOnInput)
        {
            Kink(a.Value - b.Value, a.Value, b.Value);
        }

        bool isMax = fn == MathFn.Max;
        double value = isMax ? Math.Max(a.Value, b.Value) : Math.Min(a.Value, b.Value);
        bool aWins = isMax ? a.Value > b.Value : a.Value < b.Value;
        bool bWins = isMax ? b.Value > a.Value : b.Value < a.Value;
        double pa = aWins ? 1 : bWins ? 0 : 0.5;
        return Chain(value, a, pa, b, 1 - pa);
    }

    private Dual Clamp(Dual x, Dual lo, Dual hi)
    {
        if (x.DependsOnInput || lo.DependsOnInput)
        {
            Kink(x.Value - lo.Value, x.Value, lo.Value);
        }

        if (x.DependsOnInput || hi.DependsOnInput)
        {
            Kink(x.Value - hi.Value, x.Value, hi.Value);
        }

        double value = Math.Clamp(x.Value, lo.Value, hi.Value);
        return x.Value < lo.Value ? Chain(value, lo, 1)
            : x.Value > hi.Value ? Chain(value, hi, 1)
            : Chain(value, x, 1);
    }

    private static double Step(MathFn fn, double a) => fn switch
    {
        MathFn.Floor => Math.Floor(a),
        MathFn.Ceiling => Math.Ceiling(a),
        _ => Math.Truncate(a),
    };

    // A kink of an input-dependent argument: record how far the point is from it.
    private void Singular(Dual arg, double distance, double scale = 0)
    {
        if (arg.DependsOnInput)
        {
            Kink(distance, scale, 0);
        }
    }

    private void Extent(double value)
    {
        double magnitude = Math.Abs(value);
        _extent = Math.Max(_extent, magnitude == 0 ? 0 : Math.Max(magnitude, 1 / magnitude));
    }

    private void Kink(double distance, double scaleA, double scaleB)
    {
        double relative = Math.Abs(distance) / (1 + Math.Abs(scaleA) + Math.Abs(scaleB));
        _kink = double.IsNaN(relative) ? 0 : Math.Min(_kink, relative);
    }

    private Dual Chain(double value, Dual a, double pa) => Chain(value, new[] { a }, new[] { pa });

    private Dual Chain(double value, Dual a, double pa, Dual b, double pb) => Chain(value, new[] { a, b }, new[] { pa, pb });

    private Dual Chain(double value, Dual a, double pa, Dual b, double pb, Dual c, double pc) =>
        Chain(value, new[] { a, b, c }, new[] { pa, pb, pc });

    private Dual Chain(double value, Dual[] args, double[] partials)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].DependsOnInput)
            {
                continue;
            }

            // A pole of a derivative (Sqrt'(0), Log'(0), ...) is not a point to compare at.
            if (!double.IsFinite(partials[i]))
            {
                _kink = 0;
            }

            _extent = Math.Max(_extent, Math.Abs(partials[i]));
        }

        return Dual.Chain(value, partials, args);
    }
}
