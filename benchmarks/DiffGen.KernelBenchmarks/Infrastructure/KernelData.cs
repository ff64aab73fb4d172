using System;
using System.Collections.Generic;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// The inputs, outputs and temporaries for one problem size, created once per process and shared by every benchmark
/// of that size: every implementation then reads the same bytes at the same addresses, and setting up a case costs
/// nothing after the first.
/// </summary>
public sealed class KernelData
{
    /// <summary>The seed of the input generator, fixed so that every run measures the same data.</summary>
    public const int RandomSeed = 20251127;

    private static readonly Dictionary<int, KernelData> BySize = new();

    private KernelData(int length)
    {
        var random = new Random(RandomSeed);
        X = new AlignedBuffer(length);
        Dy = new AlignedBuffer(length);
        Output = new AlignedBuffer(length);
        Reference = new AlignedBuffer(length);
        A = new AlignedBuffer(length);
        B = new AlignedBuffer(length);
        C = new AlignedBuffer(length);
        Span<float> x = X.Span;
        Span<float> dy = Dy.Span;
        for (int i = 0; i < length; i++)
        {
            // Mixed signs in [−4, 4], so branchy scalar code mispredicts as it would on real activations.
            x[i] = random.NextSingle() * 8f - 4f;
            dy[i] = random.NextSingle() * 2f - 1f;
        }
    }

    /// <summary>Inputs, uniform in [−4, 4).</summary>
    public AlignedBuffer X { get; }

    /// <summary>Upstream gradients, uniform in [−1, 1).</summary>
    public AlignedBuffer Dy { get; }

    /// <summary>The output every benchmark writes (y forward, dx backward).</summary>
    public AlignedBuffer Output { get; }

    /// <summary>Where the agreement check keeps the scalar loop's result.</summary>
    public AlignedBuffer Reference { get; }

    /// <summary>First temporary for the TensorPrimitives compositions.</summary>
    public AlignedBuffer A { get; }

    /// <summary>Second temporary.</summary>
    public AlignedBuffer B { get; }

    /// <summary>Third temporary.</summary>
    public AlignedBuffer C { get; }

    /// <summary>The data for <paramref name="length"/> elements, created on first use.</summary>
    public static KernelData For(int length)
    {
        lock (BySize)
        {
            if (!BySize.TryGetValue(length, out KernelData? data))
            {
                data = new KernelData(length);
                BySize.Add(length, data);
            }

            return data;
        }
    }
}
