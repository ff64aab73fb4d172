using System;
using System.Collections.Generic;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer;

/// <summary>
/// An activation from the library, erased to a non-generic handle so that it can be picked by name at run time.
/// Everything per element stays generic over the kernel struct (see <see cref="Activation{TKernel}"/>).
/// </summary>
public interface IActivation
{
    /// <summary>The lower-case name used on the command line.</summary>
    string Name { get; }

    /// <summary>How hidden layers using this activation are initialized.</summary>
    Initialization Initialization { get; }

    /// <summary>The names of the learnable parameters, in declaration order (empty for a fixed activation).</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The learnable parameters' initial values (the C# default values of the method's parameters).</summary>
    IReadOnlyList<float> InitialParameters { get; }

    /// <summary>The activation at <paramref name="x"/>, with the initial parameters.</summary>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    float Value(float x);

    /// <summary>The activation at <paramref name="x"/> with the given (learned) parameters.</summary>
    /// <param name="x">The input.</param>
    /// <param name="parameters">One value per <see cref="ParameterNames"/> entry.</param>
    /// <returns>f(x; parameters).</returns>
    float Value(float x, ReadOnlySpan<float> parameters);

    /// <summary>The generated derivative at <paramref name="x"/>, with the initial parameters.</summary>
    /// <param name="x">The input.</param>
    /// <returns>f'(x).</returns>
    float Derivative(float x);

    /// <summary>Builds an MLP with this activation after every hidden layer and linear output logits.</summary>
    /// <param name="sizes">Layer widths, input first, classes last (e.g. 784, 256, 128, 10).</param>
    /// <param name="random">Seeded randomness for the initial weights.</param>
    /// <param name="perChannel">
    /// For an activation with learnable parameters, one set of parameters per feature of each hidden layer rather than
    /// one per layer; activations without parameters ignore it.
    /// </param>
    /// <returns>The network.</returns>
    Network CreateNetwork(ReadOnlySpan<int> sizes, Random random, bool perChannel = false);
}
