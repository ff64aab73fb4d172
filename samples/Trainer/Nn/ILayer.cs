using System.Collections.Generic;

namespace DiffGen.Trainer.Nn;

/// <summary>A layer of a feed-forward network, processing a mini-batch of row vectors at a time.</summary>
public interface ILayer
{
    /// <summary>Inputs per sample.</summary>
    int InputSize { get; }

    /// <summary>Outputs per sample.</summary>
    int OutputSize { get; }

    /// <summary>The trainable parameters.</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Computes the outputs for a batch; keeps what the backward pass needs.</summary>
    /// <param name="input">batch × <see cref="InputSize"/>, row-major; must stay unchanged until <see cref="Backward"/>.</param>
    /// <param name="batch">Rows in the batch.</param>
    /// <returns>batch × <see cref="OutputSize"/> (a buffer owned by the layer).</returns>
    float[] Forward(float[] input, int batch);

    /// <summary>Back-propagates: fills the parameter gradients and returns dLoss/dInput (if asked for).</summary>
    /// <param name="outputGradient">dLoss/dOutput, batch × <see cref="OutputSize"/>; may be overwritten.</param>
    /// <param name="inputGradientNeeded">False for the first layer, which saves a matrix multiply.</param>
    /// <returns>dLoss/dInput (a buffer owned by the layer), or null when not needed.</returns>
    float[]? Backward(float[] outputGradient, bool inputGradientNeeded);
}
