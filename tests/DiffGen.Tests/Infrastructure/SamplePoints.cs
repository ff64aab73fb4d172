using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Tests.Infrastructure;

/// <summary>Deterministic input points for the numerical tests.</summary>
internal static class SamplePoints
{
    /// <summary>
    /// A grid over [−6, 6] with step 0.01 (so it lands on and next to every kink, which callers filter), plus
    /// fixed-seed uniform points that are not on any grid.
    /// </summary>
    public static IReadOnlyList<double> Grid { get; } = BuildGrid();

    /// <summary>Fixed-seed uniform values in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double[] Uniform(int seed, int count, double min, double max)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => min + (max - min) * random.NextDouble()).ToArray();
    }

    private static double[] BuildGrid() =>
        Enumerable.Range(0, 1201).Select(i => -6 + i * 0.01).Concat(Uniform(seed: 20240611, count: 300, -6, 6)).ToArray();
}
