using System;
using System.Numerics;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The per-channel drivers (<c>Elementwise&lt;T&gt;.ForwardPerChannel</c>, <c>BackwardPerChannel</c>) on <c>[N, C, inner]</c>
/// data with one value of each parameter per channel, against the scalar tuple backward element by element: values and
/// input gradients within the SIMD bound, each channel's parameter gradient against the scalar terms summed in double
/// (within 1e-6 · Σ|term| for float, 1e-13 for double, plus the result's rounding). Every N in a spread of 0–20, C of
/// 1–40, inner in {1, 2, 3, 7, 8, 16, 33} (across channels and along runs, with every kind of tail) and runs of over 32
/// vectors (kept in registers), in place, at every
/// vector width, and one element at a time.
/// </summary>
public sealed class PerChannelKernelTests
{
    private static readonly int[] Samples = [0, 1, 2, 3, 5, 8, 13, 20];
    private static readonly int[] Channels = [1, 2, 3, 4, 5, 7, 15, 16, 17, 31, 40];
    private static readonly int[] Inners = [1, 2, 3, 7, 8, 16, 33];

    /// <summary>One function: its parameters' count, a channel's random parameters, and the scalar members with a channel's parameters.</summary>
    private sealed record Case<T>(string Name, int Parameters, Func<Random, T[]> ChannelParameters,
        Func<T, T[], T> Function, Func<T, T[], T, (T Dx, T[] Dp)> ScalarBackward)
        where T : unmanaged;

    private static readonly Case<float> PRelu = new("PRelu", 1, r => [(float)(r.NextDouble() - 0.5)],
        (x, p) => BroadcastFunctions.PRelu(x, p[0]),
        (x, p, dy) => One(BroadcastFunctions.PReluBackward(x, p[0], dy)));

    private static readonly Case<double> PReluDouble = new("PReluDouble", 1, r => [r.NextDouble() - 0.5],
        (x, p) => BroadcastFunctions.PReluDouble(x, p[0]),
        (x, p, dy) => One(BroadcastFunctions.PReluDoubleBackward(x, p[0], dy)));

    private static readonly Case<float> SwishBeta = new("SwishBeta", 1, r => [(float)(0.5 + r.NextDouble())],
        (x, p) => BroadcastFunctions.SwishBeta(x, p[0]),
        (x, p, dy) => One(BroadcastFunctions.SwishBetaBackward(x, p[0], dy)));

    private static readonly Case<double> SwishBetaDouble = new("SwishBetaDouble", 1, r => [0.5 + r.NextDouble()],
        (x, p) => BroadcastFunctions.SwishBetaDouble(x, p[0]),
        (x, p, dy) => One(BroadcastFunctions.SwishBetaDoubleBackward(x, p[0], dy)));

    private static readonly Case<float> TwoSlopes = new("TwoSlopes", 2, r => [(float)(r.NextDouble() - 0.5), (float)(0.5 + r.NextDouble())],
        (x, p) => BroadcastFunctions.TwoSlopes(x, p[0], p[1]),
        (x, p, dy) => BroadcastFunctions.TwoSlopesBackward(x, p[0], p[1], dy) is var (dx, dn, dp) ? (dx, new[] { dn, dp }) : default);

