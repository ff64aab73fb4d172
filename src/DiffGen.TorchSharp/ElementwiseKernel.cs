using System;

namespace DiffGen.TorchSharp;

/// <summary>
/// Adapts the <see cref="IElementwiseFunction{T}"/> struct DiffGen generates for a single-input method
/// (<c>FKernel</c>) to <see cref="ITensorKernel{T}"/>, so the tensor functions need no second struct per method.
/// </summary>
/// <typeparam name="TFunction">The generated <c>FKernel</c> struct.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public readonly struct ElementwiseKernel<TFunction, T> : ITensorKernel<T>
    where TFunction : struct, IElementwiseFunction<T>
    where T : unmanaged
{
    /// <inheritdoc/>
    public void Forward(KernelSpans<T> inputs, Span<T> output) => default(TFunction).Forward(inputs[0], output);

    /// <inheritdoc/>
    public void Backward(KernelSpans<T> inputs, ReadOnlySpan<T> outputGradient, KernelSpans<T> inputGradients) =>
        default(TFunction).Backward(inputs[0], outputGradient, inputGradients[0]);
}
