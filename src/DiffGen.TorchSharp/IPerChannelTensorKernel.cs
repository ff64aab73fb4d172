using System;

namespace DiffGen.TorchSharp;

/// <summary>
/// The per-channel span kernels of a <c>[Differentiable]</c> method with one span input and <c>[Broadcast]</c>
/// parameters: one call over data laid out <c>[N, C, inner]</c> with one value of each parameter per channel
/// (DiffGen's <c>Elementwise&lt;T&gt;.ForwardPerChannel</c> and <c>BackwardPerChannel</c>). DiffGen's generated
/// <c>FTensorKernel</c> implements it beside <see cref="IParametricTensorKernel{T}"/> where the method's function struct
/// has per-channel members (its vector body exists); the tensor functions then run per-channel parameters in one call
/// per piece of whole samples instead of one call per channel slice.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IPerChannelTensorKernel<T>
    where T : unmanaged
{
    /// <summary>Forward kernel: <c>y[n, c, i] = F(x[n, c, i]; parameters of channel c)</c>.</summary>
    /// <param name="x">The span input, <c>[N, C, inner]</c> contiguous; its length is a multiple of C · inner.</param>
    /// <param name="parameters">Parameter-major: broadcast parameter k's value on channel c is <c>parameters[k · C + c]</c>.</param>
    /// <param name="channels">C, at least 1.</param>
    /// <param name="inner">The elements of one channel of one sample, at least 1.</param>
    /// <param name="y">Receives the values; same length as <paramref name="x"/>.</param>
    void ForwardPerChannel(ReadOnlySpan<T> x, ReadOnlySpan<T> parameters, int channels, int inner, Span<T> y);

    /// <summary>
    /// Backward kernel, one fused pass: <c>dx</c> at every element, and each parameter's gradient per channel summed over
    /// the samples and inner elements, laid out as <paramref name="parameters"/> (rounded once to <c>T</c>).
    /// </summary>
    /// <param name="x">The span input of the forward pass, <c>[N, C, inner]</c>.</param>
    /// <param name="parameters">The parameters, parameter-major as for <see cref="ForwardPerChannel"/>.</param>
    /// <param name="channels">C, at least 1.</param>
    /// <param name="inner">The elements of one channel of one sample, at least 1.</param>
    /// <param name="dy">The gradient of the loss with respect to the output.</param>
    /// <param name="dx">Receives the gradient with respect to <paramref name="x"/>.</param>
    /// <param name="parameterGradients">Receives the parameters' gradients (overwritten), laid out as <paramref name="parameters"/>.</param>
    void BackwardPerChannel(ReadOnlySpan<T> x, ReadOnlySpan<T> parameters, int channels, int inner, ReadOnlySpan<T> dy, Span<T> dx, Span<T> parameterGradients);
}
