using System;

namespace DiffGen.TorchSharp;

/// <summary>
/// The forward and backward span kernels of one <c>[Differentiable]</c> method, as a struct the tensor functions are
/// generic over (no delegate, no virtual call per element). DiffGen generates one per multi-input method,
/// <c>FTensorKernel</c>, and per method of <c>Order = 2</c> or 3 (an <see cref="ISecondOrderTensorKernel{T}"/>); another
/// single-input method's generated <c>FKernel</c> is adapted by <see cref="ElementwiseKernel{TFunction, T}"/>.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface ITensorKernel<T>
    where T : unmanaged
{
    /// <summary>Forward kernel: <c>output[i] = F(inputs[0][i], inputs[1][i], …)</c>.</summary>
    /// <param name="inputs">One span per input of the method, in parameter order, all of one length.</param>
    /// <param name="output">Receives the values; same length as the inputs.</param>
    void Forward(KernelSpans<T> inputs, Span<T> output);

    /// <summary>Backward kernel: <c>inputGradients[k][i] = outputGradient[i] · ∂F/∂input k</c> at element <c>i</c>.</summary>
    /// <param name="inputs">The inputs of the forward pass, one span per input, in parameter order.</param>
    /// <param name="outputGradient">The gradient of the loss with respect to the output.</param>
    /// <param name="inputGradients">Receives the gradient with respect to each input, one span per input.</param>
    void Backward(KernelSpans<T> inputs, ReadOnlySpan<T> outputGradient, KernelSpans<T> inputGradients);
}
