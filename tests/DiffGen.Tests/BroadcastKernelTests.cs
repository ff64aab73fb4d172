using System;
using System.Numerics;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The span kernels of methods with <c>[Broadcast]</c> parameters against their scalar members: the forward values
/// and input gradients element by element within the SIMD bound, and each parameter's gradient against the scalar
/// backward's terms summed exactly (compensated, in double), at every length 0–100 and 1000, in place, on unaligned
/// slices, and with the parametric drivers' vector loop run at every width (128, 256 and 512 bits).
/// </summary>
public sealed class BroadcastKernelTests
{
    private delegate void Forward<T>(ReadOnlySpan<T> x, T p, Span<T> y);

    private delegate T Backward<T>(ReadOnlySpan<T> x, T p, ReadOnlySpan<T> dy, Span<T> dx);

    /// <summary>One function of one span and one parameter: its span kernels, scalar members and function struct.</summary>
    private sealed record Case<T, TKernel>(string Name, T Parameter, Forward<T> ForwardKernel, Backward<T> BackwardKernel,
        Func<T, T, T> Function, Func<T, T, T, (T Dx, T Dp)> ScalarBackward, Func<T, TKernel> Kernel)
        where T : unmanaged
        where TKernel : struct, IParametricVectorFunction<T>;

    private static readonly Case<float, BroadcastFunctions.PReluKernel> PRelu = new("PRelu", 0.25f,
        BroadcastFunctions.PRelu, BroadcastFunctions.PReluBackward, BroadcastFunctions.PRelu,
        (x, p, dy) => BroadcastFunctions.PReluBackward(x, p, dy), p => new(p));

    private static readonly Case<double, BroadcastFunctions.PReluDoubleKernel> PReluDouble = new("PReluDouble", 0.25,
        BroadcastFunctions.PReluDouble, BroadcastFunctions.PReluDoubleBackward, BroadcastFunctions.PReluDouble,
        (x, p, dy) => BroadcastFunctions.PReluDoubleBackward(x, p, dy), p => new(p));

    private static readonly Case<float, BroadcastFunctions.SwishBetaKernel> SwishBeta = new("SwishBeta", 1.5f,
        BroadcastFunctions.SwishBeta, BroadcastFunctions.SwishBetaBackward, BroadcastFunctions.SwishBeta,
        (x, p, dy) => BroadcastFunctions.SwishBetaBackward(x, p, dy), p => new(p));

    private static readonly Case<double, BroadcastFunctions.SwishBetaDoubleKernel> SwishBetaDouble = new("SwishBetaDouble", 1.5,
        BroadcastFunctions.SwishBetaDouble, BroadcastFunctions.SwishBetaDoubleBackward, BroadcastFunctions.SwishBetaDouble,
        (x, p, dy) => BroadcastFunctions.SwishBetaDoubleBackward(x, p, dy), p => new(p));

    private static readonly Case<float, BroadcastFunctions.LogOrLinearKernel> LogOrLinear = new("LogOrLinear", 0.75f,
        BroadcastFunctions.LogOrLinear, BroadcastFunctions.LogOrLinearBackward, BroadcastFunctions.LogOrLinear,
        (x, p, dy) => BroadcastFunctions.LogOrLinearBackward(x, p, dy), p => new(p));

    [Fact]
    public void PRelu_kernels_match_the_scalar_members() => VerifyAll(PRelu);

    [Fact]
    public void PRelu_double_kernels_match_the_scalar_members() => VerifyAll(PReluDouble);

    [Fact]
    public void SwishBeta_kernels_match_the_scalar_members() => VerifyAll(SwishBeta);

    [Fact]
    public void SwishBeta_double_kernels_match_the_scalar_members() => VerifyAll(SwishBetaDouble);

    [Fact]
    public void Kernels_with_a_singular_untaken_side_match_the_scalar_members() => VerifyAll(LogOrLinear);

