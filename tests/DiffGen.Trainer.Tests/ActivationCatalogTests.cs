using System;
using System.Linq;
using System.Reflection;
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

        // Methods with learnable parameters take more than one input, so they have no single-input kernel struct.
        var learnable = typeof(Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is not null && m.GetParameters().Length > 1)
            .Select(m => m.Name.ToLowerInvariant());
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
    public void LearnableParametersStartAtTheirDeclaredDefaults(string name, string[] names, float[] initial)
    {
        Assert.True(ActivationCatalog.TryFind(name, out var activation));
        Assert.Equal(names, activation.ParameterNames);
        Assert.Equal(initial, activation.InitialParameters);
    }

    [Fact]
    public void RejectsUnknownName() => Assert.False(ActivationCatalog.TryFind("nope", out _));
}
