using System;
using System.Numerics;

namespace DiffGen.Tests.Infrastructure;

/// <summary>Inputs for span-kernel tests: random values mixed with the exact points where branches switch.</summary>
internal static class KernelInputs
{
    /// <summary>The span lengths every kernel is tried with: empty, single, odd, just under a vector multiple, large.</summary>
    public static readonly int[] Lengths = [0, 1, 7, 31, 1000];

    /// <summary>Branch thresholds of the activations, so kernels are also compared on kink inputs.</summary>
    private static readonly double[] Special = [0, -0.6, 6, -3, 3, -1, 1];

    /// <summary>
    /// <paramref name="length"/> values in [<paramref name="min"/>, <paramref name="max"/>] from a fixed seed, every fifth one replaced by a special point.
    /// </summary>
    public static T[] Values<T>(int seed, int length, double min = -6, double max = 6)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            double v = i % 5 == 4 ? Special[i / 5 % Special.Length] : min + (max - min) * random.NextDouble();
            values[i] = T.CreateChecked(v);
        }

        return values;
    }

    /// <summary>
    /// Copies <paramref name="values"/> into the middle of a larger array filled with a sentinel, so a kernel given
    /// <c>array.AsSpan(offset, length)</c> works on an unaligned slice and any write outside it is detectable.
    /// </summary>
    public static T[] Padded<T>(T[] values, int offset, T sentinel)
    {
        var padded = new T[values.Length + offset + 5];
        Array.Fill(padded, sentinel);
        values.CopyTo(padded, offset);
        return padded;
    }
}
