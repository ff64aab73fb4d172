using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The special values of <see cref="VectorMath"/>.Exp, Log and Tanh, exactly (bit for bit, sign of zero included):
/// infinities, NaN, zeros, overflow, underflow through the subnormals, and the exact results e^0 = 1, ln 1 = 0,
/// tanh(±large) = ±1. Each value is put in every lane of all three widths, next to ordinary values.
/// </summary>
public sealed class VectorMathSpecialValueTests
{
    [Theory]
    [InlineData(float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity, 0f)]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(0f, 1f)]
    [InlineData(89f, float.PositiveInfinity)]
    [InlineData(88.72284f, float.PositiveInfinity)]
    [InlineData(float.MaxValue, float.PositiveInfinity)]
    [InlineData(-104f, 0f)]
    [InlineData(float.MinValue, 0f)]
    public void Float_Exp_special_values(float x, float expected) => AssertFloat(VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, x, expected);

    [Theory]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(0.0, 1.0)]
    [InlineData(710.0, double.PositiveInfinity)]
    [InlineData(double.MaxValue, double.PositiveInfinity)]
    [InlineData(-746.0, 0.0)]
    [InlineData(double.MinValue, 0.0)]
    public void Double_Exp_special_values(double x, double expected) => AssertDouble(VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, x, expected);

    [Fact]
    public void Exp_underflows_gracefully_through_the_subnormals()
    {
        // e^-100 ≈ 3.7e-44 and e^-740 ≈ 4.2e-322 are subnormal: the results must be those subnormals (within the ulp
        // bounds, in units of the smallest subnormal), not 0 and not garbage from a wrapped exponent.
        for (float x = -87.5f; x >= -103.9f; x -= 0.37f)
        {
            float actual = VectorMath.Exp(Vector256.Create(x))[0];
            Assert.True(actual > 0 && actual < 1.2e-38f, $"Exp({x}) = {actual:R}");
            Assert.True(VectorMathUlps.Distance(MathF.Exp(x), actual) <= VectorMathUlps.FloatExp, $"Exp({x}) = {actual:R}, MathF: {MathF.Exp(x):R}");
        }

        for (double x = -708.5; x >= -745; x -= 0.77)
        {
            double actual = VectorMath.Exp(Vector256.Create(x))[0];
            Assert.True(actual > 0 && actual < 2.3e-308, $"Exp({x}) = {actual:R}");
            Assert.True(VectorMathUlps.Distance(Math.Exp(x), actual) <= VectorMathUlps.DoubleExp, $"Exp({x}) = {actual:R}, Math: {Math.Exp(x):R}");
        }
    }

    [Theory]
    [InlineData(0f, float.NegativeInfinity)]
    [InlineData(-1f, float.NaN)]
    [InlineData(-float.Epsilon, float.NaN)]
    [InlineData(float.MinValue, float.NaN)]
    [InlineData(float.NegativeInfinity, float.NaN)]
    [InlineData(float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(1f, 0f)]
    public void Float_Log_special_values(float x, float expected) => AssertFloat(VectorMath.Log, VectorMath.Log, VectorMath.Log, x, expected);

    [Theory]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(-1.0, double.NaN)]
    [InlineData(-double.Epsilon, double.NaN)]
    [InlineData(double.NegativeInfinity, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(1.0, 0.0)]
    public void Double_Log_special_values(double x, double expected) => AssertDouble(VectorMath.Log, VectorMath.Log, VectorMath.Log, x, expected);

    [Fact]
    public void Log_of_subnormals_matches_the_scalar_Log()
    {
        // ln of the smallest subnormal is −103.28 (float) and −744.44 (double): the exponent of a subnormal is not in
        // its exponent field, so a missing renormalization shows up as a result tens off.
        for (int bits = 1; bits < 0x00800000; bits = bits * 3 + 1)
        {
            float x = BitConverter.Int32BitsToSingle(bits);
            Assert.True(VectorMathUlps.Distance(MathF.Log(x), VectorMath.Log(Vector256.Create(x))[0]) <= VectorMathUlps.FloatLog, $"Log({x:R})");
        }

        for (long bits = 1; bits < 0x0010000000000000; bits = bits * 3 + 1)
        {
            double x = BitConverter.Int64BitsToDouble(bits);
            Assert.True(VectorMathUlps.Distance(Math.Log(x), VectorMath.Log(Vector256.Create(x))[0]) <= VectorMathUlps.DoubleLog, $"Log({x:R})");
        }
    }

    [Theory]
    [InlineData(float.PositiveInfinity, 1f)]
    [InlineData(float.NegativeInfinity, -1f)]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(0f, 0f)]
    [InlineData(9.1f, 1f)]
    [InlineData(-9.1f, -1f)]
    [InlineData(10f, 1f)]
    [InlineData(50f, 1f)]
    [InlineData(1e30f, 1f)]
    [InlineData(float.MaxValue, 1f)]
    [InlineData(float.MinValue, -1f)]
    [InlineData(float.Epsilon, float.Epsilon)]
    [InlineData(-float.Epsilon, -float.Epsilon)]
    public void Float_Tanh_special_values(float x, float expected) => AssertFloat(VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, x, expected);

    [Theory]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(double.NegativeInfinity, -1.0)]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(0.0, 0.0)]
    [InlineData(19.1, 1.0)]
    [InlineData(-19.1, -1.0)]
    [InlineData(20.0, 1.0)]
    [InlineData(400.0, 1.0)]
    [InlineData(1e300, 1.0)]
    [InlineData(double.MaxValue, 1.0)]
    [InlineData(double.MinValue, -1.0)]
    [InlineData(double.Epsilon, double.Epsilon)]
    public void Double_Tanh_special_values(double x, double expected) => AssertDouble(VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, x, expected);

    [Fact]
    public void Negative_zero_gives_what_the_scalar_functions_give()
    {
        // Separate from the theories above, where xUnit would treat −0 and 0 as the same case.
        AssertFloat(VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, -0f, 1f);
        AssertDouble(VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, -0.0, 1.0);
        AssertFloat(VectorMath.Log, VectorMath.Log, VectorMath.Log, -0f, float.NegativeInfinity);
        AssertDouble(VectorMath.Log, VectorMath.Log, VectorMath.Log, -0.0, double.NegativeInfinity);
        AssertFloat(VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, -0f, -0f);
        AssertDouble(VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, -0.0, -0.0);
    }

    [Fact]
    public void Tanh_is_odd_bit_for_bit()
    {
        var random = new Random(99);
        for (int i = 0; i < 20_000; i++)
        {
            float f = (float)Math.ScaleB(random.NextDouble(), random.Next(-30, 6));
            Assert.Equal(-VectorMath.Tanh(Vector256.Create(f))[0], VectorMath.Tanh(Vector256.Create(-f))[0]);
            double d = Math.ScaleB(random.NextDouble(), random.Next(-30, 6));
            Assert.Equal(-VectorMath.Tanh(Vector256.Create(d))[0], VectorMath.Tanh(Vector256.Create(-d))[0]);
        }
    }

    [Fact]
    public void Tanh_keeps_full_relative_accuracy_near_zero()
    {
        // 1 − 2/(e^{2x} + 1) alone would be off by whole percents here (or return 0); tanh x ≈ x − x³/3.
        foreach (float x in (float[])[1e-3f, 3e-5f, 1e-7f, 1e-20f, 1e-38f])
        {
            Assert.True(VectorMathUlps.Distance((float)Math.Tanh(x), VectorMath.Tanh(Vector256.Create(x))[0]) <= VectorMathUlps.FloatFromCorrectlyRounded, $"Tanh({x:R})");
        }

        foreach (double x in (double[])[1e-3, 3e-9, 1e-17, 1e-300])
        {
            Assert.True(VectorMathUlps.Distance(Math.Tanh(x), VectorMath.Tanh(Vector256.Create(x))[0]) <= VectorMathUlps.DoubleTanh, $"Tanh({x:R})");
        }
    }

    // The special value goes in these lanes, ordinary values in the others, so each vector mixes fast-path and
    // slow-path lanes.
    private static readonly int[] SpecialLanes = [1, 3, 6, 8, 11, 13, 15];

    private static void AssertFloat(
        Func<Vector128<float>, Vector128<float>> f128,
        Func<Vector256<float>, Vector256<float>> f256,
        Func<Vector512<float>, Vector512<float>> f512,
        float x,
        float expected)
    {
        float[] lanes = [0.5f, 0, 2f, 0, -0.25f, 1.5f, 0, 3f, 0, 0.75f, 1.25f, 0, -2f, 0, 0.125f, 0];
        foreach (int k in SpecialLanes)
        {
            lanes[k] = x;
        }

        var results = new (string Width, float[] Values)[]
        {
            ("Vector128", new float[16]), ("Vector256", new float[16]), ("Vector512", new float[16]),
        };
        for (int i = 0; i < 16; i += 4)
        {
            f128(Vector128.Create(lanes.AsSpan(i))).CopyTo(results[0].Values, i);
        }

        for (int i = 0; i < 16; i += 8)
        {
            f256(Vector256.Create(lanes.AsSpan(i))).CopyTo(results[1].Values, i);
        }

        f512(Vector512.Create(lanes)).CopyTo(results[2].Values);
        foreach ((string width, float[] values) in results)
        {
            foreach (int k in SpecialLanes)
            {
                Assert.True(
                    BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(values[k]) || (float.IsNaN(expected) && float.IsNaN(values[k])),
                    $"f({x:R}) = {values[k]:R} in lane {k} of a {width}, expected {expected:R}");
            }
        }
    }

    private static void AssertDouble(
        Func<Vector128<double>, Vector128<double>> f128,
        Func<Vector256<double>, Vector256<double>> f256,
        Func<Vector512<double>, Vector512<double>> f512,
        double x,
        double expected)
    {
        double[] lanes = [0.5, 0, 2, 0, -0.25, 1.5, 0, 3, 0, 0.75, 1.25, 0, -2, 0, 0.125, 0];
        foreach (int k in SpecialLanes)
        {
            lanes[k] = x;
        }

        var results = new (string Width, double[] Values)[]
        {
            ("Vector128", new double[16]), ("Vector256", new double[16]), ("Vector512", new double[16]),
        };
        for (int i = 0; i < 16; i += 2)
        {
            f128(Vector128.Create(lanes.AsSpan(i))).CopyTo(results[0].Values, i);
        }

        for (int i = 0; i < 16; i += 4)
        {
            f256(Vector256.Create(lanes.AsSpan(i))).CopyTo(results[1].Values, i);
        }

        for (int i = 0; i < 16; i += 8)
        {
            f512(Vector512.Create(lanes.AsSpan(i))).CopyTo(results[2].Values, i);
        }

        foreach ((string width, double[] values) in results)
        {
            foreach (int k in SpecialLanes)
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(values[k]) || (double.IsNaN(expected) && double.IsNaN(values[k])),
                    $"f({x:R}) = {values[k]:R} in lane {k} of a {width}, expected {expected:R}");
            }
        }
    }
}
