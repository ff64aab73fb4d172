using CsCheck;
using DiffGen.Tests.Infrastructure;
using DiffGen.Tests.Oracles;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The generated <c>FDerivative</c> and <c>FBackward</c> of every one-input activation, against the hand-derived
/// closed form and against central finite differences, away from kinks.
/// </summary>
public sealed class DerivativeTests
{
    /// <summary>The activation names, as theory data.</summary>
    public static TheoryData<string> Names => ActivationCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_derivative_matches_closed_form(string name)
    {
        ActivationCase c = ActivationCatalog.ByName[name];
        foreach (double x in SamplePoints.Grid)
        {
            if (!c.IsNearKink(x))
            {
                NumericAssert.Close(c.ClosedForm(x), c.Double.Derivative(x), Tolerance.Double, $"{name}'({x:R})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_derivative_matches_closed_form(string name)
    {
        ActivationCase c = ActivationCatalog.ByName[name];
        foreach (double grid in SamplePoints.Grid)
        {
            float x = (float)grid;
            if (!c.IsNearKink(x))
            {
                NumericAssert.Close(c.ClosedForm(x), c.Single.Derivative(x), Tolerance.Float, $"{name}'({x:R}f)");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_derivative_matches_central_differences(string name)
    {
        ActivationCase c = ActivationCatalog.ByName[name];
        foreach (double x in SamplePoints.Grid)
        {
            if (!c.IsNearKink(x))
            {
                double expected = FiniteDifference.Central(c.Double.Function, x);
                NumericAssert.Close(expected, c.Double.Derivative(x), Tolerance.FiniteDifference, $"{name}'({x:R}) vs finite difference");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_backward_is_dy_times_derivative(string name)
    {
        ActivationCase c = ActivationCatalog.ByName[name];
        Gen.Select(Gen.Float[-6f, 6f], Gen.Float[-10f, 10f]).Sample((x, dy) =>
        {
            float expected = dy * c.Single.Derivative(x);
            NumericAssert.WithinUlps(expected, c.Single.Backward(x, dy), 1, $"{name}Backward({x:R}f, {dy:R}f)");
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_backward_is_dy_times_derivative(string name)
    {
        ActivationCase c = ActivationCatalog.ByName[name];
        Gen.Select(Gen.Double[-6, 6], Gen.Double[-10, 10]).Sample((x, dy) =>
        {
            double expected = dy * c.Double.Derivative(x);
            NumericAssert.WithinUlps(expected, c.Double.Backward(x, dy), 1, $"{name}Backward({x:R}, {dy:R})");
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_and_double_functions_agree(string name)
    {
        // The float and double classes are written separately; this guards against a typo making one of them a
        // different function, which would make the double-based finite-difference check say nothing about floats.
        ActivationCase c = ActivationCatalog.ByName[name];
        foreach (double grid in SamplePoints.Grid)
        {
            float x = (float)grid;
            NumericAssert.Close(c.Double.Function(x), c.Single.Function(x), Tolerance.Float, $"{name}({x:R}f)");
        }
    }
}
