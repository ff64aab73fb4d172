using System;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// <see cref="Scalar{T}"/>, the one-lane width on which a several-input method's scalar second-order members run the
/// vector body they share with the kernels: every operation must be, bit for bit, what generated scalar code computes
/// (<see cref="Math"/>/<see cref="MathF"/>, C#'s comparisons and <c>?:</c>), for NaN, infinities and signed zeros too.
/// </summary>
public sealed class ScalarVectorTests
{
    private static readonly double[] Values = [double.NaN, double.NegativeInfinity, -2.5, -1, -0.6, -0.0, 0.0, 1e-300, 0.5, 1, 2, 40, double.PositiveInfinity];

    [Fact]
    public void Float_operations_are_the_scalar_code_operations_bit_for_bit()
    {
        foreach (double da in Values)
        {
            foreach (double db in Values)
            {
                float a = (float)da, b = (float)db;
                Scalar<float> x = a, y = b;
                string at = $"a = {a}, b = {b}";
                Same(a + b, x + y, at);
                Same(a - b, x - y, at);
                Same(a * b, x * y, at);
                Same(a / b, x / y, at);
                Same(-a, -x, at);
                Same(MathF.Max(a, b), Scalar<float>.Max(x, y), at);
                Same(MathF.Min(a, b), Scalar<float>.Min(x, y), at);
                Same(MathF.CopySign(a, b), Scalar<float>.CopySign(x, y), at);
                Same(MathF.FusedMultiplyAdd(a, b, 0.25f), Scalar<float>.FusedMultiplyAdd(x, y, 0.25f), at);
                Same(a < b ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.LessThan(x, y), x, y), at);
                Same(a <= b ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.LessThanOrEqual(x, y), x, y), at);
                Same(a > b ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.GreaterThan(x, y), x, y), at);
                Same(a >= b ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.GreaterThanOrEqual(x, y), x, y), at);
                Same(a == b ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.Equal(x, y), x, y), at);
                Same(a != b ? a : b, Scalar<float>.ConditionalSelect(~Scalar<float>.Equal(x, y), x, y), at);
                Same(a > 0 && b > 0 ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.GreaterThan(x, 0f) & Scalar<float>.GreaterThan(y, 0f), x, y), at);
                Same(a > 0 || b > 0 ? a : b, Scalar<float>.ConditionalSelect(Scalar<float>.GreaterThan(x, 0f) | Scalar<float>.GreaterThan(y, 0f), x, y), at);
                Assert.True((a == b) == Scalar<float>.AnyTrue(Scalar<float>.Equal(x, y)), at);
                Assert.True((a < b) == Scalar<float>.AnyTrue(Scalar<float>.LessThan(x, y)), at);
                Same(a < -1f ? -1f : a > b ? b : a, Scalar<float>.Clamp(x, -1f, y), at);
            }

            float v = (float)da;
            Scalar<float> s = v;
            string at1 = $"x = {v}";
            Same(MathF.Sqrt(v), Scalar<float>.Sqrt(s), at1);
            Same(MathF.Abs(v), Scalar<float>.Abs(s), at1);
            Same(MathF.Sin(v), Scalar<float>.Sin(s), at1);
            Same(MathF.Cos(v), Scalar<float>.Cos(s), at1);
            Same(MathF.Floor(v), Scalar<float>.Floor(s), at1);
            Same(MathF.Ceiling(v), Scalar<float>.Ceiling(s), at1);
            Same(MathF.Round(v), Scalar<float>.Round(s), at1);
            Same(MathF.Truncate(v), Scalar<float>.Truncate(s), at1);
            Same(MathF.Exp(v), Scalar<float>.Exp(s), at1);
            Same(MathF.Log(v), Scalar<float>.Log(s), at1);
            Same(MathF.Tanh(v), Scalar<float>.Tanh(s), at1);
        }
    }

    [Fact]
    public void Double_operations_are_the_scalar_code_operations_bit_for_bit()
    {
        foreach (double a in Values)
        {
            foreach (double b in Values)
            {
                Scalar<double> x = a, y = b;
                string at = $"a = {a}, b = {b}";
                Same(a + b, x + y, at);
                Same(a - b, x - y, at);
                Same(a * b, x * y, at);
                Same(a / b, x / y, at);
                Same(Math.Max(a, b), Scalar<double>.Max(x, y), at);
                Same(Math.Min(a, b), Scalar<double>.Min(x, y), at);
                Same(Math.CopySign(a, b), Scalar<double>.CopySign(x, y), at);
                Same(Math.FusedMultiplyAdd(a, b, 0.25), Scalar<double>.FusedMultiplyAdd(x, y, 0.25), at);
                Same(a < b ? a : b, Scalar<double>.ConditionalSelect(Scalar<double>.LessThan(x, y), x, y), at);
                Same(a >= b ? a : b, Scalar<double>.ConditionalSelect(Scalar<double>.GreaterThanOrEqual(x, y), x, y), at);
                Same(a == b ? a : b, Scalar<double>.ConditionalSelect(Scalar<double>.Equal(x, y), x, y), at);
                Assert.True((a == b) == Scalar<double>.AnyTrue(Scalar<double>.Equal(x, y)), at);
                Same(a < -1 ? -1 : a > b ? b : a, Scalar<double>.Clamp(x, -1.0, y), at);
            }

            Scalar<double> s = a;
            string at1 = $"x = {a}";
            Same(-a, -s, at1);
            Same(Math.Sqrt(a), Scalar<double>.Sqrt(s), at1);
            Same(Math.Sin(a), Scalar<double>.Sin(s), at1);
            Same(Math.Cos(a), Scalar<double>.Cos(s), at1);
            Same(Math.Round(a), Scalar<double>.Round(s), at1);
            Same(Math.Exp(a), Scalar<double>.Exp(s), at1);
            Same(Math.Log(a), Scalar<double>.Log(s), at1);
            Same(Math.Tanh(a), Scalar<double>.Tanh(s), at1);
        }
    }

    [Fact]
    public void Masks_are_all_bits_and_the_select_keeps_the_bits_of_its_side()
    {
        Assert.Equal(-1, BitConverter.SingleToInt32Bits(Scalar<float>.GreaterThan(1f, 0f).Value));
        Assert.Equal(0, BitConverter.SingleToInt32Bits(Scalar<float>.GreaterThan(float.NaN, 0f).Value));
        Assert.Equal(-1L, BitConverter.DoubleToInt64Bits(Scalar<double>.AllBitsSet.Value));
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(Scalar<double>.Zero.Value));
        Assert.Equal(-1L, BitConverter.DoubleToInt64Bits((~Scalar<double>.Zero).Value));

        // The side not taken may be Inf or NaN (a division by zero there): it never reaches the result.
        Same(0.01f, Scalar<float>.ConditionalSelect(Scalar<float>.GreaterThanOrEqual(-0.6f, 0f), 1f / (Scalar<float>)0f, 0.01f), "select");
        Same(-0.0, Scalar<double>.ConditionalSelect(Scalar<double>.AllBitsSet, -0.0, double.NaN), "select");
        Assert.Equal(1, Scalar<float>.Count);
        Assert.False(Scalar<double>.IsHardwareAccelerated);
    }

    [Fact]
    public void Load_and_store_move_one_element()
    {
        double[] data = [1, 2, 3];
        Scalar<double> second = Scalar<double>.Load(ref data[0], 1);
        Scalar<double>.Store(second * 10.0, ref data[0], 2);
        Assert.Equal(new[] { 1.0, 2.0, 20.0 }, data);
    }

    private static void Same(float expected, Scalar<float> actual, string at) =>
        Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual.Value), $"{at}: expected {expected}, got {actual.Value}");

    private static void Same(double expected, Scalar<double> actual, string at) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual.Value), $"{at}: expected {expected}, got {actual.Value}");
}
