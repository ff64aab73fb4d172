using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// GELU (tanh approximation) hand-written with vectors, fused. With u = c(x + kx³) and t = tanh(u):
/// y = ½x(1 + t) and dy/dx = ½(1 + t) + ½x(1 − t²)·c(1 + 3kx²).
/// </summary>
public static class GeluHandVector
{
    private const float C = 0.7978845608f;
    private const float K = 0.044715f;

    /// <summary>y[i] = gelu(x[i]).</summary>
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
                Vector512<float> t = VectorTanh.Of(C * (v + K * v * v * v));
                (0.5f * v * (Vector512<float>.One + t)).StoreUnsafe(ref ys, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> t = VectorTanh.Of(C * (v + K * v * v * v));
                (0.5f * v * (Vector256<float>.One + t)).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = 0.5f * v * (1f + MathF.Tanh(C * (v + K * v * v * v)));
        }
    }

    /// <summary>dx[i] = dy[i] · gelu'(x[i]).</summary>
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
                Vector512<float> v2 = v * v;
                Vector512<float> t = VectorTanh.Of(C * (v + K * v2 * v));
                Vector512<float> du = C * (Vector512<float>.One + (3f * K) * v2);
                Vector512<float> slope = 0.5f * (Vector512<float>.One + t) + 0.5f * v * (Vector512<float>.One - t * t) * du;
                (Vector512.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> v2 = v * v;
                Vector256<float> t = VectorTanh.Of(C * (v + K * v2 * v));
                Vector256<float> du = C * (Vector256<float>.One + (3f * K) * v2);
                Vector256<float> slope = 0.5f * (Vector256<float>.One + t) + 0.5f * v * (Vector256<float>.One - t * t) * du;
                (Vector256.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            float t = MathF.Tanh(C * (v + K * v * v * v));
            dx[i] = dy[i] * (0.5f * (1f + t) + 0.5f * v * (1f - t * t) * C * (1f + 3f * K * v * v));
        }
    }
}
