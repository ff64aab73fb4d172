using System;
using DiffGen.Tests.Functions;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The documented derivative conventions at non-differentiable points: the selected branch at a threshold,
/// Abs′(0) = 0, Max/Min ties, Clamp bounds, Pow at base 0, and zero derivatives of piecewise-constant functions.
/// </summary>
public sealed class KinkConventionTests
{
    [Fact]
    public void Relu_derivative_at_zero_is_zero_for_both_spellings()
    {
        Assert.Equal(0f, Activations.ReluMaxDerivative(0f));
        Assert.Equal(0f, Activations.ReluTernaryDerivative(0f));
        Assert.Equal(0.0, DoubleActivations.ReluMaxDerivative(0.0));
        Assert.Equal(0.0, DoubleActivations.ReluTernaryDerivative(0.0));
        Assert.Equal(0f, KinkFunctions.MaxWithZeroSecondDerivative(0f));
    }

    [Fact]
    public void Non_strict_threshold_takes_the_selected_branch()
    {
        Assert.Equal(1f, Activations.ReluGeDerivative(0f));
        Assert.Equal(1.0, DoubleActivations.ReluGeDerivative(0.0));
        Assert.Equal(0.01f, Activations.LeakyReluDerivative(0f));
        Assert.Equal(1f, Activations.HardSwishDerivative(3f));
        Assert.Equal(0f, Activations.HardSwishDerivative(-3f));

        // The selected branch of the seed activation at 0 is x²/(x + 0.6), whose slope at 0 is 0, not the 0.01 of the other side.
        Assert.Equal(0f, Activations.SmoothDerivative(0f));
    }

    [Fact]
    public void Abs_derivative_at_zero_is_zero()
    {
        Assert.Equal(0f, KinkFunctions.AbsOfDerivative(0f));
        Assert.Equal(0f, KinkFunctions.AbsOfDerivative(-0f));
        Assert.Equal(1f, KinkFunctions.AbsOfDerivative(2f));
        Assert.Equal(-1f, KinkFunctions.AbsOfDerivative(-2f));
    }

    [Fact]
    public void Max_tie_between_inputs_splits_the_gradient_evenly()
    {
        Assert.Equal((2f, 2f), KinkFunctions.MaxPairBackward(1.5f, 1.5f, 4f));
        Assert.Equal((0.5, 0.5), KinkFunctions.MaxPairDoubleBackward(-3, -3, 1));
        Assert.Equal((1f, 0f), KinkFunctions.MaxPairBackward(2f, 1f, 1f));
        Assert.Equal((0f, 1f), KinkFunctions.MaxPairBackward(1f, 2f, 1f));
    }

    [Fact]
    public void Min_tie_between_inputs_splits_the_gradient_evenly()
    {
        Assert.Equal((0.5, 0.5), KinkFunctions.MinPairBackward(0, 0, 1));
        Assert.Equal((1.0, 0.0), KinkFunctions.MinPairBackward(1, 2, 1));
        Assert.Equal((0.0, -3.0), KinkFunctions.MinPairBackward(2, 1, -3));
    }

    [Fact]
    public void Clamp_derivative_is_zero_at_and_beyond_constant_bounds()
    {
        Assert.Equal(0f, KinkFunctions.ClampUnitDerivative(-1f));
        Assert.Equal(0f, KinkFunctions.ClampUnitDerivative(1f));
        Assert.Equal(0f, KinkFunctions.ClampUnitDerivative(-2f));
        Assert.Equal(0f, KinkFunctions.ClampUnitDerivative(2f));
        Assert.Equal(1f, KinkFunctions.ClampUnitDerivative(0.5f));
    }

    [Fact]
    public void Relu6_derivative_is_zero_at_both_bounds()
    {
        Assert.Equal(0f, Activations.Relu6Derivative(0f));
        Assert.Equal(0f, Activations.Relu6Derivative(6f));
        Assert.Equal(0.0, DoubleActivations.Relu6Derivative(6.0));
        Assert.Equal(1f, Activations.Relu6Derivative(3f));
        Assert.Equal(0f, Activations.HardSigmoidDerivative(3f));
        Assert.Equal(0f, Activations.HardSigmoidDerivative(-3f));
    }