    [Fact]
    public void A_function_without_vector_form_runs_a_scalar_loop_with_the_same_results()
    {
        foreach (int n in KernelInputs.Lengths)
        {
            float[] x = KernelInputs.Values<float>(seed: n, n);
            float[] dy = KernelInputs.Values<float>(seed: n + 1, n, -10, 10);
            var y = new float[n];
            var dx = new float[n];
            BroadcastFunctions.AtanScaled(x, 0.8f, y);
            float da = BroadcastFunctions.AtanScaledBackward(x, 0.8f, dy, dx);
            double exact = 0, magnitude = 0;
            var sum = new GradientSum<double>();
            for (int i = 0; i < n; i++)
            {
                NumericAssert.Identical(BroadcastFunctions.AtanScaled(x[i], 0.8f), y[i], $"y[{i}]");
                (float gx, float ga) = BroadcastFunctions.AtanScaledBackward(x[i], 0.8f, dy[i]);
                NumericAssert.Identical(gx, dx[i], $"dx[{i}]");
                // The loop sums the exact products dy · ∂F/∂a: the backward with a seed of 1 gives the partial itself.
                sum.AddProduct(dy[i], BroadcastFunctions.AtanScaledBackward(x[i], 0.8f, 1f).da);
                magnitude += Math.Abs(ga);
            }

            exact = sum.Value;
            RequireSum(exact, da, magnitude, 0, $"AtanScaled, length {n}");
        }
    }

    [Fact]
    public void Every_lane_on_the_untaken_singular_side_gives_finite_exact_gradients()
    {
        // x ≤ 0 in every lane: the x > 0 side computes log(0) = -Inf, log of negatives = NaN and 1/x = ±Inf; none of
        // it may reach dx or the slope's sum, which is exactly Σ dy·x (products and sums of small integers).
        foreach (int n in new[] { 1, 7, 16, 33, 64, 1000 })
        {
            float[] x = new float[n];
            float[] dy = new float[n];
            double expected = 0;
            for (int i = 0; i < n; i++)
            {
                x[i] = i % 5 == 0 ? (i % 2 == 0 ? 0f : -0f) : -(i % 7) - 1;
                dy[i] = (i % 3) - 1;
                expected += dy[i] * (double)x[i];
            }

            foreach (int bits in SimdOverloads.Widths)
            {
                float[] dx = new float[n];
                float da = RunAtWidth<float, BroadcastFunctions.LogOrLinearKernel>(bits, new(0.75f), x, dy, dx);
                Assert.Equal((float)expected, da);
                for (int i = 0; i < n; i++)
                {
                    Assert.True(float.IsFinite(dx[i]), $"{bits} bits: dx[{i}] = {dx[i]} for x = {x[i]}");
                    Assert.Equal(dy[i] * 0.75f, dx[i]);
                }
            }

            float[] y = new float[n];
            BroadcastFunctions.LogOrLinear(x, 0.75f, y);
            Assert.All(y, v => Assert.True(float.IsFinite(v)));
            Assert.Equal((float)expected, BroadcastFunctions.LogOrLinearBackward(x, 0.75f, dy, new float[n]));
        }
    }

    [Fact]
    public void A_float_term_beyond_the_float_range_makes_the_sum_infinite_not_NaN()
    {
        // The vector accumulator keeps a float term as its rounded product (to double) and that product's rounding
        // error (in float); a product beyond float's range rounds to -Inf and its error is not finite. The sum must be
        // the exact sum rounded to float (-Inf), with the error dropped, not Inf + NaN.
        foreach (int n in new[] { 8, 16, 33, 64, 1000 })
        {
            float[] x = new float[n];
            float[] dy = new float[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = -(i % 7) - 1;
                dy[i] = (i % 3) - 1;
            }

            x[5] = -1e20f;
            dy[5] = 1e20f;
            foreach (int bits in SimdOverloads.Widths)
            {
                Assert.Equal(float.NegativeInfinity, RunAtWidth<float, BroadcastFunctions.PReluKernel>(bits, new(0.25f), x, dy, new float[n]));
            }

            Assert.Equal(float.NegativeInfinity, BroadcastFunctions.PReluBackward(x, 0.25f, dy, new float[n]));
        }
    }

