using System;
using System.Collections.Generic;

namespace DiffGen.Trainer.Nn;

/// <summary>
/// An element-wise activation with learnable parameters shared by the whole layer (one PReLU slope, one Swish β,
/// the ten coefficients of a rational activation). It follows a linear <see cref="Dense{TActivation}"/> layer.
/// </summary>
/// <remarks>
/// The activation is the struct DiffGen generates for a method with <c>[Broadcast]</c> parameters: it holds the
/// parameters' values, and the runtime's drivers apply it to a span with no virtual call per element. The backward
/// pass is one fused pass that also sums the parameters' gradients over the batch, without losing digits to its size.
/// </remarks>
/// <typeparam name="TKernel">A generated parametric <c>…Kernel</c> struct.</typeparam>
public sealed class LearnableActivationLayer<TKernel> : ILayer, ILearnableActivationLayer
    where TKernel : struct, IParametric<TKernel, float>, IParametricVectorFunction<float>
{
    private float[] input = Array.Empty<float>();
    private float[] output = Array.Empty<float>();
    private int count;

    /// <summary>Creates the layer with the activation's initial parameter values (the method's C# default values).</summary>
    /// <param name="width">Features per sample.</param>
    public LearnableActivationLayer(int width)
    {
        InputSize = OutputSize = width;
        ActivationParameters = new Parameter(TKernel.ParameterCount) { LearningRateScale = 0.1f };
        TKernel.InitialParameters(ActivationParameters.Value);

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

        Elementwise<float>.Forward(TKernel.Create(ActivationParameters.Value), input.AsSpan(0, count), output.AsSpan(0, count));
        return output;
    }

    /// <inheritdoc/>
    public float[]? Backward(float[] outputGradient, bool inputGradientNeeded)
    {
        // dL/dx replaces dL/dy in place; the parameters' gradients are reduced over the batch in the same pass.
        Span<float> gradient = outputGradient.AsSpan(0, count);
        Elementwise<float>.Backward(TKernel.Create(ActivationParameters.Value), input.AsSpan(0, count), gradient, gradient, ActivationParameters.Gradient);
        return inputGradientNeeded ? outputGradient : null;
    }
}

/// <summary>A layer whose activation has learnable parameters, so that they can be reported after training.</summary>
public interface ILearnableActivationLayer
{
    /// <summary>The activation's parameters, in declaration order.</summary>
    Parameter ActivationParameters { get; }
}
