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
    where TKernel : struct, IPerChannelFunction<TKernel, float>
{
    private float[] input = Array.Empty<float>();
    private float[] output = Array.Empty<float>();
    private int count;

    /// <summary>Creates the layer with the activation's initial parameter values (the method's C# default values), shared by every feature.</summary>
    /// <param name="width">Features per sample.</param>
    public LearnableActivationLayer(int width)
        : this(width, perChannel: false)
    {
    }

    /// <summary>Creates the layer, with one copy of the parameters per feature (channel) when <paramref name="perChannel"/> is true.</summary>
    /// <param name="width">Features per sample: the channels of the <c>[N, C]</c> batch.</param>
    /// <param name="perChannel">One set of parameters per feature (as <c>nn.PReLU(C)</c>), rather than one for the layer.</param>
    public LearnableActivationLayer(int width, bool perChannel)
    {
        InputSize = OutputSize = width;
        IsPerChannel = perChannel;
        ActivationParameters = new Parameter(TKernel.ParameterCount * (perChannel ? width : 1)) { LearningRateScale = 0.1f };
        PerChannel<TKernel>.InitialParameters(ActivationParameters.Value);

        Parameters = new[] { ActivationParameters };
    }

    /// <summary>Whether each feature has its own parameters (channel-major: feature c's at <c>[c·P, (c+1)·P)</c>).</summary>
    public bool IsPerChannel { get; }

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

        if (IsPerChannel)
        {
            PerChannel<TKernel>.Forward(ActivationParameters.Value, InputSize, 1, input.AsSpan(0, count), output.AsSpan(0, count));
        }
        else
        {
            Elementwise<float>.Forward(TKernel.Create(ActivationParameters.Value), input.AsSpan(0, count), output.AsSpan(0, count));
        }

        return output;
    }

    /// <inheritdoc/>
    public float[]? Backward(float[] outputGradient, bool inputGradientNeeded)
    {
        // dL/dx replaces dL/dy in place; the parameters' gradients are reduced over the batch in the same pass.
        Span<float> gradient = outputGradient.AsSpan(0, count);
        if (IsPerChannel)
        {
            PerChannel<TKernel>.Backward(ActivationParameters.Value, InputSize, 1, input.AsSpan(0, count), gradient, gradient, ActivationParameters.Gradient);
        }
        else
        {
            Elementwise<float>.Backward(TKernel.Create(ActivationParameters.Value), input.AsSpan(0, count), gradient, gradient, ActivationParameters.Gradient);
        }

        return inputGradientNeeded ? outputGradient : null;
    }
}

/// <summary>A layer whose activation has learnable parameters, so that they can be reported after training.</summary>
public interface ILearnableActivationLayer
{
    /// <summary>The activation's parameters, in declaration order.</summary>
    Parameter ActivationParameters { get; }
}
