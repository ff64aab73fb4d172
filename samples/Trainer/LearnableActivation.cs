using System;
using System.Collections.Generic;
using DiffGen.Trainer.Learnable;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer;

/// <summary>
/// An activation with learnable parameters: each hidden layer is a linear <see cref="Dense{TActivation}"/> layer
/// followed by a <see cref="LearnableActivationLayer{TFunction}"/> with its own copy of the parameters, which Adam
/// trains like the weights.
/// </summary>
/// <typeparam name="TFunction">The activation.</typeparam>
public sealed class LearnableActivation<TFunction> : IActivation
    where TFunction : struct, ILearnableFunction
{
    private readonly float[] initial;

    /// <summary>Creates the handle; names and initial values come from the method's declaration.</summary>
    /// <param name="name">The command-line name.</param>
    /// <param name="initialization">Weight initialization of the hidden layers.</param>
    public LearnableActivation(string name, Initialization initialization)
    {
        Name = name;
        Initialization = initialization;
        (string[] names, initial) = LearnableParameters.Of(default(TFunction).MethodName);
        ParameterNames = names;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public Initialization Initialization { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <inheritdoc/>
    public IReadOnlyList<float> InitialParameters => initial;

    /// <inheritdoc/>
    public float Value(float x) => default(TFunction).Value(x, initial);

    /// <inheritdoc/>
    public float Derivative(float x) => default(TFunction).Derivative(x, initial);

    /// <inheritdoc/>
    public float Value(float x, ReadOnlySpan<float> parameters) => default(TFunction).Value(x, parameters);

    /// <inheritdoc/>
    public Network CreateNetwork(ReadOnlySpan<int> sizes, Random random)
    {
        if (sizes.Length < 2)
        {
            throw new ArgumentException("A network needs at least an input and an output size.", nameof(sizes));
        }

        var layers = new List<ILayer>();
        for (int i = 0; i < sizes.Length - 2; i++)
        {
            layers.Add(new Dense<Identity>(sizes[i], sizes[i + 1], Initialization, random));
            layers.Add(new LearnableActivationLayer<TFunction>(sizes[i + 1], initial));
        }

        layers.Add(new Dense<Identity>(sizes[^2], sizes[^1], Initialization.Xavier, random));
        return new Network(layers);
    }
}
