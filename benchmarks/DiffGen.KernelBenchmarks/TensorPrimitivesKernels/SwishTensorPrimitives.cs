using System;
using System.Numerics.Tensors;

namespace DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

/// <summary>
/// Swish as a composition of <see cref="TensorPrimitives"/> calls, using its vectorized Sigmoid:
/// y = x·s (2 passes); backward s(1 + x(1 − s))·dy (5 passes).
/// </summary>
public static class SwishTensorPrimitives
{
    /// <summary>y = swish(x).</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, Scratch scratch)
    {
        Span<float> s = scratch.A[..x.Length];
        TensorPrimitives.Sigmoid(x, s);
        TensorPrimitives.Multiply(x, s, y);
    }

    /// <summary>dx = dy · swish'(x).</summary>
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
    {
        Span<float> s = scratch.A[..x.Length];
        Span<float> r = scratch.B[..x.Length];
        TensorPrimitives.Sigmoid(x, s);
        TensorPrimitives.Subtract(1f, s, r);
        TensorPrimitives.MultiplyAdd(x, r, 1f, r);
        TensorPrimitives.Multiply(s, r, r);
        TensorPrimitives.Multiply(r, dy, dx);
    }
}
