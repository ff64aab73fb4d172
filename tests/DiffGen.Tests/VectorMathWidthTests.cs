using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// Vector128, Vector256 and Vector512 run the same algorithm, so every lane's result must be the same bits whatever
/// the width and whatever the other lanes hold (the float Exp and Log and the double Exp switch to a slower path for a
/// whole vector when one lane needs it; that path must agree with the fast one bit for bit).
/// </summary>
public sealed class VectorMathWidthTests
{
    private const int Count = 96_000;

    [Fact]
    public void Float_functions_give_the_same_bits_at_every_width()
    {
        float[] x = FloatInputs();
        AssertSameBits("Exp", x, VectorMath.Exp, VectorMath.Exp, VectorMath.Exp);
        AssertSameBits("Log", x, VectorMath.Log, VectorMath.Log, VectorMath.Log);
        AssertSameBits("Tanh", x, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh);
    }

    [Fact]
    public void Double_functions_give_the_same_bits_at_every_width()
    {
        double[] x = DoubleInputs();
        AssertSameBits("Exp", x, VectorMath.Exp, VectorMath.Exp, VectorMath.Exp);
        AssertSameBits("Log", x, VectorMath.Log, VectorMath.Log, VectorMath.Log);
        AssertSameBits("Tanh", x, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh);
    }

    [Fact]
    public void A_lanes_result_does_not_depend_on_the_other_lanes()
    {
        // The same value alone in a vector (every lane equal) and next to a lane that forces the slow path.
        float[] floats = [1.5f, -3f, 0.25f, 80f, -80f, 2e-39f, 0.9f];
        foreach (float f in floats)
        {
            foreach (float neighbour in (float[])[float.NaN, 1000f, -1000f, 0f, -1f, float.Epsilon])
            {
                Vector256<float> mixed = Vector256.Create(f, neighbour, f, f, f, f, f, f);
                Vector256<float> alone = Vector256.Create(f);
                Assert.Equal(Bits(VectorMath.Exp(alone)[0]), Bits(VectorMath.Exp(mixed)[0]));
                Assert.Equal(Bits(VectorMath.Log(alone)[0]), Bits(VectorMath.Log(mixed)[0]));
                Assert.Equal(Bits(VectorMath.Tanh(alone)[0]), Bits(VectorMath.Tanh(mixed)[0]));
            }
        }

        foreach (double d in (double[])[1.5, -3, 700, -700, 0.9])
        {
            Vector256<double> mixed = Vector256.Create(d, 800, d, d);
            Vector256<double> alone = Vector256.Create(d);
            Assert.Equal(BitConverter.DoubleToInt64Bits(VectorMath.Exp(alone)[0]), BitConverter.DoubleToInt64Bits(VectorMath.Exp(mixed)[0]));
        }
    }

    /// <summary>
    /// The float Exp and Log run one copy of their reduction and polynomial for both paths, and the slow path only
    /// adjusts the argument before it and the result after it; so every ordinary lane must come out of the slow path
    /// (forced by one neighbouring lane) with the bits the fast path gives it, over the whole fast range.
    /// </summary>
    [Fact]
    public void The_slow_paths_give_every_ordinary_lane_the_fast_paths_bits()
    {
        var random = new Random(1010);
        for (int i = 0; i < 20_000; i++)
        {
            // Exp: the whole fast range, half of it near 0 where the polynomial alone decides the result.
            float e = i % 2 == 0 ? (random.NextSingle() * 2f - 1f) * 86.5f : (float)Math.ScaleB(random.NextDouble() - 0.5, -random.Next(0, 30));

            // Log: a random positive normal float (every binade).
            float l = BitConverter.Int32BitsToSingle(random.Next(0x00800000, 0x7F800000));
            Vector256<float> expAlone = VectorMath.Exp(Vector256.Create(e));
            Vector256<float> logAlone = VectorMath.Log(Vector256.Create(l));
            foreach (float neighbour in (float[])[float.NaN, 1000f, -1000f, float.PositiveInfinity])
            {
                Assert.Equal(Bits(expAlone[0]), Bits(VectorMath.Exp(Vector256.Create(e, e, e, neighbour, e, e, e, e))[0]));
            }

            foreach (float neighbour in (float[])[float.NaN, 0f, -1f, float.Epsilon, 1e-39f, float.PositiveInfinity])
            {
                Assert.Equal(Bits(logAlone[0]), Bits(VectorMath.Log(Vector256.Create(l, l, l, neighbour, l, l, l, l))[0]));
            }
        }
    }

