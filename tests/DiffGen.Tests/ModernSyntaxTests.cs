using System;
using DiffGen.Tests.Functions;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// Switch, patterns, local functions, generic math and assigned parameters give the derivatives of their
/// closed forms, the conventions of the <c>?:</c> spellings at thresholds, and NaN-safe span kernels.
/// </summary>
public sealed class ModernSyntaxTests
{
    private static readonly float[] Points = { -5f, -3f, -2.5f, -1f, -0.25f, 0f, 0.25f, 1f, 2.5f, 3f, 5f };

    [Fact]
    public void Switch_spelling_matches_the_conditional_twin_everywhere_including_the_threshold()
    {
        foreach (float x in Points)
        {
            Assert.Equal(Activations.LeakyReluDerivative(x), ModernSyntaxFunctions.LeakyReluSwitchDerivative(x));
        }

        // NaN goes to the discard arm, as in C#: slope 0.01, like the twin's else side.
        Assert.Equal(0.01f, ModernSyntaxFunctions.LeakyReluSwitchDerivative(float.NaN));
    }

    [Fact]
    public void Derivatives_match_closed_forms()
    {
        foreach (float x in Points)
        {
            float hardSigmoid = x <= -3f || x >= 3f ? 0f : 1f / 6f;
            Assert.Equal(hardSigmoid, ModernSyntaxFunctions.HardSigmoidSwitchDerivative(x), 6);

            double sigmoid = 1 / (1 + Math.Exp(-x));
            Assert.Equal(sigmoid, ModernSyntaxFunctions.SoftplusGenericDerivative(x), 5);
            Assert.Equal(sigmoid * (1 + (x * (1 - sigmoid))), ModernSyntaxFunctions.SiluLocalDerivative(x), 5);
            Assert.Equal(x < 0 ? Math.Exp(x) : 1.0, ModernSyntaxFunctions.EluAssignedDerivative(x), 14);
        }
    }

    [Fact]
    public void Span_kernels_are_NaN_safe_and_equal_the_scalar_derivative()
    {
        float[] xs = new float[37];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = i % 5 == 0 ? float.NaN : Points[i % Points.Length];
        }

        float[] dy = new float[xs.Length];
        Array.Fill(dy, 1f);
        float[] dx = new float[xs.Length];
        ModernSyntaxFunctions.HardSigmoidSwitchBackward(xs, dy, dx);
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.Equal(ModernSyntaxFunctions.HardSigmoidSwitchDerivative(xs[i]), dx[i]);
        }

        ModernSyntaxFunctions.LeakyReluSwitchBackward(xs, dy, dx);
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.Equal(ModernSyntaxFunctions.LeakyReluSwitchDerivative(xs[i]), dx[i]);
        }
    }
}
