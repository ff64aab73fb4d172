using System;
using System.Collections.Generic;
using DiffGen.Trainer.Learnable;

namespace DiffGen.Trainer.Nn;

/// <summary>
/// An element-wise activation with learnable parameters shared by the whole layer (one PReLU slope, one Swish β,
/// the ten coefficients of a rational activation). It follows a linear <see cref="Dense{TActivation}"/> layer.
/// </summary>
/// <typeparam name="TFunction">The activation (a struct: its calls are direct).</typeparam>
public sealed class LearnableActivationLayer<TFunction> : ILayer, ILearnableActivationLayer
    where TFunction : struct, ILearnableFunction
{
    private float[] input = Array.Empty<float>();
    private float[] output = Array.Empty<float>();
    private int count;

    /// <summary>Creates the layer with the activation's declared initial parameter values.</summary>
    /// <param name="width">Features per sample.</param>
    /// <param name="initial">The initial parameter values.</param>
    public LearnableActivationLayer(int width, IReadOnlyList<float> initial)
    {
        InputSize = OutputSize = width;
        ActivationParameters = new Parameter(initial.Count);
        for (int k = 0; k < initial.Count; k++)
        {
            ActivationParameters.Value[k] = initial[k];
        }

        Parameters = new[] { ActivationParameters };
    }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <inheritdoc/>
    public Parameter ActivationParameters { get; }

    /// <inheritdoc/>
    public float[] Forward(float[] input, int batch)
    {
        this.input = input;
        count = batch * InputSize;
        if (output.Length < count)
        {
            output = new float[count];
        }

        default(TFunction).Forward(input.AsSpan(0, count), ActivationParameters.Value, output.AsSpan(0, count));
        return output;
    }

    /// <inheritdoc/>
    public float[]? Backward(float[] outputGradient, bool inputGradientNeeded)
    {
        // dL/dx replaces dL/dy in place; the parameters' gradients are reduced over the batch in the same pass.
        default(TFunction).Backward(input.AsSpan(0, count), ActivationParameters.Value, outputGradient.AsSpan(0, count), ActivationParameters.Gradient);
        return inputGradientNeeded ? outputGradient : null;
    }
}

/// <summary>A layer whose activation has learnable parameters, so that they can be reported after training.</summary>
public interface ILearnableActivationLayer
{
    /// <summary>The activation's parameters, in declaration order.</summary>
    Parameter ActivationParameters { get; }
}
