using System;
using System.Linq;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;
using F = DiffGen.Tests.Functions.BroadcastFunctions;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// Per-channel parameters on the kernels path through the per-channel drivers (<see cref="IPerChannelTensorKernel{T}"/>,
/// one call per piece of whole samples): the runner's counter proves the path is taken (it stays put if the runner cuts
/// channel slices), and values and gradients agree with torch autograd of the same formula written in tensor operations,
/// with the pieces split over three threads and N not a multiple of three.
/// </summary>
public sealed class PerChannelKernelTests
{
    private const int Threads = 3;

    /// <summary>Shapes with at least three pieces of 32768 elements: [N, C], small inner, large inner.</summary>
    public static TheoryData<long[]> Shapes => new()
    {
        new long[] { 20003, 7 },
        new long[] { 2501, 5, 3, 3 },
        new long[] { 7, 3, 64, 80 },
        new long[] { 5, 4 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void PRelu_with_a_slope_per_channel_takes_the_per_channel_drivers_and_equals_autograd(long[] shape)
    {
        WithThreads(() =>
        {
            int c = (int)shape[1];
            using Tensor x = Data(shape, 1, ScalarType.Float64).requires_grad_(true);
            using Tensor seed = Data(shape, 2, ScalarType.Float64);
            using Tensor slope = torch.linspace(-0.5, 2, c, dtype: ScalarType.Float64).requires_grad_(true);
            long before = ParametricKernelRunner.PerChannelCalls;
            using Tensor y = F.PReluDouble(x, slope, TensorPath.Kernels);
            y.backward(new[] { seed });
            Assert.Equal(before + 2, ParametricKernelRunner.PerChannelCalls);

            using Tensor xr = x.detach().requires_grad_(true);
            using Tensor sr = slope.detach().requires_grad_(true);
            using Tensor yr = torch.where(xr.ge(0), xr, Channel(sr, shape) * xr);
            yr.backward(new[] { seed });
            Assert.Equal(Doubles(yr), Doubles(y));
            Assert.Equal(Doubles(xr.grad!), Doubles(x.grad!));
            NearSum(Doubles(sr.grad!), Doubles(slope.grad!), Scale(x, seed), 1e-13, "slope");
        });
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_per_channel_and_a_shared_float_parameter_beside_it_equal_autograd(long[] shape)
    {
        // TwoSlopes(x, negative, positive): negative per channel, positive shared; the untaken log side is singular.
        WithThreads(() =>
        {
            int c = (int)shape[1];
            using Tensor x = Data(shape, 3, ScalarType.Float32).requires_grad_(true);
            using Tensor seed = Data(shape, 4, ScalarType.Float32);
            using Tensor negative = torch.linspace(-1, 1.5, c, dtype: ScalarType.Float32).requires_grad_(true);
            using Tensor positive = torch.tensor(0.75f).requires_grad_(true);
            long before = ParametricKernelRunner.PerChannelCalls;
            using Tensor y = F.TwoSlopes(x, negative, positive, TensorPath.Kernels);
            y.backward(new[] { seed });
            Assert.Equal(before + 2, ParametricKernelRunner.PerChannelCalls);
            Assert.Equal(new long[] { c }, negative.grad!.shape);
            Assert.Empty(positive.grad!.shape);

            // The oracle in double from the same float values.
            using Tensor xr = x.detach().to_type(ScalarType.Float64).requires_grad_(true);
            using Tensor nr = negative.detach().to_type(ScalarType.Float64).requires_grad_(true);
            using Tensor pr = positive.detach().to_type(ScalarType.Float64).requires_grad_(true);
            using Tensor positiveSide = torch.where(xr.gt(0), xr, torch.ones_like(xr)).log() * pr;
            using Tensor yr = torch.where(xr.gt(0), positiveSide, Channel(nr, shape) * xr);
            using Tensor seed64 = seed.to_type(ScalarType.Float64);
            yr.backward(new[] { seed64 });
            Near(Doubles(yr), ToDoubles(y), FloatKernelTolerance, "y");
            Near(Doubles(xr.grad!), ToDoubles(x.grad!), FloatKernelTolerance, "dx");
            using Tensor logs = torch.where(xr.gt(0), xr, torch.ones_like(xr)).log().abs().detach();
            using Tensor xs = xr.abs().detach();
            NearSum(Doubles(nr.grad!), ToDoubles(negative.grad!), Scale(xs, seed64), 1e-6, "negative");
            NearSum(Doubles(pr.grad!), ToDoubles(positive.grad!), new[] { Scale(logs, seed64).Sum() }, 1e-6, "positive");
        });
    }

    [Fact]
    public void Rational_with_its_numerator_per_channel_and_its_denominator_shared_equals_autograd_on_a_large_inner()
    {
        long[] shape = { 7, 3, 64, 80 };
        WithThreads(() =>
        {
            using Tensor x = Data(shape, 5, ScalarType.Float64).requires_grad_(true);
            using Tensor seed = Data(shape, 6, ScalarType.Float64);
            Tensor[] p = Enumerable.Range(0, 6).Select(k => torch.tensor(new[] { 0.1 * k, -0.2 + 0.05 * k, 0.3 / (k + 1) }, dtype: ScalarType.Float64).requires_grad_(true)).ToArray();
            Tensor[] q = Enumerable.Range(0, 4).Select(k => torch.tensor(0.2 - 0.15 * k, dtype: ScalarType.Float64).requires_grad_(true)).ToArray();
            long before = ParametricKernelRunner.PerChannelCalls;
            using Tensor y = F.Rational(x, p[0], p[1], p[2], p[3], p[4], p[5], q[0], q[1], q[2], q[3], TensorPath.Kernels);
            y.backward(new[] { seed });
            Assert.Equal(before + 2, ParametricKernelRunner.PerChannelCalls);

            using Tensor xr = x.detach().requires_grad_(true);
            Tensor[] pr = p.Select(t => t.detach().requires_grad_(true)).ToArray();
            Tensor[] qr = q.Select(t => t.detach().requires_grad_(true)).ToArray();
            Tensor num = Channel(pr[5], shape);
            for (int k = 4; k >= 0; k--)
            {
                num = Channel(pr[k], shape) + xr * num;
            }

            Tensor den = qr[3];
            for (int k = 2; k >= 0; k--)
            {
                den = qr[k] + xr * den;
            }

            using Tensor yr = num / ((xr * den).abs() + 1);
            yr.backward(new[] { seed });
            Near(Doubles(yr), Doubles(y), 1e-13, "y");
            Near(Doubles(xr.grad!), Doubles(x.grad!), 1e-11, "dx");
            for (int k = 0; k < 6; k++)
            {
                NearSum(Doubles(pr[k].grad!), Doubles(p[k].grad!), Scale(x.abs().pow(k), seed), 1e-12, $"p{k}");
            }

            for (int k = 0; k < 4; k++)
            {
                // The element's partial: -P(x) · sign(x · Q) · x^(k+1) / (1 + |x · Q|)², in magnitude.
                using Tensor partial = (num.abs() * x.abs().pow(k + 1) / ((xr * den).abs() + 1).pow(2)).detach();
                double scale = Scale(partial, seed).Sum();
                NearSum(Doubles(qr[k].grad!), Doubles(q[k].grad!), new[] { scale }, 1e-12, $"q{k + 1}");
            }

            foreach (Tensor t in p.Concat(q).Concat(pr).Concat(qr))
            {
                t.Dispose();
            }
        });
    }

    [Fact]
    public void No_samples_give_an_empty_output_and_zero_gradients_per_channel()
    {
        using Tensor x = torch.zeros(0, 4, 3, dtype: ScalarType.Float64).requires_grad_(true);
        using Tensor slope = torch.full(4, 0.5, dtype: ScalarType.Float64).requires_grad_(true);
        long before = ParametricKernelRunner.PerChannelCalls;
        using Tensor y = F.PReluDouble(x, slope, TensorPath.Kernels);
        y.sum().backward();
        Assert.Equal(before + 2, ParametricKernelRunner.PerChannelCalls);
        Assert.Equal(new long[] { 0, 4, 3 }, y.shape);
        Assert.Equal(new double[4], Doubles(slope.grad!));
    }

    [Fact]
    public void Switched_off_the_runner_cuts_channel_slices_and_both_paths_agree()
    {
        long[] shape = { 2501, 5, 3, 3 };
        WithThreads(() =>
        {
            (double[] Y, double[] Dx, double[] Dslope) Run(bool perChannel)
            {
                ParametricKernelRunner.UsePerChannelKernel = perChannel;
                try
                {
                    using Tensor x = Data(shape, 7, ScalarType.Float64).requires_grad_(true);
                    using Tensor seed = Data(shape, 8, ScalarType.Float64);
                    using Tensor slope = torch.linspace(-0.5, 2, shape[1], dtype: ScalarType.Float64).requires_grad_(true);
                    long before = ParametricKernelRunner.PerChannelCalls;
                    using Tensor y = F.PReluDouble(x, slope, TensorPath.Kernels);
                    y.backward(new[] { seed });
                    Assert.Equal(before + (perChannel ? 2 : 0), ParametricKernelRunner.PerChannelCalls);
                    return (Doubles(y), Doubles(x.grad!), Doubles(slope.grad!));
                }
                finally
                {
                    ParametricKernelRunner.UsePerChannelKernel = true;
                }
            }

            var slices = Run(false);
            var drivers = Run(true);
            Assert.Equal(slices.Y, drivers.Y);
            Assert.Equal(slices.Dx, drivers.Dx);
            Near(slices.Dslope, drivers.Dslope, 1e-13, "slope");
        });
    }

    /// <summary>Runs <paramref name="body"/> with torch's intra-op threads at <see cref="Threads"/>, then restores them.</summary>
    private static void WithThreads(Action body)
    {
        int threads = torch.get_num_threads();
        torch.set_num_threads(Threads);
        try
        {
            body();
        }
        finally
        {
            torch.set_num_threads(threads);
        }
    }

    /// <summary>Deterministic values in [-4, 4] of <paramref name="shape"/>, none exactly 0.</summary>
    private static Tensor Data(long[] shape, int seed, ScalarType dtype)
    {
        var random = new Random(seed);
        long count = shape.Aggregate(1L, (a, b) => a * b);
        double[] values = Enumerable.Range(0, (int)count).Select(_ => (random.NextDouble() * 8 - 4) + 1e-3).ToArray();
        using Tensor t = torch.tensor(values, dtype: ScalarType.Float64).reshape(shape);
        return t.to_type(dtype);
    }

    /// <summary>A <c>[C]</c> parameter aligned with dimension 1 of <paramref name="shape"/>: <c>[C, 1, …, 1]</c>.</summary>
    private static Tensor Channel(Tensor parameter, long[] shape) =>
        parameter.reshape(new[] { shape[1] }.Concat(Enumerable.Repeat(1L, shape.Length - 2)).ToArray());

    /// <summary>Per channel, Σ |a · seed| over the elements: the scale a per-channel sum's error is measured against.</summary>
    private static double[] Scale(Tensor a, Tensor seed)
    {
        using Tensor terms = (a.to_type(ScalarType.Float64) * seed.to_type(ScalarType.Float64)).abs().detach();
        using Tensor moved = terms.movedim(new long[] { 1 }, new long[] { 0 }).reshape(terms.shape[1], -1);
        using Tensor sums = moved.sum(1);
        return Doubles(sums);
    }

    /// <summary>Asserts |actual - expected| ≤ tolerance · scale per entry (the scale of a sum: Σ of its terms' magnitudes).</summary>
    private static void NearSum(double[] expected, double[] actual, double[] scale, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= tolerance * Math.Max(1, scale[i]), $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (scale {scale[i]:R})");
        }
    }

    private static double[] ToDoubles(Tensor t) => Floats(t).Select(v => (double)v).ToArray();
}
