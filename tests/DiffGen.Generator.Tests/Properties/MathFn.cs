namespace DiffGen.Generator.Tests.Properties;

/// <summary>The Math/MathF functions the random expression trees draw from (DiffGen's supported list).</summary>
internal enum MathFn
{
    Exp,
    Log,
    LogBase,
    Log2,
    Log10,
    Sqrt,
    Cbrt,
    Abs,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Floor,
    Ceiling,
    Round,
    Truncate,
    Sign,
    Pow,
    Atan2,
    Max,
    Min,
    Clamp,
    FusedMultiplyAdd,
}

/// <summary>Arity and C# spelling of each <see cref="MathFn"/>.</summary>
internal static class MathFnInfo
{
    /// <summary>The one-argument functions.</summary>
    public static readonly MathFn[] Unary =
    {
        MathFn.Exp, MathFn.Log, MathFn.Log2, MathFn.Log10, MathFn.Sqrt, MathFn.Cbrt, MathFn.Abs,
        MathFn.Sin, MathFn.Cos, MathFn.Tan, MathFn.Asin, MathFn.Acos, MathFn.Atan,
        MathFn.Sinh, MathFn.Cosh, MathFn.Tanh, MathFn.Asinh, MathFn.Acosh, MathFn.Atanh,
        MathFn.Floor, MathFn.Ceiling, MathFn.Round, MathFn.Truncate, MathFn.Sign,
    };

    /// <summary>The two-argument functions.</summary>
    public static readonly MathFn[] Binary = { MathFn.LogBase, MathFn.Pow, MathFn.Atan2, MathFn.Max, MathFn.Min };

    /// <summary>The C# call prefix, e.g. <c>Math.Log</c> or <c>MathF.Log</c>.</summary>
    /// <remarks>MathF has no Clamp, so float code calls the generic-overloaded <c>Math.Clamp</c> as users would.</remarks>
    public static string CallName(MathFn fn, bool isFloat)
    {
        string name = fn == MathFn.LogBase ? "Log" : fn.ToString();
        string type = isFloat && fn != MathFn.Clamp ? "MathF" : "Math";
        return type + "." + name;
    }
}
