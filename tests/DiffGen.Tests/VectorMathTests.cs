using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Tests;

/// <summary>
/// The float <see cref="VectorMath"/> functions against <see cref="MathF"/> and against the correctly rounded result
/// (the double-precision <see cref="Math"/> function rounded to float, an independent oracle), in ulps: over a strided
/// sweep of every float bit pattern (both signs, zeros, subnormals, infinities, NaNs), and densely where the algorithms
/// switch paths or lose accuracy most easily. The bounds are <see cref="VectorMathUlps"/>'s, as docs/vector-math.md
/// states them.
/// </summary>
public sealed class VectorMathTests(ITestOutputHelper output)
{
    // Every 97th bit pattern: 44 million floats, every binade and both signs.
    private static readonly BitRange[] AllBitPatterns = [new(int.MinValue, int.MaxValue, 97)];

    private const float TwoToMinus20 = 1f / (1 << 20);

    [Fact]
    public void Exp_is_within_its_bound_over_all_float_bit_patterns() =>
        AssertWithinBounds("Exp", VectorMath.Exp, MathF.Exp, Math.Exp, VectorMathUlps.FloatExp, AllBitPatterns);

    [Fact]
    public void Log_is_within_its_bound_over_all_float_bit_patterns() =>
        AssertWithinBounds("Log", VectorMath.Log, MathF.Log, Math.Log, VectorMathUlps.FloatLog, AllBitPatterns);

    [Fact]
    public void Tanh_is_within_its_bound_over_all_float_bit_patterns() =>
        AssertWithinBounds("Tanh", VectorMath.Tanh, MathF.Tanh, Math.Tanh, VectorMathUlps.FloatTanh, AllBitPatterns);

    [Fact]
    public void Exp_is_within_its_bound_near_zero_and_at_the_overflow_and_underflow_thresholds() =>
        AssertWithinBounds("Exp", VectorMath.Exp, MathF.Exp, Math.Exp, VectorMathUlps.FloatExp,
        [
            // 2^-20 ≤ |x| ≤ 2 (every 61st float): the polynomial's own range and a few reductions.
            Between(TwoToMinus20, 2f, 61), Between(-2f, -TwoToMinus20, 61),

            // Every float around the overflow threshold (88.72) and the fast path's limit (86.5).
            Between(85f, 92f, 1), Between(-87f, -86f, 1),

            // Every other float from where results turn subnormal (−87.3) to where they round to 0 (−103.97) and past.
            Between(-106f, -87f, 2),
        ]);

    [Fact]
    public void Log_is_within_its_bound_near_one_for_subnormals_and_at_the_reduction_boundaries() =>
        AssertWithinBounds("Log", VectorMath.Log, MathF.Log, Math.Log, VectorMathUlps.FloatLog,
        [
            // Every float in [0.9, 1.1], where ln x is small and relative accuracy is hardest.
            Between(0.9f, 1.1f, 1),

            // Every float around the ends of the mantissa interval [2/3, 4/3) in a few binades.
            Between(0.66f, 0.67f, 1), Between(1.33f, 1.34f, 1), Between(2.66f, 2.67f, 1), Between(0.33f, 0.34f, 1),

            // Every 7th subnormal, every float just above the smallest normal, the last floats below +∞.
            new(1, 0x007FFFFF, 7), new(0x00800000, 0x00800000 + 100_000, 1), new(0x7F7FFFFF - 200_000, 0x7F7FFFFF, 1),
        ]);

    [Fact]
    public void Tanh_is_within_its_bound_near_zero_around_the_switch_point_and_where_it_saturates() =>
        AssertWithinBounds("Tanh", VectorMath.Tanh, MathF.Tanh, Math.Tanh, VectorMathUlps.FloatTanh,
        [
            // 2^-20 ≤ |x| ≤ 2 (every 61st float): the polynomial and the exp-based formula.
            Between(TwoToMinus20, 2f, 61), Between(-2f, -TwoToMinus20, 61),

            // Every float within 0.02 of where the polynomial hands over (|x| = 0.9).
            Between(0.88f, 0.92f, 1), Between(-0.92f, -0.88f, 1),

            // Where tanh rounds to ±1 (|x| ≈ 9.01) and where the argument is clamped (|x| = 10).
            Between(8.5f, 10.5f, 3), Between(-10.5f, -8.5f, 3),
        ]);

    /// <summary>Every <see cref="Step"/>-th bit pattern from <see cref="First"/> to <see cref="Last"/> (inclusive).</summary>
    private readonly record struct BitRange(int First, int Last, int Step);

    private static BitRange Between(float from, float to, int step)
    {
        // Increasing bit patterns run towards larger magnitudes, so a negative interval runs from `to` down to `from`.
        int a = BitConverter.SingleToInt32Bits(from), b = BitConverter.SingleToInt32Bits(to);
        return new BitRange(Math.Min(a, b), Math.Max(a, b), step);
    }

    private void AssertWithinBounds(
        string name,
        Func<Vector256<float>, Vector256<float>> vector,
        Func<float, float> mathF,
        Func<double, double> math,
        long bound,
        IReadOnlyList<BitRange> ranges)
    {
        var fromMathF = new Worst();
        var fromRounded = new Worst();
        float[] lanes = new float[Vector256<float>.Count];
        foreach (BitRange range in ranges)
        {
            for (long bits = range.First; bits <= range.Last; bits += (long)range.Step * lanes.Length)
            {
                for (int k = 0; k < lanes.Length; k++)
                {
                    lanes[k] = BitConverter.Int32BitsToSingle((int)Math.Min(range.Last, bits + (long)k * range.Step));
                }

                Vector256<float> results = vector(Vector256.Create(lanes));
                for (int k = 0; k < lanes.Length; k++)
                {
                    fromMathF.Add(lanes[k], mathF(lanes[k]), results[k]);
                    fromRounded.Add(lanes[k], (float)math(lanes[k]), results[k]);
                }
            }
        }

        output.WriteLine($"{name}: max {fromMathF} from MathF.{name}; max {fromRounded} from the correctly rounded result");
        Assert.True(fromMathF.Ulps <= bound, $"{name}: {fromMathF} from MathF.{name}, bound {bound}");
        Assert.True(fromRounded.Ulps <= VectorMathUlps.FloatFromCorrectlyRounded, $"{name}: {fromRounded} from the correctly rounded result, bound {VectorMathUlps.FloatFromCorrectlyRounded}");
    }

    /// <summary>The largest ulp distance seen, and where.</summary>
    private sealed class Worst
    {
        public long Ulps { get; private set; } = -1;

        private float at, expected, actual;

        public void Add(float x, float expected, float actual)
        {
            long ulps = VectorMathUlps.Distance(expected, actual);
            if (ulps > Ulps)
            {
                (Ulps, at, this.expected, this.actual) = (ulps, x, expected, actual);
            }
        }

        public override string ToString() =>
            Ulps == long.MaxValue ? $"∞ ulps at x = {at:R} (expected {expected:R}, got {actual:R})" : $"{Ulps} ulps at x = {at:R} (expected {expected:R}, got {actual:R})";
    }
}
