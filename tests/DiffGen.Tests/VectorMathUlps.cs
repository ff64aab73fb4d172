using System;

namespace DiffGen.Tests;

/// <summary>
/// Distances in ulps (representable values between two results) for the <see cref="VectorMath"/> tests, and the
/// bounds that docs/vector-math.md states. A NaN result counts as 0 ulps from a NaN and infinitely far from anything
/// else; an infinite result likewise only matches the same infinity (so overflowing too early or too late fails).
/// </summary>
internal static class VectorMathUlps
{
    /// <summary>Largest ulp distance from <c>MathF.Exp</c> (float) over the whole range.</summary>
    public const long FloatExp = 1;

    /// <summary>Largest ulp distance from <c>MathF.Log</c> (float) over the whole range.</summary>
    public const long FloatLog = 1;

    /// <summary>Largest ulp distance from <c>MathF.Tanh</c> (float); MathF.Tanh itself is up to 2 ulps from the correctly rounded tanh.</summary>
    public const long FloatTanh = 2;

    /// <summary>Largest ulp distance of each float function from the correctly rounded result (the double function rounded to float).</summary>
    public const long FloatFromCorrectlyRounded = 1;

    /// <summary>Largest ulp distance from <c>Math.Exp</c> (double): the runtime's vector Exp.</summary>
    public const long DoubleExp = 2;

    /// <summary>Largest ulp distance from <c>Math.Log</c> (double): the runtime's vector Log.</summary>
    public const long DoubleLog = 3;

    /// <summary>Largest ulp distance from <c>Math.Tanh</c> (double); Math.Tanh itself is up to about 1.5 ulps from the exact tanh.</summary>
    public const long DoubleTanh = 2;

    /// <summary>Ulps between two floats (see the class summary for NaN and infinities).</summary>
    public static long Distance(float expected, float actual)
    {
        if (float.IsNaN(expected) || float.IsNaN(actual))
        {
            return float.IsNaN(expected) && float.IsNaN(actual) ? 0 : long.MaxValue;
        }

        if (float.IsInfinity(expected) || float.IsInfinity(actual))
        {
            return expected == actual ? 0 : long.MaxValue;
        }

        return Math.Abs(Ordered(BitConverter.SingleToInt32Bits(expected)) - Ordered(BitConverter.SingleToInt32Bits(actual)));
    }

    /// <summary>Ulps between two doubles (see the class summary for NaN and infinities).</summary>
    public static long Distance(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual) ? 0 : long.MaxValue;
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected == actual ? 0 : long.MaxValue;
        }

        // Both finite: their ordered bit patterns differ by less than 2^63, so the subtraction cannot overflow.
        return Math.Abs(Ordered(BitConverter.DoubleToInt64Bits(expected)) - Ordered(BitConverter.DoubleToInt64Bits(actual)));
    }

    // Maps the sign-magnitude bit patterns onto a line where adjacent floats differ by 1 and ±0 both sit at 0.
    private static long Ordered(int bits) => bits < 0 ? -(long)(bits & int.MaxValue) : bits;

    private static long Ordered(long bits) => bits < 0 ? -(bits & long.MaxValue) : bits;
}
