using DiffGen.Tests.Functions;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// Derivatives of guarded branches stay finite where the unselected branch is undefined (division by zero, log or
/// sqrt of a negative), as they do in the user's forward function: the derivative must not evaluate both sides and
/// multiply the bad one by zero.
/// </summary>
public sealed class NanSafetyTests
{
    [Fact]
    public void Seed_activation_derivative_is_finite_where_the_other_branch_divides_by_zero()
    {
        Assert.Equal(0.01f, Activations.SmoothDerivative(-0.6f));
        Assert.Equal(0.01, DoubleActivations.SmoothDerivative(-0.6));
        Assert.Equal(0.02f, Activations.SmoothBackward(-0.6f, 2f));

        float[] dx = new float[3];
        Activations.SmoothBackward(new[] { -0.6f, -0.6f, -0.6f }, new[] { 1f, 1f, 1f }, dx);
        Assert.Equal(new[] { 0.01f, 0.01f, 0.01f }, dx);
    }

    [Theory]
    [InlineData(-1f)]
    [InlineData(-0.5f)]
    [InlineData(-1e-30f)]
    [InlineData(0f)]
    [InlineData(float.MinValue)]
    public void Guarded_log_derivative_is_zero_off_its_domain(float x)
    {
        Assert.Equal(0f, KinkFunctions.GuardedLogDerivative(x));
        Assert.Equal(0f, KinkFunctions.GuardedLogBackward(x, 5f));
    }

    [Theory]
    [InlineData(-1f)]
    [InlineData(-4f)]
    [InlineData(-1e-30f)]
    [InlineData(float.MinValue)]
    public void Guarded_sqrt_derivative_is_zero_off_its_domain(float x)
    {
        Assert.Equal(0f, KinkFunctions.GuardedSqrtDerivative(x));
        Assert.Equal(0f, KinkFunctions.GuardedSqrtBackward(x, 5f));
    }

    [Fact]
    public void Guarded_functions_keep_their_textbook_derivative_inside_the_domain()
    {
        Assert.Equal(0.5f, KinkFunctions.GuardedLogDerivative(2f));
        Assert.Equal(0.25f, KinkFunctions.GuardedSqrtDerivative(4f));

        // −0 compares equal to 0, so it selects the guard like +0 does.
        Assert.Equal(0f, KinkFunctions.GuardedLogDerivative(-0f));
    }
}
