using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The SIMD kernels spell Sin and Cos with .NET's own <c>Vector128/256/512.Sin</c>/<c>Cos</c>, which are not the
/// scalar <c>Math.Sin</c>/<c>MathF.Sin</c> bit for bit. This measures how far they are, lane by lane at every width,
/// and pins the bound the README states (<see cref="FloatUlps"/>, <see cref="DoubleUlps"/>).
/// </summary>
public sealed class SinCosAccuracyTests
{
    /// <summary>Largest ulp distance of the float vector Sin/Cos from MathF.Sin/Cos, measured over the points below.</summary>
    private const long FloatUlps = 1;

    /// <summary>Largest ulp distance of the double vector Sin/Cos from Math.Sin/Cos, measured over the points below.</summary>
    private const long DoubleUlps = 1;

    [Fact]
    public void Float_vector_sin_and_cos_are_within_the_stated_ulps_of_MathF()
    {
        (long sin, long cos, string worst) = Measure(FloatPoints(), 16, (float[] x, float[] s, float[] c, int width) =>
        {
            for (int i = 0; i + width <= x.Length; i += width)
            {
                switch (width)
                {
                    case 4:
                        Vector128.Sin(Vector128.Create(x, i)).CopyTo(s, i);
                        Vector128.Cos(Vector128.Create(x, i)).CopyTo(c, i);
                        break;
                    case 8:
                        Vector256.Sin(Vector256.Create(x, i)).CopyTo(s, i);
                        Vector256.Cos(Vector256.Create(x, i)).CopyTo(c, i);
                        break;
                    default:
                        Vector512.Sin(Vector512.Create(x, i)).CopyTo(s, i);
                        Vector512.Cos(Vector512.Create(x, i)).CopyTo(c, i);
                        break;
                }
            }
        }, x => (MathF.Sin(x), MathF.Cos(x)), VectorMathUlps.Distance, new[] { 4, 8, 16 });
        Assert.True(sin <= FloatUlps && cos <= FloatUlps, $"float: Sin {sin} ulps, Cos {cos} ulps from MathF (stated: {FloatUlps}); worst at {worst}");
    }

    [Fact]
    public void Double_vector_sin_and_cos_are_within_the_stated_ulps_of_Math()
    {
        (long sin, long cos, string worst) = Measure(DoublePoints(), 8, (double[] x, double[] s, double[] c, int width) =>
        {
            for (int i = 0; i + width <= x.Length; i += width)
            {
                switch (width)
                {
                    case 2:
                        Vector128.Sin(Vector128.Create(x, i)).CopyTo(s, i);
                        Vector128.Cos(Vector128.Create(x, i)).CopyTo(c, i);
                        break;
                    case 4:
                        Vector256.Sin(Vector256.Create(x, i)).CopyTo(s, i);
                        Vector256.Cos(Vector256.Create(x, i)).CopyTo(c, i);
                        break;
                    default:
                        Vector512.Sin(Vector512.Create(x, i)).CopyTo(s, i);
                        Vector512.Cos(Vector512.Create(x, i)).CopyTo(c, i);
                        break;
                }
            }
        }, x => (Math.Sin(x), Math.Cos(x)), VectorMathUlps.Distance, new[] { 2, 4, 8 });
        Assert.True(sin <= DoubleUlps && cos <= DoubleUlps, $"double: Sin {sin} ulps, Cos {cos} ulps from Math (stated: {DoubleUlps}); worst at {worst}");
    }

    [Fact]
    public void Sin_keeps_the_sign_of_zero_and_both_give_NaN_off_the_finite_range()
    {
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(Vector256.Sin(Vector256.Create(-0f)).GetElement(0)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(Vector256.Sin(Vector256.Create(-0.0)).GetElement(0)));
        Assert.True(double.IsNaN(Vector512.Cos(Vector512.Create(double.PositiveInfinity)).GetElement(3)));
        Assert.True(float.IsNaN(Vector128.Sin(Vector128.Create(float.NegativeInfinity)).GetElement(1)));
    }

    private delegate void VectorSinCos<T>(T[] x, T[] sin, T[] cos, int width);

    private static (long Sin, long Cos, string Worst) Measure<T>(T[] points, int multiple, VectorSinCos<T> vector, Func<T, (T, T)> scalar, Func<T, T, long> distance, int[] widths)
    {
        long worstSin = 0, worstCos = 0;
        string worst = "nowhere";
        var sin = new T[points.Length];
        var cos = new T[points.Length];
        foreach (int width in widths)
        {
            vector(points, sin, cos, width);
            for (int i = 0; i < points.Length; i++)
            {
                (T s, T c) = scalar(points[i]);
                long ds = distance(s, sin[i]), dc = distance(c, cos[i]);
                if (ds > worstSin || dc > worstCos)
                {
                    worst = $"x = {points[i]:R}, width {width}: Sin {sin[i]:R} vs {s:R}, Cos {cos[i]:R} vs {c:R}";
                }

                worstSin = Math.Max(worstSin, ds);
                worstCos = Math.Max(worstCos, dc);
            }
        }

        return (worstSin, worstCos, worst);
    }

    private static float[] FloatPoints()
    {
        var random = new Random(12345);
        var points = new List<float> { 0f, -0f, 1f, -1f, MathF.PI, -MathF.PI, MathF.PI / 2, 1e-30f, -1e-30f, float.Epsilon, 1e6f, -1e6f, 1e30f, float.MaxValue, float.MinValue, float.PositiveInfinity, float.NegativeInfinity, float.NaN };
        foreach (float range in new[] { 4f, 100f, 1e4f, 1e6f })
        {
            for (int i = 0; i < 200_000; i++)
            {
                points.Add((float)((random.NextDouble() * 2 - 1) * range));
            }
        }

        for (int i = 0; i < 200_000; i++)
        {
            float v = BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue));
            points.Add(v);
        }

        while (points.Count % 16 != 0)
        {
            points.Add(0.5f);
        }

        return points.ToArray();
    }

    private static double[] DoublePoints()
    {
        var random = new Random(54321);
        var points = new List<double> { 0, -0.0, 1, -1, Math.PI, -Math.PI, Math.PI / 2, 1e-300, -1e-300, double.Epsilon, 1e6, -1e6, 1e15, 1e300, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN };
        foreach (double range in new[] { 4.0, 100, 1e4, 1e6, 1e12 })
        {
            for (int i = 0; i < 200_000; i++)
            {
                points.Add((random.NextDouble() * 2 - 1) * range);
            }
        }

        for (int i = 0; i < 200_000; i++)
        {
            points.Add(BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)));
        }

        while (points.Count % 8 != 0)
        {
            points.Add(0.5);
        }

        return points.ToArray();
    }
}
