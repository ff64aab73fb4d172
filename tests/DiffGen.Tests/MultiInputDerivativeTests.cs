using System;
using System.Linq;
using DiffGen.Tests.Infrastructure;
using DiffGen.Tests.Oracles;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The tuple-returning <c>FBackward</c> of several-input activations: every element against the hand-derived partial
/// and against a central difference with respect to that input; and linearity in dy.
/// </summary>
public sealed class MultiInputDerivativeTests
{
    /// <summary>The several-input activation names, as theory data.</summary>
    public static TheoryData<string> Names => MultiInputCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_partials_match_closed_form(string name)
    {
        MultiInputCase c = MultiInputCatalog.ByName[name];
        foreach (double[] v in MultiInputCatalog.Points(c, 2000).Where(v => !c.IsNearKink(v)))
        {
            double[] expected = c.ClosedForm(v);
            double[] actual = c.DoubleBackward(v, 1);
            for (int k = 0; k < c.Arity; k++)
            {
                NumericAssert.Close(expected[k], actual[k], Tolerance.Double, $"∂{name}/∂input{k} at ({string.Join(", ", v)})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_partials_match_closed_form(string name)
    {
        MultiInputCase c = MultiInputCatalog.ByName[name];
        foreach (double[] point in MultiInputCatalog.Points(c, 2000))
        {
            float[] v = point.Select(p => (float)p).ToArray();
            double[] exact = v.Select(p => (double)p).ToArray();
            if (c.IsNearKink(exact))
            {
                continue;
            }

            double[] expected = c.ClosedForm(exact);
            float[] actual = c.FloatBackward(v, 1f);

            // Partials are products like a·x·(1 − tanh²(bx)), where 1 − tanh² carries an absolute (not relative) float
            // error that the other factors then multiply, so the absolute allowance scales with the inputs' magnitude.
            double scale = v.Aggregate(1.0, (product, p) => product * Math.Max(1, Math.Abs(p)));
            var tolerance = (Tolerance.Float.Relative, Tolerance.Float.Absolute * scale);
            for (int k = 0; k < c.Arity; k++)
            {
                NumericAssert.Close(expected[k], actual[k], tolerance, $"∂{name}/∂input{k} at ({string.Join(", ", v)})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_partials_match_central_differences(string name)
    {
        MultiInputCase c = MultiInputCatalog.ByName[name];
        foreach (double[] v in MultiInputCatalog.Points(c, 2000).Where(v => !c.IsNearKink(v)))
        {
            double[] actual = c.DoubleBackward(v, 1);
            for (int k = 0; k < c.Arity; k++)
            {
                double expected = FiniteDifference.Partial(c.Double, v, k);
                NumericAssert.Close(expected, actual[k], Tolerance.FiniteDifference, $"∂{name}/∂input{k} at ({string.Join(", ", v)}) vs finite difference");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Backward_scales_every_partial_by_dy(string name)
    {
        MultiInputCase c = MultiInputCatalog.ByName[name];
        double[] dys = SamplePoints.Uniform(seed: 3, count: 500, -10, 10);
        int i = 0;
        foreach (double[] v in MultiInputCatalog.Points(c, 500))
        {
            double dy = dys[i++];
            double[] unit = c.DoubleBackward(v, 1);
            double[] scaled = c.DoubleBackward(v, dy);
            for (int k = 0; k < c.Arity; k++)
            {
                // dy multiplies a product of several factors, so rounding may differ by an ulp or two from dy·(partial).
                NumericAssert.Close(dy * unit[k], scaled[k], (1e-15, 1e-300), $"{name}Backward(…, dy={dy:R}) input{k}");
            }
        }
    }
}