    private static float[] FloatInputs()
    {
        var random = new Random(4242);
        var x = new float[Count];
        for (int i = 0; i < x.Length; i++)
        {
            // Random bit patterns (every binade, NaNs, infinities) mixed with values in the interesting ranges, so
            // most vectors mix fast-path lanes with lanes that need the slow path.
            x[i] = (i % 3) switch
            {
                0 => BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue)),
                1 => (float)((random.NextDouble() - 0.5) * 240),
                _ => (float)Math.ScaleB(random.NextDouble(), random.Next(-140, 2)),
            };
        }

        return x;
    }

    private static double[] DoubleInputs()
    {
        var random = new Random(2424);
        var x = new double[Count];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (i % 3) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)),
                1 => (random.NextDouble() - 0.5) * 1600,
                _ => Math.ScaleB(random.NextDouble(), random.Next(-1080, 2)),
            };
        }

        return x;
    }

    private static void AssertSameBits(
        string name,
        float[] x,
        Func<Vector128<float>, Vector128<float>> f128,
        Func<Vector256<float>, Vector256<float>> f256,
        Func<Vector512<float>, Vector512<float>> f512)
    {
        int[] r128 = new int[x.Length], r256 = new int[x.Length], r512 = new int[x.Length];
        for (int i = 0; i < x.Length; i += Vector128<float>.Count)
        {
            f128(Vector128.Create(x.AsSpan(i))).AsInt32().CopyTo(r128, i);
        }

        for (int i = 0; i < x.Length; i += Vector256<float>.Count)
        {
            f256(Vector256.Create(x.AsSpan(i))).AsInt32().CopyTo(r256, i);
        }

        for (int i = 0; i < x.Length; i += Vector512<float>.Count)
        {
            f512(Vector512.Create(x.AsSpan(i))).AsInt32().CopyTo(r512, i);
        }

        AssertEqual(name, x, r128, r256, r512);
    }

    private static void AssertSameBits(
        string name,
        double[] x,
        Func<Vector128<double>, Vector128<double>> f128,
        Func<Vector256<double>, Vector256<double>> f256,
        Func<Vector512<double>, Vector512<double>> f512)
    {
        long[] r128 = new long[x.Length], r256 = new long[x.Length], r512 = new long[x.Length];
        for (int i = 0; i < x.Length; i += Vector128<double>.Count)
        {
            f128(Vector128.Create(x.AsSpan(i))).AsInt64().CopyTo(r128, i);
        }

        for (int i = 0; i < x.Length; i += Vector256<double>.Count)
        {
            f256(Vector256.Create(x.AsSpan(i))).AsInt64().CopyTo(r256, i);
        }

        for (int i = 0; i < x.Length; i += Vector512<double>.Count)
        {
            f512(Vector512.Create(x.AsSpan(i))).AsInt64().CopyTo(r512, i);
        }

        AssertEqual(name, x, r128, r256, r512);
    }

    private static void AssertEqual<TX, TBits>(string name, IReadOnlyList<TX> x, TBits[] r128, TBits[] r256, TBits[] r512)
        where TBits : IEquatable<TBits>
    {
        for (int i = 0; i < x.Count; i++)
        {
            Assert.True(
                r128[i].Equals(r256[i]) && r256[i].Equals(r512[i]),
                $"{name}({x[i]:R}): bits {r128[i]:X} (Vector128), {r256[i]:X} (Vector256), {r512[i]:X} (Vector512)");
        }
    }

    private static int Bits(float f) => BitConverter.SingleToInt32Bits(f);
}
