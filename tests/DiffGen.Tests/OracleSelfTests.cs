using System;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using DiffGen.Tests.Oracles;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// Checks of the oracles themselves against known values, so a failure elsewhere points at the generator and
/// not at the test's own error function, finite differences or dual numbers.
/// </summary>
public sealed class OracleSelfTests
{
    // Reference values: the C library erf (IEEE double), independent of the series used here.
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 0.52049987781304654)]
    [InlineData(1.0, 0.84270079294971487)]
    [InlineData(2.0, 0.99532226501895273)]
    [InlineData(-3.0, -0.99997790950300141)]
    [InlineData(4.2, 0.9999999971445058)]
    public void Erf_matches_reference_values(double x, double expected)
    {
        NumericAssert.Close(expected, DoubleActivations.Erf(x), (1e-15, 1e-16), $"erf({x})");
    }

    [Fact]
    public void Registered_erf_derivative_matches_finite_differences()
    {
        foreach (double x in SamplePoints.Grid)
        {
            NumericAssert.Close(FiniteDifference.Central(DoubleActivations.Erf, x), DoubleActivations.ErfPrime(x), Tolerance.FiniteDifference, $"erf'({x:R})");
        }
    }

    [Fact]
    public void Finite_differences_and_dual_numbers_differentiate_a_known_function()
    {
        foreach (double x in SamplePoints.Uniform(seed: 11, count: 200, -5, 5))
        {
            double expected = Math.Exp(x) * (1 + x);
            NumericAssert.Close(expected, FiniteDifference.Central(v => v * Math.Exp(v), x), Tolerance.FiniteDifference, $"(x·eˣ)'({x:R}) by finite differences");
            Dual d = Dual.Variable(x) * Dual.Exp(Dual.Variable(x));
            NumericAssert.Close(expected, d.Derivative, Tolerance.Double, $"(x·eˣ)'({x:R}) by dual numbers");
        }
    }
}
