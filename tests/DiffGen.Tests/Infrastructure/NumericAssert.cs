using System;
using System.Numerics;
using Xunit.Sdk;

namespace DiffGen.Tests.Infrastructure;

/// <summary>Assertions for floating-point results that name the point at which they failed.</summary>
internal static class NumericAssert
{
    /// <summary>Requires |actual − expected| ≤ absolute + relative·|expected| (and both finite).</summary>
    public static void Close(double expected, double actual, (double Relative, double Absolute) tolerance, string context)
    {
        double allowed = tolerance.Absolute + tolerance.Relative * Math.Abs(expected);
        if (!double.IsFinite(actual) || !double.IsFinite(expected) || Math.Abs(actual - expected) > allowed)
        {
            throw new XunitException(
                $"{context}: expected {expected:R}, actual {actual:R}, difference {Math.Abs(actual - expected):R} > allowed {allowed:R}");
        }
    }

    /// <summary>Requires the two floats to be at most <paramref name="ulps"/> representable values apart.</summary>
    public static void WithinUlps(float expected, float actual, int ulps, string context)
    {
        long distance = Math.Abs((long)Ordered(BitConverter.SingleToInt32Bits(expected)) - Ordered(BitConverter.SingleToInt32Bits(actual)));
        if (float.IsNaN(expected) || float.IsNaN(actual) || distance > ulps)
        {
            throw new XunitException($"{context}: expected {expected:R}, actual {actual:R}, {distance} ulps apart (> {ulps})");
        }
    }

    /// <summary>Requires the two doubles to be at most <paramref name="ulps"/> representable values apart.</summary>
    public static void WithinUlps(double expected, double actual, int ulps, string context)
    {
        Int128 distance = Int128.Abs((Int128)Ordered(BitConverter.DoubleToInt64Bits(expected)) - Ordered(BitConverter.DoubleToInt64Bits(actual)));
        if (double.IsNaN(expected) || double.IsNaN(actual) || distance > ulps)
        {
            throw new XunitException($"{context}: expected {expected:R}, actual {actual:R}, {distance} ulps apart (> {ulps})");
        }
    }

    /// <summary>Requires bitwise-identical results (kernels must do exactly what the scalar function does).</summary>
    public static void Identical<T>(T expected, T actual, string context)
        where T : IEquatable<T>
    {
        if (!expected.Equals(actual))
        {
            throw new XunitException($"{context}: expected {expected}, actual {actual}");
        }
    }

    /// <summary>
    /// The documented SIMD-vs-scalar bound for float: 2⁻¹⁷ ≈ 7.6e-6, relative to max(1, |expected|). The vector
    /// Exp/Log/Tanh of <c>DiffGen.VectorMath</c> are a few ulps (2⁻²³) from MathF's, and an activation compounds a few
    /// of them; below 1 the bound is absolute, because derivatives that cross zero have no useful relative error.
    /// </summary>
    public static readonly double SimdFloatTolerance = Math.ScaleB(1, -17);

    /// <summary>The documented SIMD-vs-scalar bound for double: 2⁻⁴⁰ ≈ 9.1e-13, relative to max(1, |expected|).</summary>
    public static readonly double SimdDoubleTolerance = Math.ScaleB(1, -40);

    /// <summary>
    /// How far a SIMD result is from the scalar one, in the units of the SIMD bound: 0 for identical values or two
    /// NaNs, +∞ when only one is NaN or when an infinity is not matched exactly, else |actual − expected| / max(1, |expected|).
    /// </summary>
    public static double SimdError(double expected, double actual)
    {
        if (expected.Equals(actual))
        {
            // Equals holds for equal values, −0 and +0, and two NaNs.
            return 0;
        }

        if (double.IsNaN(expected) || double.IsNaN(actual) || double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return double.PositiveInfinity;
        }

        return Math.Abs(actual - expected) / Math.Max(1, Math.Abs(expected));
    }

