using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DiffGen.KernelBenchmarks.HandVector;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// The memory-traffic floor of an elementwise kernel. Forward: <c>x.CopyTo(y)</c>, which reads N floats and writes
/// N (what y = f(x) must move). Backward: a 2-input, 1-output stream that loads x and dy once and stores dx once,
/// combining them with one bitwise OR per vector, so the memory traffic is exactly that of dx = dy · f'(x) and the
/// ALU work is nil. Two <c>CopyTo</c> calls would not do: they write dx twice (16 bytes per element, not 12).
/// </summary>
public static class CopyKernels
{
    /// <summary>dx[i] = bits(x[i]) | bits(dy[i]), at the hand-written kernels' vector width.</summary>
    public static void ReadTwoWriteOne(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
    {
        if (dy.Length != x.Length || dx.Length != x.Length)
        {
            throw new ArgumentException("All spans must have the same length.");
        }

        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float dys = ref MemoryMarshal.GetReference(dy);
        ref float dxs = ref MemoryMarshal.GetReference(dx);
        int i = 0;
        if (HandVectorWidth.Use512)
        {
            for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                (Vector512.LoadUnsafe(ref xs, (nuint)i) | Vector512.LoadUnsafe(ref dys, (nuint)i)).StoreUnsafe(ref dxs, (nuint)i);
            }
        }
        else
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                (Vector256.LoadUnsafe(ref xs, (nuint)i) | Vector256.LoadUnsafe(ref dys, (nuint)i)).StoreUnsafe(ref dxs, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            dx[i] = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(x[i]) | BitConverter.SingleToInt32Bits(dy[i]));
        }
    }
}
