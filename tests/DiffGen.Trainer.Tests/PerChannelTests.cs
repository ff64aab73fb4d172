using System;
using DiffGen.Trainer.Nn;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>
/// The per-channel helper for <c>[N, C, …]</c> data against a loop over the elements with the scalar method and its
/// tuple backward, each channel's parameter gradient summed in double.
/// </summary>
public sealed class PerChannelTests
{
    [Theory]
    [InlineData(3, 5, 7)]
    [InlineData(4, 6, 1)]
    [InlineData(2, 3, 40)]
    [InlineData(1, 1, 19)]
    public void PReluPerChannelEqualsTheScalarLoop(int n, int channels, int inner)
    {
        var random = new Random(n * 100 + channels * 10 + inner);
        float[] x = Values(random, n * channels * inner, 3);
        float[] dy = Values(random, x.Length, 1);
        float[] slopes = Values(random, channels, 0.5f);
        var y = new float[x.Length];
        var dx = new float[x.Length];
        var gradients = new float[channels];

        PerChannel<Activations.PReluKernel>.Forward(slopes, channels, inner, x, y);
        PerChannel<Activations.PReluKernel>.Backward(slopes, channels, inner, x, dy, dx, gradients);

        var expected = new double[channels];
        var magnitude = new double[channels];
        for (int i = 0; i < x.Length; i++)
        {
            int c = i / inner % channels;
            Assert.Equal(Activations.PRelu(x[i], slopes[c]), y[i]);
            (float dxi, float dslope) = Activations.PReluBackward(x[i], slopes[c], dy[i]);
            Assert.Equal(dxi, dx[i]);
            expected[c] += dslope;
            magnitude[c] += Math.Abs(dslope);
        }

        for (int c = 0; c < channels; c++)
        {
            // The driver adds the exact products in double and rounds once per channel; the expected sum adds the scalar terms, each rounded to float.
            Assert.True(Math.Abs(expected[c] - gradients[c]) <= 2e-7 * (magnitude[c] + 1e-30) * 2, $"channel {c}: {gradients[c]} vs {expected[c]}");
            Assert.NotEqual(0f, gradients[c]);
        }
    }

    [Fact]
    public void PauPerChannelEqualsTheScalarLoopInPlace()
    {
        const int N = 3, C = 4, Inner = 33;
        var random = new Random(5);
        float[] x = Values(random, N * C * Inner, 3);
        float[] dy = Values(random, x.Length, 1);
        var parameters = new float[C * Activations.PauKernel.ParameterCount];
        PerChannel<Activations.PauKernel>.InitialParameters(parameters);
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] *= 1f + (0.03f * (i % 5));
        }

        var gradients = new float[parameters.Length];
        float[] dxInPlace = (float[])dy.Clone();
        PerChannel<Activations.PauKernel>.Backward(parameters, C, Inner, x, dxInPlace, dxInPlace, gradients);

        const int P = 10;
        var expected = new double[parameters.Length];
        for (int i = 0; i < x.Length; i++)
        {
            int c = i / Inner % C;
            ReadOnlySpan<float> p = parameters.AsSpan(c * P, P);
            var g = Activations.PauBackward(x[i], p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], dy[i]);
            float[] terms = [g.Item2, g.Item3, g.Item4, g.Item5, g.Item6, g.Item7, g.Item8, g.Item9, g.Item10, g.Item11];
            Assert.Equal(g.Item1, dxInPlace[i], 5e-6f * Math.Max(1f, Math.Abs(g.Item1)));
            for (int k = 0; k < P; k++)
            {
                expected[c * P + k] += terms[k];
            }
        }

        for (int k = 0; k < expected.Length; k++)
        {
            // Transcendental-free, but the vector and scalar bodies may round a product differently: a few ulps of the sum's terms.
            Assert.True(Math.Abs(expected[k] - gradients[k]) <= 1e-5 * Math.Max(1, Math.Abs(expected[k])), $"parameter {k}: {gradients[k]} vs {expected[k]}");
        }
    }

    [Fact]
    public void InitialParametersRepeatTheDefaultsPerChannel()
    {
        var parameters = new float[3];
        PerChannel<Activations.SwishBetaKernel>.InitialParameters(parameters);
        Assert.Equal(new[] { 1f, 1f, 1f }, parameters);
        Assert.Equal(new[] { "slope" }, Activations.PReluKernel.ParameterNames);
        Assert.Equal(new[] { "a0", "a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4" }, Activations.PauKernel.ParameterNames);
    }

    [Fact]
    public void LayoutsThatDoNotFitAreRejected()
    {
        var x = new float[10];
        Assert.Throws<ArgumentException>(() => PerChannel<Activations.PReluKernel>.Forward(new float[3], 3, 3, x, new float[10]));
        Assert.Throws<ArgumentException>(() => PerChannel<Activations.PReluKernel>.Forward(new float[2], 3, 1, new float[9], new float[9]));
        Assert.Throws<ArgumentException>(() => PerChannel<Activations.PReluKernel>.Forward(new float[3], 3, 1, new float[9], new float[8]));
    }

    private static float[] Values(Random random, int length, float scale)
    {
        var values = new float[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1) * scale;
        }

        return values;
    }
}
