using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// The seed activation <c>x ≥ 0 ? x²/(x+0.6) : 0.01x</c> hand-written with vectors, fused (one load of each input,
/// one store). Both sides are computed in every lane and <c>ConditionalSelect</c> is the last operation, so the Inf
/// of the untaken side at x = −0.6 is discarded instead of leaking. Backward: with q = x/(x+0.6),
/// d/dx x²/(x+0.6) = x(x+1.2)/(x+0.6)² = q(2 − q), one division per element like the forward.
/// </summary>
public static class SeedHandVector
{
    private const float Shift = 0.6f;
    private const float Slope = 0.01f;

    /// <summary>y[i] = seed(x[i]).</summary>
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
                Vector512<float> positive = v * (v / (v + Vector512.Create(Shift)));
                Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(v, Vector512<float>.Zero), positive, v * Slope).StoreUnsafe(ref ys, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> positive = v * (v / (v + Vector256.Create(Shift)));
                Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(v, Vector256<float>.Zero), positive, v * Slope).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v >= 0 ? v * v / (v + Shift) : Slope * v;
        }
    }

    /// <summary>dx[i] = dy[i] · seed'(x[i]).</summary>
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
                Vector512<float> q = v / (v + Vector512.Create(Shift));
                Vector512<float> slope = Vector512.ConditionalSelect(
                    Vector512.GreaterThanOrEqual(v, Vector512<float>.Zero), q * (Vector512.Create(2f) - q), Vector512.Create(Slope));
                (Vector512.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref xs, (nuint)i);
                Vector256<float> q = v / (v + Vector256.Create(Shift));
                Vector256<float> slope = Vector256.ConditionalSelect(
                    Vector256.GreaterThanOrEqual(v, Vector256<float>.Zero), q * (Vector256.Create(2f) - q), Vector256.Create(Slope));
                (Vector256.LoadUnsafe(ref dys, (nuint)i) * slope).StoreUnsafe(ref dxs, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            float v = x[i];
            float q = v / (v + Shift);
            dx[i] = dy[i] * (v >= 0 ? q * (2f - q) : Slope);
        }
    }
}
