using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Oracles;
using Xunit;

namespace DiffGen.Tests.Infrastructure;

/// <summary>The several-input activations, bound to their generated <c>FBackward</c> and hand-derived partials.</summary>
internal static class MultiInputCatalog
{
    /// <summary>All cases, by name.</summary>
    public static readonly IReadOnlyDictionary<string, MultiInputCase> ByName = new MultiInputCase[]
    {
        new("PRelu",
            v => DoubleActivations.PRelu(v[0], v[1]),
            (v, dy) => Spread(DoubleActivations.PReluBackward(v[0], v[1], dy)),
            (v, dy) => Spread(Activations.PReluBackward(v[0], v[1], dy)),
            v => ClosedForms.PRelu(v[0], v[1]),
            v => Math.Abs(v[0]) < 1e-3,
            Min: [-6, -1], Max: [6, 1]),
        new("SwishBeta",
            v => DoubleActivations.SwishBeta(v[0], v[1]),
            (v, dy) => Spread(DoubleActivations.SwishBetaBackward(v[0], v[1], dy)),
            (v, dy) => Spread(Activations.SwishBetaBackward(v[0], v[1], dy)),
            v => ClosedForms.SwishBeta(v[0], v[1]),
            _ => false,
            Min: [-6, -3], Max: [6, 3]),
        new("ScaledTanh",
            v => DoubleActivations.ScaledTanh(v[0], v[1], v[2]),
            (v, dy) => Spread(DoubleActivations.ScaledTanhBackward(v[0], v[1], v[2], dy)),
            (v, dy) => Spread(Activations.ScaledTanhBackward(v[0], v[1], v[2], dy)),
            v => ClosedForms.ScaledTanh(v[0], v[1], v[2]),
            _ => false,
            Min: [-6, -3, -2], Max: [6, 3, 2]),
    }.ToDictionary(c => c.Name);

    /// <summary>The case names, as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string name in ByName.Keys.Order())
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Fixed-seed points inside the case's box, as doubles.</summary>
    public static IEnumerable<double[]> Points(MultiInputCase c, int count)
    {
        var random = new Random(7919 * c.Arity + c.Name.Length);
        for (int i = 0; i < count; i++)
        {
            yield return Enumerable.Range(0, c.Arity).Select(k => c.Min[k] + (c.Max[k] - c.Min[k]) * random.NextDouble()).ToArray();
        }
    }

    private static T[] Spread<T>((T, T) g) => [g.Item1, g.Item2];

    private static T[] Spread<T>((T, T, T) g) => [g.Item1, g.Item2, g.Item3];
}
