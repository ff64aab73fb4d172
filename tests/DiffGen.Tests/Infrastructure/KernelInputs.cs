using System;
using System.Linq;
using System.Numerics;

namespace DiffGen.Tests.Infrastructure;

/// <summary>Inputs for span-kernel tests: random values mixed with the exact points where branches switch.</summary>
internal static class KernelInputs
{
    /// <summary>
    /// The span lengths every kernel is tried with: every length from 0 to 100, so each vector width (2 to 16 lanes)
    /// runs with every remainder for the scalar tail, once and several times over; and 1000, a long run.
    /// </summary>
    public static readonly int[] Lengths = [.. Enumerable.Range(0, 101), 1000];

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
    /// Inputs far outside the activations' usual range, where transcendentals overflow, underflow or saturate:
    /// signed zeros, subnormals, the overflow thresholds of Exp (≈ 88.7 for float, ≈ 709.8 for double), the extreme
    /// finite values, the infinities and NaN.
    /// </summary>
    public static T[] Extremes<T>()
        where T : IFloatingPointIeee754<T>
    {
        double overflow = typeof(T) == typeof(float) ? 88.72 : 709.78;
        double[] magnitudes = [1e-30, 1e-7, 0.5, 8, 15, 20, 30, 44, 50, 100, overflow - 0.01, overflow, overflow + 0.01, 1e4];
        T max = T.CreateChecked(typeof(T) == typeof(float) ? float.MaxValue : double.MaxValue);
        T[] special = [T.Zero, -T.Zero, T.Epsilon, -T.Epsilon, max, -max, T.PositiveInfinity, T.NegativeInfinity, T.NaN];
        return [.. special, .. magnitudes.Select(m => T.CreateChecked(m)), .. magnitudes.Select(m => -T.CreateChecked(m))];
    }

    /// <summary>
    /// Copies <paramref name="values"/> into the middle of a larger array filled with a sentinel, so a kernel given
    /// <c>array.AsSpan(offset, length)</c> works on an unaligned slice and any write outside it is detectable. The
    /// 16 sentinels after the slice cover the longest overrun a vector store could make (a Vector512 of floats).
    /// </summary>
    public static T[] Padded<T>(T[] values, int offset, T sentinel)
    {
        var padded = new T[values.Length + offset + 16];
        Array.Fill(padded, sentinel);
        values.CopyTo(padded, offset);
        return padded;
    }
}
