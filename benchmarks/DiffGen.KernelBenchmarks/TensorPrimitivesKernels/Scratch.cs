using System;

namespace DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

/// <summary>
/// Temporaries for the TensorPrimitives compositions, allocated once outside the measurement: composing whole-span
/// primitives needs intermediate spans, and allocating them per call would measure the allocator instead.
/// </summary>
public readonly ref struct Scratch
{
    /// <summary>Wraps three temporaries, each at least as long as the input.</summary>
    public Scratch(Span<float> a, Span<float> b, Span<float> c)
    {
        A = a;
        B = b;
        C = c;
    }

    /// <summary>First temporary.</summary>
    public Span<float> A { get; }

    /// <summary>Second temporary.</summary>
    public Span<float> B { get; }

    /// <summary>Third temporary.</summary>
    public Span<float> C { get; }
}