    [Fact]
    public void Clamp_gradient_goes_to_the_bound_that_is_hit()
    {
        Assert.Equal((0.0, 2.0, 0.0), KinkFunctions.ClampBetweenBackward(-1, -1, 1, 2));
        Assert.Equal((0.0, 0.0, 2.0), KinkFunctions.ClampBetweenBackward(1, -1, 1, 2));
        Assert.Equal((0.0, 2.0, 0.0), KinkFunctions.ClampBetweenBackward(-5, -1, 1, 2));
        Assert.Equal((0.0, 0.0, 2.0), KinkFunctions.ClampBetweenBackward(5, -1, 1, 2));
        Assert.Equal((2.0, 0.0, 0.0), KinkFunctions.ClampBetweenBackward(0.25, -1, 1, 2));
    }

    [Fact]
    public void Clamp_with_a_nan_bound_is_differentiated_as_math_clamp_evaluates_it()
    {
        // Found by the CsCheck property (seed 7mWq4aNshf73): the generated code spelled Clamp as Min(Max(...)),
        // which is NaN here where Math.Clamp returns x, so the gradient of x / x came out NaN instead of 0.
        Assert.Equal(1f, KinkFunctions.ClampOverUpper(0.84f, float.NaN));
        Assert.Equal((0f, 0f), KinkFunctions.ClampOverUpperBackward(0.84f, float.NaN, 1f));
    }

    [Fact]
    public void Pow_exponent_gradient_is_zero_at_base_zero()
    {
        Assert.Equal(0f, KinkFunctions.PowOfBackward(0f, 2f, 1f).de);
        Assert.Equal(0f, KinkFunctions.PowOfBackward(0f, 0.5f, 1f).de);
        Assert.Equal(0.0, KinkFunctions.PowOfDoubleBackward(0, 0, 1).de);
        Assert.Equal(0.0, KinkFunctions.PowOfDoubleBackward(0, 3, 1).da);
        Assert.Equal(1.0, KinkFunctions.PowOfDoubleBackward(0, 1, 1).da);
    }

    [Fact]
    public void Pow_gradients_away_from_zero_are_the_textbook_ones()
    {
        (double da, double de) = KinkFunctions.PowOfDoubleBackward(2, 3, 1);
        Assert.Equal(12.0, da, 1e-12);
        Assert.Equal(8 * Math.Log(2), de, 1e-12);
    }

    [Fact]
    public void Pow_base_gradient_at_exponent_zero_is_zero()
    {
        // a⁰ is the constant 1 for every a, so ∂/∂a is 0 everywhere, base 0 included (PyTorch masks exponent == 0
        // for this reason); e·a^(e−1) evaluated literally gives 0·∞ = NaN there.
        Assert.Equal(0.0, KinkFunctions.PowOfDoubleBackward(0, 0, 1).da);
        Assert.Equal(0f, KinkFunctions.PowOfBackward(0f, 0f, 1f).da);
    }

    [Theory]
    [InlineData(-2.5)]
    [InlineData(-1.0)]
    [InlineData(-0.5)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.5)]
    [InlineData(3.0)]
    public void Piecewise_constant_functions_have_zero_derivative(double x)
    {
        float f = (float)x;
        Assert.Equal(0f, KinkFunctions.FloorOfDerivative(f));
        Assert.Equal(0f, KinkFunctions.CeilingOfDerivative(f));
        Assert.Equal(0f, KinkFunctions.RoundOfDerivative(f));
        Assert.Equal(0.0, KinkFunctions.TruncateOfDerivative(x));
        Assert.Equal(0f, KinkFunctions.SignOfDerivative(f));
        Assert.Equal(0f, KinkFunctions.SignOfBackward(f, 3f));
    }

    [Theory]
    [InlineData(-2.25)]
    [InlineData(0.75)]
    [InlineData(4.5)]
    public void Zero_derivative_of_floor_still_lets_the_product_rule_through(double x)
    {
        Assert.Equal(Math.Floor(x), KinkFunctions.TimesFloorDerivative(x));
    }
}
