using System;

namespace DiffGen.Trainer.Learnable;

/// <summary>
/// An activation with learnable parameters, as the trainer calls it: a thin struct over the members DiffGen
/// generates for a <c>[Differentiable]</c> method whose extra inputs are <c>[Broadcast]</c> parameters
/// (one value shared by every element of the layer). Being a struct type argument, it costs no virtual call.
/// </summary>
public interface ILearnableFunction
{
    /// <summary>The name of the <c>[Differentiable]</c> method in <see cref="Activations"/>; its parameters after
    /// the first are the learnable ones, and their C# default values are the initial values.</summary>
    string MethodName { get; }

    /// <summary>The activation at <paramref name="x"/> with parameters <paramref name="p"/>.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <param name="p">The parameters, in declaration order.</param>
    /// <returns>f(x; p).</returns>
    float Value(float x, ReadOnlySpan<float> p);

    /// <summary>∂f/∂x at <paramref name="x"/> with parameters <paramref name="p"/>.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <param name="p">The parameters.</param>
    /// <returns>The derivative.</returns>
    float Derivative(float x, ReadOnlySpan<float> p);

    /// <summary><c>y[i] = f(x[i]; p)</c>.</summary>
    /// <param name="x">Pre-activations.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="y">Activations (may alias <paramref name="x"/>).</param>
    void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> p, Span<float> y);

    /// <summary>
    /// One fused backward pass: turns <paramref name="gradient"/> from dL/dy into dL/dx in place and writes
    /// <c>dL/dp[k] = Σᵢ dL/dy[i] · ∂f/∂p[k](x[i]; p)</c>.
    /// </summary>
    /// <param name="x">Pre-activations.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="gradient">dL/dy on entry, dL/dx on return.</param>
    /// <param name="dp">The parameters' gradients (overwritten).</param>
    void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> p, Span<float> gradient, Span<float> dp);
}
