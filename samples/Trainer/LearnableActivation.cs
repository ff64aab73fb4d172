using System;
using System.Collections.Generic;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer;

/// <summary>
/// An activation with learnable parameters: each hidden layer is a linear <see cref="Dense{TActivation}"/> layer
/// followed by a <see cref="LearnableActivationLayer{TFunction}"/> with its own copy of the parameters (or one copy per
/// feature, with <c>perChannel</c>), which Adam trains like the weights.
/// </summary>
/// <typeparam name="TKernel">The generated parametric <c>…Kernel</c> struct of the activation.</typeparam>
public sealed class LearnableActivation<TKernel> : IActivation
    where TKernel : struct, IPerChannelFunction<TKernel, float>
{
    private readonly float[] initial = new float[TKernel.ParameterCount];

    /// <summary>Creates the handle; names and initial values come from the method's declaration.</summary>
    /// <param name="name">The command-line name.</param>
    /// <param name="initialization">Weight initialization of the hidden layers.</param>
    public LearnableActivation(string name, Initialization initialization)
    {
        Name = name;
        Initialization = initialization;
        TKernel.InitialParameters(initial);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public Initialization Initialization { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames => TKernel.ParameterNames;

    /// <inheritdoc/>
    public IReadOnlyList<float> InitialParameters => initial;

    /// <inheritdoc/>
    public float Value(float x) => TKernel.Create(initial).Value(x);

    /// <inheritdoc/>
    public float Derivative(float x)
    {
        // The backward driver on one element with dy = 1 (the parameters' gradients are not needed here).
        Span<float> dx = stackalloc float[1];
        Span<float> parameterGradients = stackalloc float[TKernel.ParameterCount];
        Elementwise<float>.Backward(TKernel.Create(initial), [x], [1f], dx, parameterGradients);
        return dx[0];
    }

    /// <inheritdoc/>
    public float Value(float x, ReadOnlySpan<float> parameters) => TKernel.Create(parameters).Value(x);

    /// <inheritdoc/>
    public Network CreateNetwork(ReadOnlySpan<int> sizes, Random random, bool perChannel = false)
    {
        if (sizes.Length < 2)
        {
            throw new ArgumentException("A network needs at least an input and an output size.", nameof(sizes));
        }

        var layers = new List<ILayer>();
        for (int i = 0; i < sizes.Length - 2; i++)
        {
            layers.Add(new Dense<Identity>(sizes[i], sizes[i + 1], Initialization, random));
            layers.Add(new LearnableActivationLayer<TKernel>(sizes[i + 1], perChannel));
        }

        layers.Add(new Dense<Identity>(sizes[^2], sizes[^1], Initialization.Xavier, random));
        return new Network(layers);
    }
}
