using System;
using System.Linq;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace DiffGen.TorchSharp.Tests;

/// <summary>Inputs and comparisons shared by the tests.</summary>
internal static class TensorData
{
    /// <summary>Relative tolerance of a float kernel with transcendentals against the scalar method (README: 2⁻¹⁷).</summary>
    public const double FloatKernelTolerance = 1.0 / (1 << 17);

    /// <summary>Relative tolerance of a double kernel with transcendentals against the scalar method (README: 2⁻⁴⁰).</summary>
    public const double DoubleKernelTolerance = 1.0 / (1L << 40);

    /// <summary>Deterministic values in [-4, 4] plus the points where things go wrong: 0, ±tiny, the seed's -0.6.</summary>
    public static double[] Points(int count, int seed)
    {
        var random = new Random(seed);
        double[] special = { 0, -0.6, 1e-9, -1e-9, 4, -4, 0.5 };
        return special.Concat(Enumerable.Range(0, count).Select(_ => random.NextDouble() * 8 - 4)).ToArray();
    }

    /// <summary>Deterministic values in [-2, 2], the gradients a loss might send back.</summary>
    public static double[] Seeds(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.NextDouble() * 4 - 2).ToArray();
    }

    public static float[] ToFloat(double[] values) => values.Select(v => (float)v).ToArray();

    public static double[] Doubles(Tensor t) => t.contiguous().data<double>().ToArray();

    public static float[] Floats(Tensor t) => t.contiguous().data<float>().ToArray();

    /// <summary>Asserts |actual - expected| ≤ tolerance · max(1, |expected|) element by element, NaN only where expected.</summary>
    public static void Near(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double e = expected[i];
            double a = actual[i];
            bool ok = double.IsNaN(e) ? double.IsNaN(a) : Math.Abs(a - e) <= tolerance * Math.Max(1, Math.Abs(e));
            Assert.True(ok, $"{what}[{i}]: expected {e:R}, got {a:R}");
        }
    }

    public static void Near(float[] expected, float[] actual, double tolerance, string what) =>
        Near(expected.Select(v => (double)v).ToArray(), actual.Select(v => (double)v).ToArray(), tolerance, what);

    /// <summary>A float64 leaf tensor that requires grad.</summary>
    public static Tensor Leaf(double[] values, params long[] shape) =>
        torch.tensor(values, dtype: ScalarType.Float64).reshape(shape).requires_grad_(true);

    /// <summary>A float32 leaf tensor that requires grad.</summary>
    public static Tensor Leaf(float[] values, params long[] shape) =>
        torch.tensor(values, dtype: ScalarType.Float32).reshape(shape).requires_grad_(true);
}
