using System;
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

    /// <summary>The activation at <paramref name="x"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    float Value(float x);

    /// <summary>The generated derivative at <paramref name="x"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>f'(x).</returns>
    float Derivative(float x);

    /// <summary>Builds an MLP with this activation after every hidden layer and linear output logits.</summary>
    /// <param name="sizes">Layer widths, input first, classes last (e.g. 784, 256, 128, 10).</param>
    /// <param name="random">Seeded randomness for the initial weights.</param>
    /// <returns>The network.</returns>
    Network CreateNetwork(ReadOnlySpan<int> sizes, Random random);
}
