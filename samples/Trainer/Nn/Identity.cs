using System;

namespace DiffGen.Trainer.Nn;

/// <summary>The identity, for the output layer (softmax cross-entropy takes the raw logits).</summary>
/// <remarks>Hand-written rather than generated so that it does not show up in the activation library.</remarks>
public readonly struct Identity : IElementwiseFunction<float>
{
    /// <inheritdoc/>
    public float Value(float x) => x;

    /// <inheritdoc/>
    public float Derivative(float x) => 1f;

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<float> x, Span<float> y) => x.CopyTo(y);

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => dy.CopyTo(dx);
}
