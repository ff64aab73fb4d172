using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// Mish hand-written with vectors, fused. tanh(softplus(x)) needs no log: with e = eˣ and p = 1 + e,
/// exp(2·softplus(x)) = p², so t = tanh(softplus(x)) = 1 − 2/(p² + 1) — the same tanh-from-exp formula, with the
/// exp of the log cancelled, as a user who knows the identity writes it. y = x·t and
/// dy/dx = t + x(1 − t²)·sigmoid(x), sigmoid(x) = 1 − 1/p (finite where e overflows, unlike e/p).
/// </summary>
public static class MishHandVector
{
    /// <summary>y[i] = mish(x[i]).</summary>
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
                Vector512<float> p = Vector512<float>.One + Vector512.Exp(v);
                Vector512<float> t = Vector512<float>.One - Vector512.Create(2f) / (p * p + Vector512<float>.One);
                (v * t).StoreUnsafe(ref ys, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> p = Vector256<float>.One + Vector256.Exp(v);
                Vector256<float> t = Vector256<float>.One - Vector256.Create(2f) / (p * p + Vector256<float>.One);
                (v * t).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            float p = 1f + MathF.Exp(v);
            y[i] = v * (1f - 2f / (p * p + 1f));
        }
    }

    /// <summary>dx[i] = dy[i] · mish'(x[i]).</summary>
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
                Vector512<float> p = Vector512<float>.One + Vector512.Exp(v);
                Vector512<float> t = Vector512<float>.One - Vector512.Create(2f) / (p * p + Vector512<float>.One);
                Vector512<float> sigmoid = Vector512<float>.One - Vector512<float>.One / p;
                Vector512<float> slope = t + v * (Vector512<float>.One - t * t) * sigmoid;
                (Vector512.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> p = Vector256<float>.One + Vector256.Exp(v);
                Vector256<float> t = Vector256<float>.One - Vector256.Create(2f) / (p * p + Vector256<float>.One);
                Vector256<float> sigmoid = Vector256<float>.One - Vector256<float>.One / p;
                Vector256<float> slope = t + v * (Vector256<float>.One - t * t) * sigmoid;
                (Vector256.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            float p = 1f + MathF.Exp(v);
            float t = 1f - 2f / (p * p + 1f);
            dx[i] = dy[i] * (t + v * (1f - t * t) * (1f - 1f / p));
        }
    }
}
