using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Trainer.Nn;

/// <summary>A multilayer perceptron: a stack of layers ending in class logits, trained with softmax cross-entropy.</summary>
public sealed class Network
{
    /// <summary>Creates the network from its layers (each layer's input size must match the previous output size).</summary>
    /// <param name="layers">The layers, input first.</param>
    public Network(IReadOnlyList<ILayer> layers)
    {
        for (int i = 1; i < layers.Count; i++)
        {
            if (layers[i].InputSize != layers[i - 1].OutputSize)
            {
                throw new ArgumentException($"Layer {i} takes {layers[i].InputSize} inputs, layer {i - 1} gives {layers[i - 1].OutputSize}.", nameof(layers));
            }
        }

        Layers = layers;
        Parameters = layers.SelectMany(l => l.Parameters).ToArray();
    }

    /// <summary>The layers, input first.</summary>
    public IReadOnlyList<ILayer> Layers { get; }

    /// <summary>All trainable parameters.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Number of inputs per sample.</summary>
    public int InputSize => Layers[0].InputSize;

    /// <summary>Number of classes.</summary>
    public int ClassCount => Layers[^1].OutputSize;

    /// <summary>Computes the logits of a batch.</summary>
    /// <param name="input">batch × <see cref="InputSize"/>.</param>
    /// <param name="batch">Rows.</param>
    /// <returns>batch × <see cref="ClassCount"/> logits (a buffer owned by the last layer).</returns>
    public float[] Forward(float[] input, int batch)
    {
        float[] x = input;
        foreach (var layer in Layers)
        {
            x = layer.Forward(x, batch);
        }

        return x;
    }

    /// <summary>Back-propagates dLoss/dLogits through every layer, filling the parameter gradients.</summary>
    /// <param name="logitGradient">batch × <see cref="ClassCount"/>; overwritten.</param>
    public void Backward(float[] logitGradient)
    {
        float[]? g = logitGradient;
        for (int i = Layers.Count - 1; i >= 0; i--)
        {
            g = Layers[i].Backward(g!, inputGradientNeeded: i > 0);
        }
    }
}
