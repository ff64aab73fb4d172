using System;

namespace DiffGen.TorchSharp;

/// <summary>
/// The span kernels of a <c>[Differentiable(Order = 2)]</c> (or 3) method: <see cref="ITensorKernel{T}"/>'s, and the
/// double backward <c>FBackwardBackward</c>, with which the backward pass of a tensor function on CPU tensors can itself
/// be differentiated (<c>create_graph: true</c>). DiffGen generates one per such method, <c>FTensorKernel</c>.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface ISecondOrderTensorKernel<T> : ITensorKernel<T>
    where T : unmanaged
{
    /// <summary>
    /// Double backward kernel: the backward pass of <see cref="ITensorKernel{T}.Backward"/> given the gradients
    /// <paramref name="secondGradients"/> of its results. For one input, <c>inputGradients[0][i] = dd[i] · dy[i] · F''</c>
    /// and <c>outputGradientGradient[i] = dd[i] · F'</c>; for several, <c>dy · H·dd</c> per input and <c>∇F·dd</c>.
    /// </summary>
    /// <param name="inputs">The inputs of the forward pass, one span per input, in parameter order.</param>
    /// <param name="outputGradient">The gradient <c>dy</c> the backward pass was given.</param>
    /// <param name="secondGradients">The gradient of the loss with respect to each input's gradient, one span per input.</param>
    /// <param name="inputGradients">Receives the gradient with respect to each input, one span per input.</param>
    /// <param name="outputGradientGradient">Receives the gradient with respect to <paramref name="outputGradient"/>.</param>
    void BackwardBackward(KernelSpans<T> inputs, ReadOnlySpan<T> outputGradient, KernelSpans<T> secondGradients, KernelSpans<T> inputGradients, Span<T> outputGradientGradient);
}
