using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// Swish hand-written with vectors, fused. With s = 1/(1 + e^−x): y = x·s and dy/dx = s(1 + x(1 − s)).
/// </summary>
public static class SwishHandVector
{
    /// <summary>y[i] = swish(x[i]).</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y)
    {
        Lengths.Require(x.Length, y.Length);
        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float ys = ref MemoryMarshal.GetReference(y);
        int i = 0;
        if (HandVectorWidth.Use512)
        {
            for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                Vector512<float> v = Vector512.LoadUnsafe(ref xs, (nuint)i);
                (v / (Vector512<float>.One + Vector512.Exp(-v))).StoreUnsafe(ref ys, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                (v / (Vector256<float>.One + Vector256.Exp(-v))).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v / (1f + MathF.Exp(-v));
        }
    }

    /// <summary>dx[i] = dy[i] · swish'(x[i]).</summary>
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
    {
        Lengths.Require(x.Length, dy.Length, dx.Length);
        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float dys = ref MemoryMarshal.GetReference(dy);
        ref float dxs = ref MemoryMarshal.GetReference(dx);
        int i = 0;
        if (HandVectorWidth.Use512)
        {
            for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                Vector512<float> v = Vector512.LoadUnsafe(ref xs, (nuint)i);
                Vector512<float> s = Vector512<float>.One / (Vector512<float>.One + Vector512.Exp(-v));
                Vector512<float> slope = s * (Vector512<float>.One + v * (Vector512<float>.One - s));
                (Vector512.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> s = Vector256<float>.One / (Vector256<float>.One + Vector256.Exp(-v));
                Vector256<float> slope = s * (Vector256<float>.One + v * (Vector256<float>.One - s));
                (Vector256.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            float s = 1f / (1f + MathF.Exp(-v));
            dx[i] = dy[i] * (s * (1f + v * (1f - s)));
        }
    }
}
