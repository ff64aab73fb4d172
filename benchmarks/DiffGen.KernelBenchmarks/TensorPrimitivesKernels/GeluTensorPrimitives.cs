using System;
using System.Numerics.Tensors;

namespace DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

/// <summary>
/// GELU (tanh approximation) as a composition of <see cref="TensorPrimitives"/> calls, using its vectorized Tanh.
/// u = (ck·x² + c)·x, y = ½(t + 1)·x (6 passes); backward ½(1 + t + x(1 − t²)·c(1 + 3kx²))·dy (13 passes).
/// </summary>
public static class GeluTensorPrimitives
{
    private const float C = 0.7978845608f;
    private const float K = 0.044715f;

    /// <summary>y = gelu(x).</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, Scratch scratch)
    {
        Span<float> u = scratch.A[..x.Length];
        TensorPrimitives.Multiply(x, x, u);
        TensorPrimitives.Multiply(u, C * K, u);
        TensorPrimitives.AddMultiply(u, C, x, u);
        TensorPrimitives.Tanh(u, u);
        TensorPrimitives.AddMultiply(u, 1f, x, y);
        TensorPrimitives.Multiply(y, 0.5f, y);
    }

    /// <summary>dx = dy · gelu'(x).</summary>
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
    {
        Span<float> x2 = scratch.A[..x.Length];
        Span<float> t = scratch.B[..x.Length];
        Span<float> r = scratch.C[..x.Length];
        TensorPrimitives.Multiply(x, x, x2);
        TensorPrimitives.Multiply(x2, C * K, t);
        TensorPrimitives.AddMultiply(t, C, x, t);
        TensorPrimitives.Tanh(t, t);
        TensorPrimitives.Multiply(x2, 3f * C * K, x2);
        TensorPrimitives.Add(x2, C, x2);
        TensorPrimitives.Multiply(t, t, r);
        TensorPrimitives.Subtract(1f, r, r);
        TensorPrimitives.Multiply(r, x2, r);
        TensorPrimitives.Multiply(r, x, r);
        TensorPrimitives.Add(t, r, r);
        TensorPrimitives.AddMultiply(r, 1f, dy, dx);
        TensorPrimitives.Multiply(dx, 0.5f, dx);
    }
}