    /// <summary>
    /// Requires a SIMD float result to agree with the scalar member's: identical, both NaN, or finite and within
    /// <see cref="SimdFloatTolerance"/>·max(1, |expected|); an infinity must be matched exactly.
    /// </summary>
    public static void SimdAgrees(float expected, float actual, string context) =>
        RequireSimd(expected, actual, SimdFloatTolerance, context);

    /// <summary>
    /// Requires a SIMD double result to agree with the scalar member's: identical, both NaN, or finite and within
    /// <see cref="SimdDoubleTolerance"/>·max(1, |expected|); an infinity must be matched exactly.
    /// </summary>
    public static void SimdAgrees(double expected, double actual, string context) =>
        RequireSimd(expected, actual, SimdDoubleTolerance, context);

    /// <summary><see cref="SimdAgrees(float, float, string)"/> or <see cref="SimdAgrees(double, double, string)"/>, chosen by <typeparamref name="T"/>.</summary>
    public static void SimdAgrees<T>(T expected, T actual, string context)
        where T : IFloatingPointIeee754<T> =>
        RequireSimd(double.CreateTruncating(expected), double.CreateTruncating(actual), SimdTolerance<T>(), context);

    /// <summary>The SIMD bound of <typeparamref name="T"/> (float or double).</summary>
    public static double SimdTolerance<T>()
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? SimdFloatTolerance : SimdDoubleTolerance;

    /// <summary>
    /// Requires the very same bits, the sign of zero included: the same algorithm gave both. A NaN must stay a NaN, but
    /// its sign and payload may differ: which operand's NaN an x64 instruction passes on depends on the instructions the
    /// JIT picks (at one tier or another, for one vector width or another), and neither C# nor DiffGen promises a NaN
    /// payload. Seen in a clean-clone run: Swish's vector derivative at x = NaN gave 0x7FC00000 in Vector256 and
    /// 0xFFC00000 in Vector128.
    /// </summary>
    public static void SameBits<T>(T expected, T actual, string context)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsNaN(expected) ? !T.IsNaN(actual) : Bits(expected) != Bits(actual))
        {
            throw new XunitException($"{context}: expected {expected} (bits 0x{Bits(expected):X}), actual {actual} (bits 0x{Bits(actual):X})");
        }
    }

    /// <summary>
    /// Requires every element of <paramref name="padded"/> outside [<paramref name="offset"/>, offset + <paramref name="length"/>)
    /// to still hold the bits of <paramref name="sentinel"/>: a kernel on that slice wrote nothing else.
    /// </summary>
    public static void Untouched<T>(T[] padded, int offset, int length, T sentinel, string context)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < padded.Length; i++)
        {
            if (i < offset || i >= offset + length)
            {
                SameBits(sentinel, padded[i], $"{context}: element {i} outside the slice [{offset}, {offset + length}) was written");
            }
        }
    }

    private static void RequireSimd(double expected, double actual, double tolerance, string context)
    {
        double error = SimdError(expected, actual);
        if (!(error <= tolerance))
        {
            throw new XunitException(
                $"{context}: expected {expected:R}, actual {actual:R}, error {error:R} (relative to max(1, |expected|)) > SIMD bound {tolerance:R}");
        }
    }

    private static ulong Bits<T>(T value) => value switch
    {
        float f => BitConverter.SingleToUInt32Bits(f),
        double d => BitConverter.DoubleToUInt64Bits(d),
        _ => throw new ArgumentException($"{typeof(T)} is not float or double.", nameof(value)),
    };

    /// <summary>Maps IEEE bit patterns to integers that are monotonic in the value, so −0 and +0 are 0 apart.</summary>
    private static int Ordered(int bits) => bits < 0 ? int.MinValue - bits : bits;

    /// <summary>Maps IEEE bit patterns to integers that are monotonic in the value, so −0 and +0 are 0 apart.</summary>
    private static long Ordered(long bits) => bits < 0 ? long.MinValue - bits : bits;
}