    private static readonly Case<double> Rational = new("Rational", 10, r => RationalParameters(r),
        (x, p) => BroadcastFunctions.Rational(x, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]),
        (x, p, dy) =>
        {
            var g = BroadcastFunctions.RationalBackward(x, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], dy);
            return (g.dx, new[] { g.dp0, g.dp1, g.dp2, g.dp3, g.dp4, g.dp5, g.dq1, g.dq2, g.dq3, g.dq4 });
        });

    [Fact]
    public void PRelu_per_channel_matches_the_scalar_members() => VerifyAll<float, BroadcastFunctions.PReluKernel>(PRelu);

    [Fact]
    public void PRelu_double_per_channel_matches_the_scalar_members() => VerifyAll<double, BroadcastFunctions.PReluDoubleKernel>(PReluDouble);

    [Fact]
    public void SwishBeta_per_channel_matches_the_scalar_members() => VerifyAll<float, BroadcastFunctions.SwishBetaKernel>(SwishBeta);

    [Fact]
    public void SwishBeta_double_per_channel_matches_the_scalar_members() => VerifyAll<double, BroadcastFunctions.SwishBetaDoubleKernel>(SwishBetaDouble);

    [Fact]
    public void Two_parameters_per_channel_match_the_scalar_members() => VerifyAll<float, BroadcastFunctions.TwoSlopesKernel>(TwoSlopes);

    [Fact]
    public void Ten_parameters_per_channel_match_the_scalar_members() => VerifyAll<double, BroadcastFunctions.RationalKernel>(Rational);

    [Fact]
    public void Long_runs_keep_their_sums_in_registers_and_match_the_scalar_members()
    {
        // Runs of 32 vectors or more (512 floats at 512 bits) take the drivers' register path: one and several parameters.
        int[] inners = [520, 1100], channels = [1, 3], samples = [1, 2, 3];
        VerifyAll<float, BroadcastFunctions.PReluKernel>(PRelu, inners, channels, samples);
        VerifyAll<double, BroadcastFunctions.SwishBetaDoubleKernel>(SwishBetaDouble, inners, channels, samples);
        VerifyAll<float, BroadcastFunctions.TwoSlopesKernel>(TwoSlopes, inners, channels, samples);
        VerifyAll<double, BroadcastFunctions.RationalKernel>(Rational, inners, channels, samples);
    }

    [Fact]
    public void Every_lane_on_the_untaken_singular_side_gives_finite_exact_gradients_per_channel()
    {
        // x ≤ 0 everywhere: the x > 0 side computes log(0) = -Inf and log of negatives = NaN, and ∂/∂positive = log(x)
        // there. None of it may reach dx or a channel's sums: dpositive is exactly 0 and dnegative exactly Σ dy·x per
        // channel (products and sums of small integers).
        foreach ((int n, int channels, int inner) in new[] { (7, 40, 1), (5, 3, 1), (4, 17, 3), (3, 5, 33), (20, 16, 16) })
        {
            int length = n * channels * inner;
            var x = new float[length];
            var dy = new float[length];
            var expected = new double[channels];
            for (int i = 0; i < length; i++)
            {
                x[i] = i % 5 == 0 ? (i % 2 == 0 ? 0f : -0f) : -(i % 7) - 1;
                dy[i] = (i % 3) - 1;
                expected[i / inner % channels] += dy[i] * (double)x[i];
            }

            float[] parameters = new float[2 * channels];
            for (int c = 0; c < channels; c++)
            {
                parameters[c] = 0.25f * (c + 1);
                parameters[channels + c] = 2f;
            }

            foreach ((string at, float[] dx, float[] dp) in AllRuns<float, BroadcastFunctions.TwoSlopesKernel>(parameters, channels, inner, x, dy))
            {
                for (int c = 0; c < channels; c++)
                {
                    Assert.Equal((float)expected[c], dp[c]);
                    Assert.Equal(0f, dp[channels + c]);
                }

                for (int i = 0; i < length; i++)
                {
                    Assert.True(float.IsFinite(dx[i]), $"{at}, [{n}, {channels}, {inner}]: dx[{i}] = {dx[i]} for x = {x[i]}");
                    Assert.Equal(dy[i] * parameters[i / inner % channels], dx[i]);
                }
            }
        }
    }

    [Fact]
    public void A_parameter_span_without_one_value_per_parameter_and_channel_is_rejected_by_name()
    {
        float[] slopes = new float[3];
        var e = Assert.Throws<ArgumentException>(() => Elementwise<float>.ForwardPerChannel<BroadcastFunctions.PReluKernel>(slopes, 4, 1, new float[8], new float[8]));
        Assert.Equal("slopes", e.ParamName);
        Assert.Contains("4 channels", e.Message);
        float[] both = new float[4];
        e = Assert.Throws<ArgumentException>(() => Elementwise<float>.BackwardPerChannel<BroadcastFunctions.TwoSlopesKernel>(both, 4, 1, new float[8], new float[8], new float[8], new float[8]));
        Assert.Equal("both", e.ParamName);
        float[] gradients = new float[3];
        e = Assert.Throws<ArgumentException>(() => Elementwise<float>.BackwardPerChannel<BroadcastFunctions.PReluKernel>(new float[4], 4, 1, new float[8], new float[8], new float[8], gradients));
        Assert.Equal("gradients", e.ParamName);
    }

    [Fact]
    public void Spans_that_do_not_fit_the_layout_are_rejected_by_name()
    {
        float[] input = new float[10];
        var e = Assert.Throws<ArgumentException>(() => Elementwise<float>.ForwardPerChannel<BroadcastFunctions.PReluKernel>(new float[2], 2, 3, input, new float[10]));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("C · inner = 2 · 3", e.Message);
        float[] seed = new float[11];
        e = Assert.Throws<ArgumentException>(() => Elementwise<float>.BackwardPerChannel<BroadcastFunctions.PReluKernel>(new float[2], 2, 3, new float[12], seed, new float[12], new float[2]));
        Assert.Equal("seed", e.ParamName);
        float[] output = new float[13];
        e = Assert.Throws<ArgumentException>(() => Elementwise<float>.BackwardPerChannel<BroadcastFunctions.PReluKernel>(new float[2], 2, 3, new float[12], new float[12], output, new float[2]));
        Assert.Equal("output", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => Elementwise<float>.ForwardPerChannel<BroadcastFunctions.PReluKernel>(new float[0], 0, 1, new float[0], new float[0]));
        Assert.Equal("channels", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => Elementwise<float>.ForwardPerChannel<BroadcastFunctions.PReluKernel>(new float[2], 2, 0, new float[0], new float[0]));
        Assert.Equal("inner", e.ParamName);
    }

    private static (T, T[]) One<T>((T Dx, T Dp) g) => (g.Dx, new[] { g.Dp });

    private static double[] RationalParameters(Random r)
    {
        // Near leaky ReLU's rational fit, perturbed per channel, so that the terms are of a moderate size.
        double[] p = [0.03, 0.5, 1.1, 0.6, 0.1, 0.005, 0.2, 1.2, 0.1, 0.01];
        for (int k = 0; k < p.Length; k++)
        {
            p[k] *= 0.75 + 0.5 * r.NextDouble();
        }

        return p;
    }

    private static void VerifyAll<T, TKernel>(Case<T> f)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IPerChannelFunction<TKernel, T> => VerifyAll<T, TKernel>(f, Inners, Channels, Samples);

    private static void VerifyAll<T, TKernel>(Case<T> f, int[] inners, int[] channelCounts, int[] sampleCounts)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IPerChannelFunction<TKernel, T>
    {
        double tolerance = typeof(T) == typeof(float) ? 1e-6 : 1e-13;
        var random = new Random(11);
        int p = f.Parameters;
        foreach (int inner in inners)
        {
            foreach (int channels in channelCounts)
            {
                foreach (int n in sampleCounts)
                {
                    int length = n * channels * inner;
                    string at = $"{f.Name} [{n}, {channels}, {inner}]";
                    T[] x = KernelInputs.Values<T>(seed: length + channels, length, -3, 3);
                    T[] dy = KernelInputs.Values<T>(seed: length + channels + 1, length, -10, 10);
                    var parameters = new T[p * channels];
                    var own = new T[channels][];
                    for (int c = 0; c < channels; c++)
                    {
                        own[c] = f.ChannelParameters(random);
                        for (int k = 0; k < p; k++)
                        {
                            parameters[k * channels + c] = own[c][k];
                        }
                    }

                    // The scalar members: each element with its channel's parameters; each channel's terms summed in double.
                    var expectedY = new T[length];
                    var expectedDx = new T[length];
                    var exact = new GradientSum<double>[p * channels];
                    var magnitude = new double[p * channels];
                    for (int i = 0; i < length; i++)
                    {
                        int c = i / inner % channels;
                        expectedY[i] = f.Function(x[i], own[c]);
                        (expectedDx[i], T[] dp) = f.ScalarBackward(x[i], own[c], dy[i]);
                        for (int k = 0; k < p; k++)
                        {
                            exact[k * channels + c].Add(double.CreateTruncating(dp[k]));
                            magnitude[k * channels + c] += Math.Abs(double.CreateTruncating(dp[k]));
                        }
                    }

                    var y = new T[length];
                    Elementwise<T>.ForwardPerChannel<TKernel>(parameters, channels, inner, x, y);
                    T[] inPlace = (T[])x.Clone();
                    Elementwise<T>.ForwardPerChannel<TKernel>(parameters, channels, inner, inPlace, inPlace);
                    Assert.Equal(y, inPlace);
                    var forwards = new System.Collections.Generic.List<(string, T[])> { ("driver", y), ("one at a time", ForwardAt<T, TKernel>(128, vectors: false, parameters, channels, inner, x)) };
                    foreach (int bits in SimdOverloads.Widths)
                    {
                        forwards.Add(($"{bits} bits", ForwardAt<T, TKernel>(bits, vectors: true, parameters, channels, inner, x)));
                    }

                    foreach ((string run, T[] values) in forwards)
                    {
                        for (int i = 0; i < length; i++)
                        {
                            NumericAssert.SimdAgrees(expectedY[i], values[i], $"{at}, {run}: y[{i}]");
                        }
                    }

                    foreach ((string run, T[] dx, T[] dp) in AllRuns<T, TKernel>(parameters, channels, inner, x, dy))
                    {
                        for (int i = 0; i < length; i++)
                        {
                            NumericAssert.SimdAgrees(expectedDx[i], dx[i], $"{at}, {run}: dx[{i}]");
                        }

                        for (int k = 0; k < p * channels; k++)
                        {
                            RequireSum(exact[k].Value, double.CreateTruncating(dp[k]), magnitude[k], tolerance, $"{at}, {run}: parameter {k / channels} of channel {k % channels}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>The backward pass through the public driver (out of place, and in place over dy), at every width with each accumulator that fits, and one element at a time.</summary>
    private static System.Collections.Generic.IEnumerable<(string Run, T[] Dx, T[] Dp)> AllRuns<T, TKernel>(T[] parameters, int channels, int inner, T[] x, T[] dy)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IPerChannelFunction<TKernel, T>
    {
        var dx = new T[x.Length];
        var dp = new T[parameters.Length];
        Elementwise<T>.BackwardPerChannel<TKernel>(parameters, channels, inner, x, dy, dx, dp);
        yield return ("driver", dx, dp);
        T[] overDy = (T[])dy.Clone();
        var inPlaceDp = new T[parameters.Length];
        Elementwise<T>.BackwardPerChannel<TKernel>(parameters, channels, inner, x, overDy, overDy, inPlaceDp);
        yield return ("in place", overDy, inPlaceDp);
        foreach (int bits in SimdOverloads.Widths)
        {
            yield return ($"{bits} bits", BackwardAt<T, TKernel>(bits, vectors: true, parameters, channels, inner, x, dy, out T[] g), g);
        }

        yield return ("one at a time", BackwardAt<T, TKernel>(128, vectors: false, parameters, channels, inner, x, dy, out T[] s), s);
    }

    private static T[] ForwardAt<T, TKernel>(int bits, bool vectors, T[] parameters, int channels, int inner, T[] x)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IPerChannelFunction<TKernel, T>
    {
        var y = new T[x.Length];
        switch (bits)
        {
            case 128:
                Elementwise<T>.ForwardPerChannel<TKernel, Vec128<T>>(parameters, channels, inner, x, y, vectors);
                break;
            case 256:
                Elementwise<T>.ForwardPerChannel<TKernel, Vec256<T>>(parameters, channels, inner, x, y, vectors);
                break;
            default:
                Elementwise<T>.ForwardPerChannel<TKernel, Vec512<T>>(parameters, channels, inner, x, y, vectors);
                break;
        }

        return y;
    }

    private static T[] BackwardAt<T, TKernel>(int bits, bool vectors, T[] parameters, int channels, int inner, T[] x, T[] dy, out T[] gradients)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TKernel : struct, IPerChannelFunction<TKernel, T>
    {
        var dx = new T[x.Length];
        var sums = new GradientSum<T>[parameters.Length];
        switch (bits)
        {
            case 128:
                Elementwise<T>.BackwardPerChannel<TKernel, Vec128<T>>(parameters, channels, inner, x, dy, dx, sums, vectors);
                break;
            case 256:
                Elementwise<T>.BackwardPerChannel<TKernel, Vec256<T>>(parameters, channels, inner, x, dy, dx, sums, vectors);
                break;
            default:
                Elementwise<T>.BackwardPerChannel<TKernel, Vec512<T>>(parameters, channels, inner, x, dy, dx, sums, vectors);
                break;
        }

        gradients = Array.ConvertAll(sums, s => s.Value);
        return dx;
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
}
