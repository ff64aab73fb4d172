using System;
using System.Collections.Generic;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// Evaluates IR exactly as the generated C# would: float operations in float, double in double, int with C#'s
/// unchecked wrapping, short-circuit conditions and selects that evaluate one side only. Integer division by 0
/// (or <c>int.MinValue / -1</c>) throws, as in C#. The oracle for the rewrite tests, independent of the generator.
/// </summary>
internal static class ExactEvaluator
{
    /// <summary>The value of <paramref name="node"/> with input <c>i</c> equal to <c>inputs[i]</c>.</summary>
    public static double Evaluate(Node node, IReadOnlyList<double> inputs) => Eval(node, inputs, new Dictionary<Node, double>(), null);

    /// <summary>
    /// The value of <paramref name="node"/>, where calls to user methods (<see cref="NodeKind.UserCall"/>, a scalar
    /// <see cref="NodeKind.UserDerivative"/>, or an <see cref="NodeKind.Item"/> of a tuple-valued one) are computed by
    /// <paramref name="user"/> from the callee's name, the arguments' values and the item's index (-1 for a scalar).
    /// </summary>
    public static double Evaluate(Node node, IReadOnlyList<double> inputs, Func<string, double[], int, double> user) =>
        Eval(node, inputs, new Dictionary<Node, double>(), user);

    /// <summary>Applies a binary arithmetic operation to two values of <paramref name="type"/>, as C# does.</summary>
    public static double Arithmetic(NodeKind kind, ValueType type, double a, double b) => type switch
    {
        ValueType.Float => kind switch
        {
            NodeKind.Add => (float)a + (float)b,
            NodeKind.Subtract => (float)a - (float)b,
            NodeKind.Multiply => (float)a * (float)b,
            NodeKind.Divide => (float)a / (float)b,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
        ValueType.Int => kind switch
        {
            NodeKind.Add => unchecked((int)a + (int)b),
            NodeKind.Subtract => unchecked((int)a - (int)b),
            NodeKind.Multiply => unchecked((int)a * (int)b),
            NodeKind.Divide => (int)a / (int)b,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
        _ => kind switch
        {
            NodeKind.Add => a + b,
            NodeKind.Subtract => a - b,
            NodeKind.Multiply => a * b,
            NodeKind.Divide => a / b,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
    };

    /// <summary>C#'s conversion of a <paramref name="from"/> value to <paramref name="to"/>.</summary>
    public static double Convert(double v, ValueType from, ValueType to) => to switch
    {
        ValueType.Float => from == ValueType.Int ? (float)(int)v : (float)v,
        ValueType.Int => from == ValueType.Float ? (int)(float)v : (int)v,
        _ => from == ValueType.Float ? (double)(float)v : v,
    };

    /// <summary>A comparison, as C# does it (false whenever a NaN is involved, except !=).</summary>
    public static bool Compare(NodeKind kind, double a, double b) => kind switch
    {
        NodeKind.Less => a < b,
        NodeKind.LessOrEqual => a <= b,
        NodeKind.Greater => a > b,
        NodeKind.GreaterOrEqual => a >= b,
        NodeKind.Equal => a == b,
        NodeKind.NotEqual => a != b,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A Math/MathF call of the given type (float calls of functions not listed go through double).</summary>
    public static double Call(MathFunction f, ValueType type, IReadOnlyList<double> a)
    {
        if (type == ValueType.Float)
        {
            float x = (float)a[0];
            return f.Name switch
            {
                "Pow" => MathF.Pow(x, (float)a[1]),
                "Max" => Math.Max(x, (float)a[1]),
                "Min" => Math.Min(x, (float)a[1]),
                "Clamp" => Math.Clamp(x, (float)a[1], (float)a[2]),
                "Abs" => Math.Abs(x),
                "Truncate" => MathF.Truncate(x),
                "Exp" => MathF.Exp(x),
                "Log" when f.Arity == 1 => MathF.Log(x),
                "Sqrt" => MathF.Sqrt(x),
                _ => (float)f.Evaluate(ToArray(a)),
            };
        }

        return f.Name switch
        {
            "Pow" => Math.Pow(a[0], a[1]),
            "Max" => Math.Max(a[0], a[1]),
            "Min" => Math.Min(a[0], a[1]),
            "Clamp" => Math.Clamp(a[0], a[1], a[2]),
            "Abs" => Math.Abs(a[0]),
            "Truncate" => Math.Truncate(a[0]),
            "Exp" => Math.Exp(a[0]),
            "Log" when f.Arity == 1 => Math.Log(a[0]),
            "Sqrt" => Math.Sqrt(a[0]),
            _ => f.Evaluate(ToArray(a)),
        };
    }

    private static double[] ToArray(IReadOnlyList<double> a)
    {
        var values = new double[a.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = a[i];
        }

        return values;
    }

    /// <summary>Whether two results are the same: equal bits, or both NaN (C# promises no NaN payload or sign).</summary>
    public static bool Same(double x, double y) =>
        BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y) || (double.IsNaN(x) && double.IsNaN(y));

    private static double Eval(Node n, IReadOnlyList<double> inputs, Dictionary<Node, double> memo, Func<string, double[], int, double>? user)
    {
        if (memo.TryGetValue(n, out double known))
        {
            return known;
        }

        double A(int i) => Eval(n.Args[i], inputs, memo, user);
        bool B(int i) => A(i) != 0;
        double value = n.Kind switch
        {
            NodeKind.Constant => n.Value,
            NodeKind.Input => inputs[n.InputIndex],
            NodeKind.Negate => n.Type switch
            {
                ValueType.Float => -(float)A(0),
                ValueType.Int => unchecked(-(int)A(0)),
                _ => -A(0),
            },
            NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide => Arithmetic(n.Kind, n.Type, A(0), A(1)),
            NodeKind.Convert => Convert(A(0), n.Args[0].Type, n.Type),
            NodeKind.Remainder => n.Type switch
            {
                ValueType.Float => (float)A(0) % (float)A(1),
                ValueType.Int => (int)A(0) % (int)A(1),
                _ => A(0) % A(1),
            },
            NodeKind.Call => Call(n.Function!, n.Args[0].Type, EvalArgs(n, inputs, memo, user)),
            NodeKind.UserCall or NodeKind.UserDerivative when user is not null && n.Type != ValueType.Tuple => user(n.Callee, EvalArgs(n, inputs, memo, user), -1),
            NodeKind.Item when user is not null => user(n.Args[0].Callee, EvalArgs(n.Args[0], inputs, memo, user), n.ItemIndex),
            NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual or NodeKind.Equal or NodeKind.NotEqual
                => Compare(n.Kind, A(0), A(1)) ? 1 : 0,
            NodeKind.And => B(0) && B(1) ? 1 : 0,
            NodeKind.Or => B(0) || B(1) ? 1 : 0,
            NodeKind.Not => B(0) ? 0 : 1,
            NodeKind.Select => B(0) ? A(1) : A(2),
            _ => throw new NotSupportedException(n.Kind.ToString()),
        };
        memo[n] = value;
        return value;
    }

    private static double[] EvalArgs(Node n, IReadOnlyList<double> inputs, Dictionary<Node, double> memo, Func<string, double[], int, double>? user)
    {
        var values = new double[n.Args.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Eval(n.Args[i], inputs, memo, user);
        }

        return values;
    }
}
