using System;

namespace DiffGen.TorchSharp;

/// <summary>
/// The span kernels of a <c>[Differentiable]</c> method with <c>[Broadcast]</c> parameters, as a struct the tensor
/// functions are generic over (no delegate, no virtual call per element): span inputs as spans, broadcast parameters as
/// values, and a backward kernel that returns each parameter's gradient summed over the elements in the same pass.
/// DiffGen generates one per such method, <c>FTensorKernel</c>.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricTensorKernel<T>
    where T : unmanaged
{
    /// <summary>For each parameter of the method, in order, whether it is <c>[Broadcast]</c> (else a span input).</summary>
    ReadOnlySpan<bool> Broadcast { get; }

    /// <summary>Forward kernel: <c>output[i] = F(…, inputs[k][i], …, parameters[j], …)</c>.</summary>
    /// <param name="inputs">One span per span input of the method, in parameter order, all of one length.</param>
    /// <param name="parameters">One value per broadcast parameter, in parameter order.</param>
    /// <param name="output">Receives the values; same length as the inputs.</param>
    void Forward(KernelSpans<T> inputs, ReadOnlySpan<T> parameters, Span<T> output);

    /// <summary>
    /// Backward kernel, one fused pass: each span input's gradient at every element, and each broadcast parameter's
    /// gradient summed over the elements (as the generated <c>FBackward</c> span kernel returns it).
    /// </summary>
    /// <param name="inputs">The span inputs of the forward pass.</param>
    /// <param name="parameters">The broadcast parameters' values.</param>
    /// <param name="outputGradient">The gradient of the loss with respect to the output.</param>
    /// <param name="inputGradients">Receives the gradient with respect to each span input.</param>
    /// <param name="parameterGradients">Receives each broadcast parameter's summed gradient.</param>
    void Backward(KernelSpans<T> inputs, ReadOnlySpan<T> parameters, ReadOnlySpan<T> outputGradient, KernelSpans<T> inputGradients, Span<T> parameterGradients);
}
