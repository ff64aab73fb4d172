using System;
using System.Collections.Generic;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer;

/// <summary>The one generic instantiation per activation: the hidden layers become <c>Dense&lt;TKernel&gt;</c>.</summary>
/// <typeparam name="TKernel">A generated <c>…Kernel</c> struct.</typeparam>
/// <param name="name">The command-line name.</param>
/// <param name="initialization">Weight initialization of the hidden layers.</param>
public sealed class Activation<TKernel>(string name, Initialization initialization) : IActivation
    where TKernel : struct, IElementwiseFunction<float>
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public Initialization Initialization { get; } = initialization;

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames => Array.Empty<string>();

    /// <inheritdoc/>
    public IReadOnlyList<float> InitialParameters => Array.Empty<float>();

    /// <inheritdoc/>
    public float Value(float x) => default(TKernel).Value(x);

    /// <inheritdoc/>
    public float Value(float x, ReadOnlySpan<float> parameters) => Value(x);

    /// <inheritdoc/>
    public float Derivative(float x) => default(TKernel).Derivative(x);

    /// <inheritdoc/>
    public Network CreateNetwork(ReadOnlySpan<int> sizes, Random random, bool perChannel = false)
    {
        if (sizes.Length < 2)
        {
            throw new ArgumentException("A network needs at least an input and an output size.", nameof(sizes));
        }

        var layers = new ILayer[sizes.Length - 1];
        for (int i = 0; i < layers.Length - 1; i++)
        {
            layers[i] = new Dense<TKernel>(sizes[i], sizes[i + 1], Initialization, random);
        }

        layers[^1] = new Dense<Identity>(sizes[^2], sizes[^1], Initialization.Xavier, random);
        return new Network(layers);
    }
}
