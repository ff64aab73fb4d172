using System;
using System.Numerics.Tensors;

namespace DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

/// <summary>
/// Mish as a composition of <see cref="TensorPrimitives"/> calls: softplus as LogP1(Exp(x)), then Tanh, times x
/// (4 passes); backward (t + x(1 − t²)·sigmoid(x))·dy (9 passes).
/// </summary>
public static class MishTensorPrimitives
{
    /// <summary>y = mish(x).</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, Scratch scratch)
    {
        Span<float> t = scratch.A[..x.Length];
        TensorPrimitives.Exp(x, t);
        TensorPrimitives.LogP1(t, t);
        TensorPrimitives.Tanh(t, t);
        TensorPrimitives.Multiply(x, t, y);
    }

    /// <summary>dx = dy · mish'(x).</summary>
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
    {
        Span<float> t = scratch.A[..x.Length];
        Span<float> s = scratch.B[..x.Length];
        Span<float> r = scratch.C[..x.Length];
        TensorPrimitives.Exp(x, t);
        TensorPrimitives.LogP1(t, t);
        TensorPrimitives.Tanh(t, t);
        TensorPrimitives.Sigmoid(x, s);
        TensorPrimitives.Multiply(t, t, r);
        TensorPrimitives.Subtract(1f, r, r);
        TensorPrimitives.Multiply(r, s, r);
        TensorPrimitives.MultiplyAdd(r, x, t, r);
        TensorPrimitives.Multiply(r, dy, dx);
    }
}