    [Fact]
    public void Two_spans_and_two_parameters_return_both_sums_in_parameter_order()
    {
        foreach (int n in KernelInputs.Lengths)
        {
            float[] x = KernelInputs.Values<float>(seed: n, n);
            float[] z = KernelInputs.Values<float>(seed: n + 7, n);
            float[] dy = KernelInputs.Values<float>(seed: n + 1, n, -10, 10);
            var y = new float[n];
            var dx = new float[n];
            var dz = new float[n];
            BroadcastFunctions.Modulated(1.25f, x, z, -0.5f, y);
            (float dgamma, float dbeta) = BroadcastFunctions.ModulatedBackward(1.25f, x, z, -0.5f, dy, dx, dz);
            var gammaSum = new GradientSum<double>();
            var betaSum = new GradientSum<double>();
            double gammaMagnitude = 0, betaMagnitude = 0;
            for (int i = 0; i < n; i++)
            {
                string at = $"Modulated, length {n}, element {i}";
                NumericAssert.SimdAgrees(BroadcastFunctions.Modulated(1.25f, x[i], z[i], -0.5f), y[i], at + ": y");
                var g = BroadcastFunctions.ModulatedBackward(1.25f, x[i], z[i], -0.5f, dy[i]);
                NumericAssert.SimdAgrees(g.dx, dx[i], at + ": dx");
                NumericAssert.SimdAgrees(g.dz, dz[i], at + ": dz");
                gammaSum.Add(g.dgamma);
                betaSum.Add(g.dbeta);
                gammaMagnitude += Math.Abs(g.dgamma);
                betaMagnitude += Math.Abs(g.dbeta);
            }

            RequireSum(gammaSum.Value, dgamma, gammaMagnitude, 1e-6, $"Modulated dgamma, length {n}");
            RequireSum(betaSum.Value, dbeta, betaMagnitude, 1e-6, $"Modulated dbeta, length {n}");
        }
    }

    [Fact]
    public void Ten_broadcast_coefficients_of_a_rational_activation_get_their_sums()
    {
        double[] c = [0.02, 0.5, 1.1, 0.9, 0.3, 0.03, 0.4, 1.2, 0.1, 0.05];
        foreach (int n in new[] { 0, 1, 5, 8, 17, 100, 1000 })
        {
            double[] x = KernelInputs.Values<double>(seed: n, n, -3, 3);
            double[] dy = KernelInputs.Values<double>(seed: n + 1, n, -2, 2);
            var dx = new double[n];
            var g = BroadcastFunctions.RationalBackward(x, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], dy, dx);
            double[] actual = [g.dp0, g.dp1, g.dp2, g.dp3, g.dp4, g.dp5, g.dq1, g.dq2, g.dq3, g.dq4];
            var sums = new GradientSum<double>[10];
            var magnitudes = new double[10];
            for (int i = 0; i < n; i++)
            {
                var e = BroadcastFunctions.RationalBackward(x[i], c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], dy[i]);
                NumericAssert.SimdAgrees(e.dx, dx[i], $"Rational, length {n}: dx[{i}]");
                double[] terms = [e.dp0, e.dp1, e.dp2, e.dp3, e.dp4, e.dp5, e.dq1, e.dq2, e.dq3, e.dq4];
                for (int k = 0; k < 10; k++)
                {
                    sums[k].Add(terms[k]);
                    magnitudes[k] += Math.Abs(terms[k]);
                }
            }

