using System;
using System.Runtime.InteropServices;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// A float buffer whose first element is 64-byte aligned (a cache line, and one Vector512), so that no vector load
/// of any width straddles two cache lines and every implementation sees the same alignment. The array is pinned
/// (allocated on the pinned object heap), so the alignment computed once stays true.
/// </summary>
public sealed class AlignedBuffer
{
    private const int Alignment = 64;
    private readonly float[] array;
    private readonly int offset;

    /// <summary>Allocates <paramref name="length"/> floats, zeroed so that every page is touched before measuring.</summary>
    public AlignedBuffer(int length)
    {
        array = GC.AllocateUninitializedArray<float>(length + Alignment / sizeof(float), pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0).ToInt64();
        offset = (int)((Alignment - address % Alignment) % Alignment) / sizeof(float);
        Length = length;
        Span.Clear();
    }

    /// <summary>The number of floats.</summary>
    public int Length { get; }

    /// <summary>The aligned floats.</summary>
    public Span<float> Span => array.AsSpan(offset, Length);
}
