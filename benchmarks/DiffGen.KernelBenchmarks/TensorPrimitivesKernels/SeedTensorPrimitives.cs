using System;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

/// <summary>
/// The seed activation as a composition of <see cref="TensorPrimitives"/> calls. TensorPrimitives has no select, so
/// the branch is split with p = max(x, 0) and n = min(x, 0): y = p²/(p + 0.6) + 0.01n is the seed on both sides and
/// divides by p + 0.6 ≥ 0.6, never by zero (6 passes). Backward: with q = p/(p + 0.6), q(2 − q) is the positive side's
/// slope and 0 where x &lt; 0; the negative side's 0.01 is masked in with the sign bit (arithmetic shift by 31 gives
/// all ones where x is negative), so dx = (q(2 − q) + (0.01 &amp; mask))·dy (8 passes). Both are exact at x = −0.6.
/// The mask reads −0.0 as negative, unlike <c>x ≥ 0</c>; random inputs never hold −0.0.
/// </summary>
public static class SeedTensorPrimitives
{
    /// <summary>y = seed(x).</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, Scratch scratch)
    {
        Span<float> p = scratch.A[..x.Length];
        Span<float> t = scratch.B[..x.Length];
        TensorPrimitives.Max(x, 0f, p);
        TensorPrimitives.Add(p, 0.6f, t);
        TensorPrimitives.Divide(p, t, t);
        TensorPrimitives.Multiply(p, t, t);
        TensorPrimitives.Min(x, 0f, y);
        TensorPrimitives.MultiplyAdd(y, 0.01f, t, y);
    }

    /// <summary>dx = dy · seed'(x).</summary>
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
    {
        Span<float> p = scratch.A[..x.Length];
        Span<float> q = scratch.B[..x.Length];
        TensorPrimitives.Max(x, 0f, p);
        TensorPrimitives.Add(p, 0.6f, q);
        TensorPrimitives.Divide(p, q, q);
        TensorPrimitives.Subtract(2f, q, dx);
        TensorPrimitives.Multiply(q, dx, q);
        Span<int> negative = MemoryMarshal.Cast<float, int>(p);
        TensorPrimitives.ShiftRightArithmetic(MemoryMarshal.Cast<float, int>(x), 31, negative);
        TensorPrimitives.BitwiseAnd(negative, BitConverter.SingleToInt32Bits(0.01f), negative);
        TensorPrimitives.AddMultiply(q, p, dy, dx);
    }
}