            for (int k = 0; k < 10; k++)
            {
                RequireSum(sums[k].Value, actual[k], magnitudes[k], 1e-13, $"Rational coefficient {k}, length {n}");
            }
        }
    }

    [Fact]
    public void The_function_struct_exposes_its_parameters_for_generic_code()
    {
        Assert.Equal(1, ParameterCount<BroadcastFunctions.SwishBetaKernel, float>());
        Span<float> initial = stackalloc float[1];
        BroadcastFunctions.SwishBetaKernel.InitialParameters(initial);
        Assert.Equal(1f, initial[0]);
        BroadcastFunctions.PReluKernel.InitialParameters(initial);
        Assert.True(float.IsNaN(initial[0]), "no default value: NaN");

        Span<float> two = stackalloc float[2];
        BroadcastFunctions.ModulatedKernel.InitialParameters(two);
        Assert.True(float.IsNaN(two[0]));
        Assert.Equal(0.5f, two[1]);
        var kernel = BroadcastFunctions.ModulatedKernel.Create([2f, 3f]);
        kernel.CopyParametersTo(two);
        Assert.Equal([2f, 3f], two.ToArray());
        Assert.Equal(BroadcastFunctions.Modulated(2f, 0.5f, 0.25f, 3f), kernel.Value(0.5f, 0.25f));
    }

    [Fact]
    public void Sixteen_inputs_compile_and_match_their_scalar_members()
    {
        const int n = 37;
        float[][] a = new float[16][];
        for (int k = 0; k < 16; k++)
        {
            a[k] = KernelInputs.Values<float>(seed: 100 + k, n, -2, 2);
        }

        float[] dy = KernelInputs.Values<float>(seed: 99, n, -1, 1);
        var y = new float[n];
        BroadcastFunctions.Sixteen(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], y);
        float[][] d = new float[16][];
        for (int k = 0; k < 16; k++)
        {
            d[k] = new float[n];
        }

        BroadcastFunctions.SixteenBackward(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], dy,
            d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]);
        var yScaled = new float[n];
        var e = new float[15][];
        for (int k = 0; k < 15; k++)
        {
            e[k] = new float[n];
        }

        float dscale = BroadcastFunctions.FifteenAndOneBackward(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], 1.5f, dy,
            e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9], e[10], e[11], e[12], e[13], e[14]);
        BroadcastFunctions.FifteenAndOne(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], 1.5f, yScaled);
        var scaleSum = new GradientSum<double>();
        for (int i = 0; i < n; i++)
        {
            float[] v = new float[16];
            for (int k = 0; k < 16; k++)
            {
                v[k] = a[k][i];
            }

            NumericAssert.SimdAgrees(BroadcastFunctions.Sixteen(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]), y[i], $"y[{i}]");
            var g = BroadcastFunctions.SixteenBackward(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], dy[i]);
            NumericAssert.SimdAgrees(g.da0, d[0][i], $"da0[{i}]");
            NumericAssert.SimdAgrees(g.da15, d[15][i], $"da15[{i}]");
            var h = BroadcastFunctions.FifteenAndOneBackward(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], 1.5f, dy[i]);
            NumericAssert.SimdAgrees(h.da0, e[0][i], $"FifteenAndOne da0[{i}]");
            NumericAssert.SimdAgrees(h.da14, e[14][i], $"FifteenAndOne da14[{i}]");
            NumericAssert.SimdAgrees(BroadcastFunctions.FifteenAndOne(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], 1.5f), yScaled[i], $"FifteenAndOne y[{i}]");
            scaleSum.Add(h.dscale);
        }

        Assert.Equal((float)scaleSum.Value, dscale, 2e-5f * Math.Max(1f, Math.Abs(dscale)));
    }

    [Fact]
    public void Spans_of_different_lengths_are_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => BroadcastFunctions.PReluBackward(new float[4], 0.1f, new float[3], new float[4]));
        Assert.Equal("dy", e.ParamName);
    }

    private static int ParameterCount<TKernel, T>()
        where TKernel : struct, IParametric<TKernel, T> => TKernel.ParameterCount;

    private static void VerifyAll<T, TKernel>(Case<T, TKernel> f)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IParametricVectorFunction<T>
    {
        double tolerance = typeof(T) == typeof(float) ? 1e-6 : 1e-13;
        foreach (int n in KernelInputs.Lengths)
        {
            T[] x = KernelInputs.Values<T>(seed: n, n);
            T[] dy = KernelInputs.Values<T>(seed: n + 1, n, -10, 10);
            string at = $"{f.Name}, length {n}";

            // The scalar members: expected values, input gradients, and the parameter's terms summed exactly.
            var sum = new GradientSum<double>();
            double magnitude = 0;
            var expectedDx = new T[n];
            for (int i = 0; i < n; i++)
            {
                (T gx, T gp) = f.ScalarBackward(x[i], f.Parameter, dy[i]);
                expectedDx[i] = gx;
                sum.Add(double.CreateTruncating(gp));
                magnitude += Math.Abs(double.CreateTruncating(gp));
            }

            double exact = sum.Value;

            // Forward, out of place and in place.
            var y = new T[n];
            f.ForwardKernel(x, f.Parameter, y);
            T[] inPlace = (T[])x.Clone();
            f.ForwardKernel(inPlace, f.Parameter, inPlace);
            for (int i = 0; i < n; i++)
            {
                NumericAssert.SimdAgrees(f.Function(x[i], f.Parameter), y[i], $"{at}: y[{i}]");
                Assert.Equal(y[i], inPlace[i]);
            }

            // Backward, out of place, in place over x and over dy, and on unaligned slices.
            var dx = new T[n];
            T dp = f.BackwardKernel(x, f.Parameter, dy, dx);
            RequireGradients(expectedDx, dx, exact, dp, magnitude, tolerance, at);
            T[] overX = (T[])x.Clone();
            Assert.Equal(dp, f.BackwardKernel(overX, f.Parameter, dy, overX));
            Assert.Equal(dx, overX);
            T[] overDy = (T[])dy.Clone();
            Assert.Equal(dp, f.BackwardKernel(x, f.Parameter, overDy, overDy));
            Assert.Equal(dx, overDy);

            T sentinel = T.CreateTruncating(12345.5);
            T[] xs = KernelInputs.Padded(x, 3, sentinel), dys = KernelInputs.Padded(dy, 1, sentinel);
            T[] dxs = KernelInputs.Padded(new T[n], 5, sentinel);
            Assert.Equal(dp, f.BackwardKernel(xs.AsSpan(3, n), f.Parameter, dys.AsSpan(1, n), dxs.AsSpan(5, n)));
            Assert.Equal(dx, dxs.AsSpan(5, n).ToArray());
            Assert.All(dxs[..5], v => Assert.Equal(sentinel, v));
            Assert.All(dxs[(5 + n)..], v => Assert.Equal(sentinel, v));

            // The vector loop at every width, with the driver's scalar tail.
            foreach (int bits in SimdOverloads.Widths)
            {
                var wdx = new T[n];
                T wdp = RunAtWidth<T, TKernel>(bits, f.Kernel(f.Parameter), x, dy, wdx);
                RequireGradients(expectedDx, wdx, exact, wdp, magnitude, tolerance, $"{at}, {bits} bits");
            }
        }
    }

    private static void RequireGradients<T>(T[] expectedDx, T[] dx, double exact, T dp, double magnitude, double tolerance, string at)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < dx.Length; i++)
        {
            NumericAssert.SimdAgrees(expectedDx[i], dx[i], $"{at}: dx[{i}]");
        }

        RequireSum(exact, double.CreateTruncating(dp), magnitude, tolerance, at + ": parameter gradient");
    }

    /// <summary>The sum is within <paramref name="relative"/>·Σ|term| of the exact one, plus its own rounding (one ulp of the result type).</summary>
    private static void RequireSum(double exact, double actual, double magnitude, double relative, string at)
    {
        double ulp = Math.Abs(actual) * (actual == (float)actual ? Math.ScaleB(1, -23) : Math.ScaleB(1, -52));
        double bound = relative * magnitude + ulp + double.Epsilon;
        if (!(Math.Abs(actual - exact) <= bound))
        {
            throw new XunitException($"{at}: sum {actual:R}, exact {exact:R}, off by {Math.Abs(actual - exact):R} > {bound:R} (Σ|term| = {magnitude:R})");
        }
    }

    /// <summary>
    /// The parametric driver's backward pass with its vector loop forced to <paramref name="bits"/>-bit vectors (at 256 bits with the
    /// general accumulator of several parameters, at 128 and 512 with the one-parameter accumulator).
    /// </summary>
    internal static T RunAtWidth<T, TKernel>(int bits, TKernel kernel, T[] x, T[] dy, T[] dx)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IParametricVectorFunction<T>
    {
        var sums = default(ScalarGradientSums<T>);
        int i = bits switch
        {
            128 => Elementwise<T>.BackwardVectors<TKernel, Vec128<T>, SingleGradientSum<Vec128<T>, T>>(kernel, x, dy, dx, ref sums, 1),
            256 => Elementwise<T>.BackwardVectors<TKernel, Vec256<T>, VectorGradientSums<Vec256<T>, T>>(kernel, x, dy, dx, ref sums, 1),
            _ => Elementwise<T>.BackwardVectors<TKernel, Vec512<T>, SingleGradientSum<Vec512<T>, T>>(kernel, x, dy, dx, ref sums, 1),
        };
        for (; i < x.Length; i++)
        {
            dx[i] = kernel.Backward(x[i], dy[i], ref sums);
        }

        Span<T> result = stackalloc T[1];
        sums.CopyTo(result);
        return result[0];
    }
}
