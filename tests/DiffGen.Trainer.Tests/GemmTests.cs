using System;
using DiffGen.Trainer.Nn;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The blocked, parallel matrix multiply against the textbook triple loop in double precision.</summary>
public sealed class GemmTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 6, 20)]
    [InlineData(7, 33, 37)]
    [InlineData(64, 784, 256)] // large enough to run on several threads
    [InlineData(130, 64, 10)]
    public void MatchesNaiveProduct(int m, int k, int n)
    {
        var random = new Random(m * 31 + k * 7 + n);
        float[] a = Random(random, m * k), b = Random(random, k * n);
        var c = new float[m * n];
        c.AsSpan().Fill(float.NaN); // proves every element is overwritten

        Gemm.Multiply(a, b, c, m, k, n);

        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double expected = 0, magnitude = 0;
                for (int p = 0; p < k; p++)
                {
                    expected += (double)a[(i * k) + p] * b[(p * n) + j];
                    magnitude += Math.Abs((double)a[(i * k) + p] * b[(p * n) + j]);
                }

                Assert.True(Math.Abs(c[(i * n) + j] - expected) <= 1e-5 * (magnitude + 1), $"C[{i},{j}] = {c[(i * n) + j]}, expected {expected}");
            }
        }
    }

    [Fact]
    public void TransposeSwapsIndices()
    {
        float[] source = Random(new Random(1), 19 * 23);
        var target = new float[source.Length];

        Gemm.Transpose(source, target, 19, 23);

        for (int r = 0; r < 19; r++)
        {
            for (int c = 0; c < 23; c++)
            {
                Assert.Equal(source[(r * 23) + c], target[(c * 19) + r]);
            }
        }
    }

    private static float[] Random(Random random, int length)
    {
        var x = new float[length];
        for (int i = 0; i < length; i++)
        {
            x[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return x;
    }
}
