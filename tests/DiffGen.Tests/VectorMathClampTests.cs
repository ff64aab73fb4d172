using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// <see cref="VectorMath"/>.Clamp lane by lane against <c>Math.Clamp</c>'s own comparisons,
/// <c>x &lt; min ? min : (x &gt; max ? max : x)</c>, bit for bit, for every combination of NaN, infinities, signed
/// zeros and ordinary values in x, min and max (min &gt; max included: no exception, the expression's result), and
/// against <see cref="Math.Clamp(float, float, float)"/> itself wherever that does not throw.
/// </summary>
public sealed class VectorMathClampTests
{
    private static readonly float[] FloatValues = [float.NaN, float.NegativeInfinity, -1.5f, -0f, 0f, 0.5f, 1f, 2f, float.PositiveInfinity];

    private static readonly double[] DoubleValues = [double.NaN, double.NegativeInfinity, -1.5, -0.0, 0.0, 0.5, 1, 2, double.PositiveInfinity];

    [Fact]
    public void Float_clamp_matches_the_comparisons_in_every_lane_at_every_width()
    {
        (float[] x, float[] min, float[] max) = Combinations(FloatValues);
        float[] r128 = new float[x.Length], r256 = new float[x.Length], r512 = new float[x.Length];
        for (int i = 0; i < x.Length; i += 4)
        {
            VectorMath.Clamp(Vector128.Create(x.AsSpan(i)), Vector128.Create(min.AsSpan(i)), Vector128.Create(max.AsSpan(i))).CopyTo(r128, i);
        }

        for (int i = 0; i < x.Length; i += 8)
        {
            VectorMath.Clamp(Vector256.Create(x.AsSpan(i)), Vector256.Create(min.AsSpan(i)), Vector256.Create(max.AsSpan(i))).CopyTo(r256, i);
        }

        for (int i = 0; i < x.Length; i += 16)
        {
            VectorMath.Clamp(Vector512.Create(x.AsSpan(i)), Vector512.Create(min.AsSpan(i)), Vector512.Create(max.AsSpan(i))).CopyTo(r512, i);
        }

        for (int i = 0; i < x.Length; i++)
        {
            float expected = x[i] < min[i] ? min[i] : (x[i] > max[i] ? max[i] : x[i]);
            string what = $"Clamp({x[i]:R}, {min[i]:R}, {max[i]:R})";
            AssertSameBits(expected, r128[i], what + " (Vector128)");
            AssertSameBits(expected, r256[i], what + " (Vector256)");
            AssertSameBits(expected, r512[i], what + " (Vector512)");
            if (!(min[i] > max[i]))
            {
                AssertSameBits(Math.Clamp(x[i], min[i], max[i]), r256[i], what + " against Math.Clamp");
            }
        }
    }

    [Fact]
    public void Double_clamp_matches_the_comparisons_in_every_lane_at_every_width()
    {
        (double[] x, double[] min, double[] max) = Combinations(DoubleValues);
        double[] r128 = new double[x.Length], r256 = new double[x.Length], r512 = new double[x.Length];
        for (int i = 0; i < x.Length; i += 2)
        {
            VectorMath.Clamp(Vector128.Create(x.AsSpan(i)), Vector128.Create(min.AsSpan(i)), Vector128.Create(max.AsSpan(i))).CopyTo(r128, i);
        }

        for (int i = 0; i < x.Length; i += 4)
        {
            VectorMath.Clamp(Vector256.Create(x.AsSpan(i)), Vector256.Create(min.AsSpan(i)), Vector256.Create(max.AsSpan(i))).CopyTo(r256, i);
        }

        for (int i = 0; i < x.Length; i += 8)
        {
            VectorMath.Clamp(Vector512.Create(x.AsSpan(i)), Vector512.Create(min.AsSpan(i)), Vector512.Create(max.AsSpan(i))).CopyTo(r512, i);
        }

        for (int i = 0; i < x.Length; i++)
        {
            double expected = x[i] < min[i] ? min[i] : (x[i] > max[i] ? max[i] : x[i]);
            string what = $"Clamp({x[i]:R}, {min[i]:R}, {max[i]:R})";
            AssertSameBits(expected, r128[i], what + " (Vector128)");
            AssertSameBits(expected, r256[i], what + " (Vector256)");
            AssertSameBits(expected, r512[i], what + " (Vector512)");
            if (!(min[i] > max[i]))
            {
                AssertSameBits(Math.Clamp(x[i], min[i], max[i]), r256[i], what + " against Math.Clamp");
            }
        }
    }

    [Fact]
    public void Clamp_with_min_above_max_does_not_throw_and_follows_the_comparisons()
    {
        // Math.Clamp throws here; the lane-wise version returns what the comparisons select: min when x < min, else max.
        Vector256<float> result = VectorMath.Clamp(Vector256.Create(5f, 2f, 0f, 3f, 1f, 4f, -7f, 9f), Vector256.Create(3f), Vector256.Create(1f));
        Assert.Equal(Vector256.Create(1f, 3f, 3f, 1f, 3f, 1f, 3f, 1f), result);
    }

    [Fact]
    public void Clamp_keeps_the_sign_of_a_zero_that_the_comparisons_keep()
    {
        // −0 < 0 and −0 > 0 are both false, so x = −0 comes back as −0 even with the bounds at +0.
        Vector256<float> result = VectorMath.Clamp(Vector256.Create(-0f), Vector256.Create(0f), Vector256.Create(0f));
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(result[3]));
        Vector128<double> resultDouble = VectorMath.Clamp(Vector128.Create(0.0), Vector128.Create(-0.0), Vector128.Create(-0.0));
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.0), BitConverter.DoubleToInt64Bits(resultDouble[1]));
    }

    /// <summary>Every (x, min, max) triple of <paramref name="values"/>, padded to a multiple of 16 lanes.</summary>
    private static (T[] X, T[] Min, T[] Max) Combinations<T>(T[] values)
    {
        var x = new List<T>();
        var min = new List<T>();
        var max = new List<T>();
        foreach (T a in values)
        {
            foreach (T b in values)
            {
                foreach (T c in values)
                {
                    x.Add(a);
                    min.Add(b);
                    max.Add(c);
                }
            }
        }

        while (x.Count % 16 != 0)
        {
            x.Add(values[^1]);
            min.Add(values[0]);
            max.Add(values[0]);
        }

        return (x.ToArray(), min.ToArray(), max.ToArray());
    }

    private static void AssertSameBits(float expected, float actual, string what) =>
        Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual), $"{what} = {actual:R}, expected {expected:R}");

    private static void AssertSameBits(double expected, double actual, string what) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{what} = {actual:R}, expected {expected:R}");
}
