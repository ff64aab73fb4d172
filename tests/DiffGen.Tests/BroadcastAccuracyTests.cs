using System;
using DiffGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The accuracy of a broadcast parameter's gradient over 16M elements of mixed sign (issue 11's bounds): for
/// <c>float</c>, PReLU's slope gradient within 4 ulps of the exact sum of the exact products <c>dy[i] · x[i]</c>, and
/// Swish-β's within 1e-6 · Σ|term| of the exact sum of the scalar terms; for <c>double</c>, within 1e-13 · Σ|term|.
/// The references are the terms summed in double-double (TwoSum), exact far below these bounds.
/// </summary>
public sealed class BroadcastAccuracyTests
{
    private const int N = 1 << 24;

    /// <summary>
    /// Seeds 4 and 5 are the worst of 16 for a kernel that sums products rounded to <c>float</c> (6 and 5 ulps: the
    /// products' own rounding, a few ulps of a sum that cancels to 1e-5 of Σ|term|); the kernel multiplies exactly.
    /// </summary>
    [Theory]
    [InlineData(11)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void PRelu_float_slope_gradient_is_within_4_ulps_of_the_exact_sum_over_16M_elements(int seed)
    {
        (float[] x, float[] dy) = MixedSigns(seed);
        var exact = default(DoubleDouble);
        float naive = 0f;
        for (int i = 0; i < N; i++)
        {
            if (x[i] < 0f)
            {
                // A product of two floats is exact in double.
                exact.Add((double)dy[i] * x[i]);
                naive += dy[i] * x[i];
            }
        }

        float expected = (float)exact.Value;
        float actual = BroadcastFunctions.PReluBackward(x, 0.25f, dy, new float[N]);
        Assert.True(Ulps(expected, actual) <= 4, $"slope gradient {actual:R}, exact {expected:R}: {Ulps(expected, actual)} ulps");

        float at128 = BroadcastKernelTests.RunAtWidth<float, BroadcastFunctions.PReluKernel>(128, new(0.25f), x, dy, new float[N]);
        Assert.True(Ulps(expected, at128) <= 4, $"128 bits: {at128:R}, exact {expected:R}: {Ulps(expected, at128)} ulps");

        // The data discriminates: the obvious float loop is far outside the bound.
        Assert.True(Ulps(expected, naive) > 4, $"a float running sum is {Ulps(expected, naive)} ulps off on this data");
    }

    [Fact]
    public void SwishBeta_float_beta_gradient_is_within_1e_6_of_the_sum_of_magnitudes_over_16M_elements()
    {
        (float[] x, float[] dy) = MixedSigns(seed: 12, scale: 4f);
        var exact = default(DoubleDouble);
        double magnitude = 0;
        for (int i = 0; i < N; i++)
        {
            float term = BroadcastFunctions.SwishBetaBackward(x[i], 1.5f, dy[i]).dbeta;
            exact.Add(term);
            magnitude += Math.Abs(term);
        }

        float actual = BroadcastFunctions.SwishBetaBackward(x, 1.5f, dy, new float[N]);
        Require(exact.Value, actual, 1e-6 * magnitude, "Swish-β float");
    }

    [Fact]
    public void Double_parameter_gradients_are_within_1e_13_of_the_sum_of_magnitudes_over_16M_elements()
    {
        (float[] xf, float[] dyf) = MixedSigns(seed: 13, scale: 4f);
        double[] x = new double[N], dy = new double[N];
        var random = new Random(14);
        for (int i = 0; i < N; i++)
        {
            // Full 53-bit mantissas, so the products round.
            x[i] = xf[i] + random.NextDouble() * 1e-3;
            dy[i] = dyf[i] + random.NextDouble() * 1e-3;
        }

        var prelu = default(DoubleDouble);
        var swish = default(DoubleDouble);
        double preluMagnitude = 0, swishMagnitude = 0;
        for (int i = 0; i < N; i++)
        {
            double p = BroadcastFunctions.PReluDoubleBackward(x[i], 0.25, dy[i]).dslope;
            double s = BroadcastFunctions.SwishBetaDoubleBackward(x[i], 1.5, dy[i]).dbeta;
            prelu.Add(p);
            swish.Add(s);
            preluMagnitude += Math.Abs(p);
            swishMagnitude += Math.Abs(s);
        }

        double[] dx = new double[N];
        Require(prelu.Value, BroadcastFunctions.PReluDoubleBackward(x, 0.25, dy, dx), 1e-13 * preluMagnitude, "PReLU double");
        Require(swish.Value, BroadcastFunctions.SwishBetaDoubleBackward(x, 1.5, dy, dx), 1e-13 * swishMagnitude, "Swish-β double");
    }

    /// <summary>
    /// The scalar sum (the non-vector kernels' loop and the drivers' tail) multiplies exactly too: (1 + 2⁻¹²)² is
    /// 1 + 2⁻¹¹ + 2⁻²⁴, which rounds to 1 + 2⁻¹¹ in <c>float</c>, so a sum of rounded products loses the 2⁻²⁴; for
    /// <c>double</c> the same with 2⁻²⁷ and 2⁻⁵⁴, which the product's error term keeps.
    /// </summary>
    [Fact]
    public void GradientSum_AddProduct_keeps_the_bits_a_rounded_product_loses()
    {
        float a = 1f + MathF.ScaleB(1f, -12);
        var single = new GradientSum<float>();
        single.AddProduct(a, a);
        single.AddProduct(-1f, 1f + MathF.ScaleB(1f, -11));
        Assert.Equal(MathF.ScaleB(1f, -24), single.Value);
        Assert.Equal(0f, (a * a) - (1f + MathF.ScaleB(1f, -11)));

        double b = 1 + Math.ScaleB(1, -27);
        var pair = new GradientSum<double>();
        pair.AddProduct(b, b);
        pair.AddProduct(-1, 1 + Math.ScaleB(1, -26));
        Assert.Equal(Math.ScaleB(1, -54), pair.Value);

        // An infinite product stays infinite (its error term would be NaN).
        var infinite = new GradientSum<double>();
        infinite.AddProduct(double.MaxValue, 2);
        Assert.Equal(double.PositiveInfinity, infinite.Value);
    }

    private static (float[] X, float[] Dy) MixedSigns(int seed, float scale = 1f)
    {
        var random = new Random(seed);
        float[] x = new float[N], dy = new float[N];
        for (int i = 0; i < N; i++)
        {
            x[i] = (float)(random.NextDouble() * 2 - 1) * scale;
            dy[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return (x, dy);
    }

    private static long Ulps(float expected, float actual) =>
        Math.Abs((long)BitConverter.SingleToInt32Bits(expected) - BitConverter.SingleToInt32Bits(actual));

    private static void Require(double exact, double actual, double bound, string what)
    {
        if (!(Math.Abs(actual - exact) <= bound))
        {
            throw new XunitException($"{what}: {actual:R}, exact {exact:R}, off by {Math.Abs(actual - exact):R} > {bound:R}");
        }
    }

    /// <summary>A double-double running sum (Knuth's TwoSum): exact to about 2⁻¹⁰⁶ of the sum's magnitude.</summary>
    private struct DoubleDouble
    {
        private double high;
        private double low;

        public readonly double Value => high + low;

        public void Add(double term)
        {
            double s = high + term;
            double z = s - high;
            double e = (high - (s - z)) + (term - z);
            high = s;
            low += e;
        }
    }
}
