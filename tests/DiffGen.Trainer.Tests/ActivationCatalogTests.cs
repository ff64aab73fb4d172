using System;
using System.Linq;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The name table lists exactly the activations the generator produced kernels for.</summary>
public sealed class ActivationCatalogTests
{
    [Fact]
    public void ListsEveryGeneratedKernel()
    {
        var fixedActivations = typeof(Activations).GetNestedTypes()
            .Where(t => t.IsValueType && t.Name.EndsWith("Kernel", StringComparison.Ordinal) && typeof(IElementwiseFunction<float>).IsAssignableFrom(t))
            .Select(t => t.Name[..^"Kernel".Length].ToLowerInvariant());

        // Methods with [Broadcast] parameters get a parametric kernel struct instead.
        var learnable = typeof(Activations).GetNestedTypes()
            .Where(t => t.IsValueType && t.Name.EndsWith("Kernel", StringComparison.Ordinal) && typeof(IParametricVectorFunction<float>).IsAssignableFrom(t))
            .Select(t => t.Name[..^"Kernel".Length].ToLowerInvariant());
        var generated = fixedActivations.Concat(learnable).OrderBy(n => n);

        Assert.Equal(generated, ActivationCatalog.All.Select(a => a.Name).OrderBy(n => n));
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("SMOOTH")]
    [InlineData("Gelu")]
    [InlineData("swish")]
    [InlineData("mIsH")]
    [InlineData("elu")]
    public void FindsRequiredActivationsIgnoringCase(string name)
    {
        Assert.True(ActivationCatalog.TryFind(name, out var activation));
        Assert.Equal(name.ToLowerInvariant(), activation.Name);
    }

    [Fact]
    public void SmoothIsTheIssuesFormula()
    {
        Assert.True(ActivationCatalog.TryFind("smooth", out var smooth));
        foreach (float x in new[] { -3f, -0.6f, 0f, 0.25f, 4f })
        {
            float expected = x >= 0 ? x * x / (x + 0.6f) : 0.01f * x;
            Assert.Equal(expected, smooth.Value(x), 6);
        }
    }

    [Theory]
    [InlineData("prelu", new[] { "slope" }, new[] { 0.25f })]
    [InlineData("swishbeta", new[] { "beta" }, new[] { 1f })]
    [InlineData("pau", new[] { "a0", "a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4" }, new[] { 0.0335583603f, 0.505000375f, 1.65343934f, 2.01001052f, 0.931901999f, 0.152424124f, 3.30847488e-06f, 3.98021568f, 5.12471206e-07f, 0.301830109f })]
    public void LearnableParametersStartAtTheirDeclaredDefaults(string name, string[] names, float[] initial)
    {
        Assert.True(ActivationCatalog.TryFind(name, out var activation));
        Assert.Equal(names, activation.ParameterNames);
        Assert.Equal(initial, activation.InitialParameters);
    }

    [Fact]
    public void PauStartsCloseToLeakyRelu()
    {
        Assert.True(ActivationCatalog.TryFind("pau", out var pau));
        for (float x = -3f; x <= 3f; x += 0.125f)
        {
            float leaky = x > 0 ? x : 0.01f * x;
            Assert.True(MathF.Abs(pau.Value(x) - leaky) < 0.1f, $"pau({x}) = {pau.Value(x)}, leaky ReLU {leaky}");
        }
    }

    [Fact]
    public void RejectsUnknownName() => Assert.False(ActivationCatalog.TryFind("nope", out _));
}
