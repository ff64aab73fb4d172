using System;
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

    /// <summary>Maps IEEE bit patterns to integers that are monotonic in the value, so −0 and +0 are 0 apart.</summary>
    private static int Ordered(int bits) => bits < 0 ? int.MinValue - bits : bits;

    /// <summary>Maps IEEE bit patterns to integers that are monotonic in the value, so −0 and +0 are 0 apart.</summary>
    private static long Ordered(long bits) => bits < 0 ? long.MinValue - bits : bits;
}
