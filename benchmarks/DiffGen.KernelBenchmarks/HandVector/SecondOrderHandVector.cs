using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// The closed-form second derivatives of GELU (tanh approximation) and Swish, hand-written with Vector256/Vector512,
/// fused: what the generated <c>FSecondDerivative</c> kernels are compared with.
/// </summary>
/// <remarks>
/// GELU: u = c(x + a·x³), t = tanh u, u' = c(1 + 3a·x²), u'' = 6ac·x; F'' = (1 − t²)(u' + x/2·(u'' − 2t·u'²)).
/// Swish: s = σ(x); F'' = s(1 − s)(2 + x(1 − 2s)).
/// </remarks>
public static class SecondOrderHandVector
{
    private const float C = 0.7978845608f, A = 0.044715f;

    /// <summary>d2[i] = GELU''(x[i]).</summary>
    public static void GeluSecond(ReadOnlySpan<float> x, Span<float> d2)
    {
        Lengths.Require(x.Length, d2.Length);
        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float ys = ref MemoryMarshal.GetReference(d2);
        int i = 0;
        if (HandVectorWidth.Use512)
        {
            for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                Vector512<float> v = Vector512.LoadUnsafe(ref xs, (nuint)i), v2 = v * v;
                Vector512<float> t = VectorTanh.Of(Vector512.Create(C) * (v + Vector512.Create(A) * v2 * v));
                Vector512<float> du = Vector512.Create(C) * (Vector512<float>.One + Vector512.Create(3 * A) * v2);
                Vector512<float> d2u = Vector512.Create(6 * A * C) * v;
                Vector512<float> sech2 = Vector512<float>.One - t * t;
                (sech2 * (du + Vector512.Create(0.5f) * v * (d2u - Vector512.Create(2f) * t * du * du))).StoreUnsafe(ref ys, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i), v2 = v * v;
                Vector256<float> t = VectorTanh.Of(Vector256.Create(C) * (v + Vector256.Create(A) * v2 * v));
                Vector256<float> du = Vector256.Create(C) * (Vector256<float>.One + Vector256.Create(3 * A) * v2);
                Vector256<float> d2u = Vector256.Create(6 * A * C) * v;
                Vector256<float> sech2 = Vector256<float>.One - t * t;
                (sech2 * (du + Vector256.Create(0.5f) * v * (d2u - Vector256.Create(2f) * t * du * du))).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            d2[i] = GeluSecond(x[i]);
        }
    }

    /// <summary>d2[i] = Swish''(x[i]).</summary>
    public static void SwishSecond(ReadOnlySpan<float> x, Span<float> d2)
    {
        Lengths.Require(x.Length, d2.Length);
        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float ys = ref MemoryMarshal.GetReference(d2);
        int i = 0;
        if (HandVectorWidth.Use512)
        {
            for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                Vector512<float> v = Vector512.LoadUnsafe(ref xs, (nuint)i);
                Vector512<float> s = Vector512<float>.One / (Vector512<float>.One + Vector512.Exp(-v));
                (s * (Vector512<float>.One - s) * (Vector512.Create(2f) + v * (Vector512<float>.One - s - s))).StoreUnsafe(ref ys, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> s = Vector256<float>.One / (Vector256<float>.One + Vector256.Exp(-v));
                (s * (Vector256<float>.One - s) * (Vector256.Create(2f) + v * (Vector256<float>.One - s - s))).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float s = 1f / (1f + MathF.Exp(-x[i]));
            d2[i] = s * (1f - s) * (2f + x[i] * (1f - 2f * s));
        }
    }

    private static float GeluSecond(float v)
    {
        float t = MathF.Tanh(C * (v + A * v * v * v));
        float du = C * (1f + 3 * A * v * v), d2u = 6 * A * C * v;
        return (1f - t * t) * (du + 0.5f * v * (d2u - 2f * t * du * du));
    }
}
