using System;

namespace DiffGen.TorchSharp;

/// <summary>
/// Up to eight spans of one length (a <c>[Differentiable]</c> method has at most eight inputs), passed to an
/// <see cref="ITensorKernel{T}"/> without allocating: spans cannot live in an array.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly ref struct KernelSpans<T>
    where T : unmanaged
{
    /// <summary>The most spans one instance holds.</summary>
    public const int MaxCount = 8;

    private readonly Span<T> s0;
    private readonly Span<T> s1;
    private readonly Span<T> s2;
    private readonly Span<T> s3;
    private readonly Span<T> s4;
    private readonly Span<T> s5;
    private readonly Span<T> s6;
    private readonly Span<T> s7;

    /// <summary>Creates an empty list to which <see cref="With"/> appends.</summary>
    public KernelSpans()
    {
    }

    private KernelSpans(KernelSpans<T> before, Span<T> added)
    {
        s0 = before.s0;
        s1 = before.s1;
        s2 = before.s2;
        s3 = before.s3;
        s4 = before.s4;
        s5 = before.s5;
        s6 = before.s6;
        s7 = before.s7;
        Count = before.Count + 1;
        switch (before.Count)
        {
            case 0: s0 = added; break;
            case 1: s1 = added; break;
            case 2: s2 = added; break;
            case 3: s3 = added; break;
            case 4: s4 = added; break;
            case 5: s5 = added; break;
            case 6: s6 = added; break;
            case 7: s7 = added; break;
            default: throw new InvalidOperationException($"A kernel takes at most {MaxCount} spans.");
        }
    }

    /// <summary>How many spans this holds.</summary>
    public int Count { get; }

    /// <summary>The span at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public Span<T> this[int index] => (uint)index < (uint)Count
        ? index switch
        {
            0 => s0,
            1 => s1,
            2 => s2,
            3 => s3,
            4 => s4,
            5 => s5,
            6 => s6,
            _ => s7,
        }
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"This list holds {Count} spans.");

    /// <summary>This list with <paramref name="span"/> appended.</summary>
    /// <param name="span">The next span.</param>
    /// <returns>A list one longer.</returns>
    /// <exception cref="InvalidOperationException">The list already holds <see cref="MaxCount"/> spans.</exception>
    public KernelSpans<T> With(Span<T> span) => new(this, span);
}
