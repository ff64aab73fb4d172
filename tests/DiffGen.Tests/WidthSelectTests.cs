using System;
using System.Collections.Generic;
using System.Numerics;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// <see cref="IVector{TSelf, T}.ConditionalSelect"/> at every width (<see cref="Vec128{T}"/>, <see cref="Vec256{T}"/>,
/// <see cref="Vec512{T}"/>), on the masks generated vector bodies pass it (comparisons, their <c>&amp;</c>, <c>|</c>
/// and <c>~</c>, <see cref="IVector{TSelf, T}.Zero"/> and <see cref="IVector{TSelf, T}.AllBitsSet"/>): every lane must
/// be, bit for bit, what <c>condition ? a : b</c> gives for that lane, NaN payloads, infinities and signed zeros
/// included. Vec128 and Vec256 select with one <c>blendv</c> on x86 without AVX-512 (its operands in another order than
/// <c>ConditionalSelect</c>'s); Vec512 keeps <c>Vector512.ConditionalSelect</c>.
/// </summary>
public sealed class WidthSelectTests
{
    private static readonly float[] Floats =
    [
        float.NaN, BitConverter.UInt32BitsToSingle(0x7FC01234), BitConverter.UInt32BitsToSingle(0xFFC00001), float.NegativeInfinity,
        -2.5f, -0.6f, -0.0f, 0.0f, 1e-45f, 0.5f, 3f, float.PositiveInfinity,
    ];

    private static readonly double[] Doubles =
    [
        double.NaN, BitConverter.UInt64BitsToDouble(0x7FF8000000001234), BitConverter.UInt64BitsToDouble(0xFFF8000000000001),
        double.NegativeInfinity, -2.5, -0.6, -0.0, 0.0, double.Epsilon, 0.5, 3, double.PositiveInfinity,
    ];

    [Fact]
    public void Float_selects_take_each_lane_whole_from_its_side_at_every_width()
    {
        SelectsLanes<Vec128<float>, float>(Floats);
        SelectsLanes<Vec256<float>, float>(Floats);
        SelectsLanes<Vec512<float>, float>(Floats);
    }

    [Fact]
    public void Double_selects_take_each_lane_whole_from_its_side_at_every_width()
    {
        SelectsLanes<Vec128<double>, double>(Doubles);
        SelectsLanes<Vec256<double>, double>(Doubles);
        SelectsLanes<Vec512<double>, double>(Doubles);
    }

    // Every pair (a, b) of the values sits in some lane of some vector, so each comparison meets every ordering,
    // NaN and signed zero in each lane position.
    private static void SelectsLanes<V, T>(T[] values)
        where V : struct, IVector<V, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var pairs = new List<(T A, T B)>();
        foreach (T a in values)
        {
            foreach (T b in values)
            {
                pairs.Add((a, b));
            }
        }

        int count = V.Count;
        var left = new T[count];
        var right = new T[count];
        var result = new T[count];
        for (int start = 0; start < pairs.Count; start += count)
        {
            for (int lane = 0; lane < count; lane++)
            {
                (left[lane], right[lane]) = pairs[(start + lane) % pairs.Count];
            }

            V a = V.Load(ref left[0], 0);
            V b = V.Load(ref right[0], 0);
            var cases = new (string Name, V Mask, Func<T, T, bool> Condition)[]
            {
                ("a < b", V.LessThan(a, b), (x, y) => x < y),
                ("a <= b", V.LessThanOrEqual(a, b), (x, y) => x <= y),
                ("a > b", V.GreaterThan(a, b), (x, y) => x > y),
                ("a >= b", V.GreaterThanOrEqual(a, b), (x, y) => x >= y),
                ("a == b", V.Equal(a, b), (x, y) => x == y),
                ("a != b", ~V.Equal(a, b), (x, y) => x != y),
                ("a > 0 && b > 0", V.GreaterThan(a, V.Zero) & V.GreaterThan(b, V.Zero), (x, y) => x > T.Zero && y > T.Zero),
                ("a < 0 || b < 0", V.LessThan(a, V.Zero) | V.LessThan(b, V.Zero), (x, y) => x < T.Zero || y < T.Zero),
                ("false", V.Zero, (_, _) => false),
                ("true", V.AllBitsSet, (_, _) => true),
            };
            foreach (var c in cases)
            {
                V.Store(V.ConditionalSelect(c.Mask, a, b), ref result[0], 0);
                for (int lane = 0; lane < count; lane++)
                {
                    T expected = c.Condition(left[lane], right[lane]) ? left[lane] : right[lane];
                    Assert.True(
                        Bits(expected) == Bits(result[lane]),
                        $"{typeof(V).Name}, {c.Name} ? a : b, lane {lane}, a = {left[lane]}, b = {right[lane]}: expected {expected} (0x{Bits(expected):X}), got {result[lane]} (0x{Bits(result[lane]):X})");
                }
            }
        }
    }

    private static ulong Bits<T>(T value)
        where T : unmanaged
        => value switch
        {
            float f => BitConverter.SingleToUInt32Bits(f),
            double d => BitConverter.DoubleToUInt64Bits(d),
            _ => throw new NotSupportedException(typeof(T).Name),
        };
}
