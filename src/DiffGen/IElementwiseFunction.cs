#if NET8_0_OR_GREATER
using System;

namespace DiffGen;

/// <summary>
/// An element-wise function with its backward pass, as span kernels. For every single-input
/// <c>[Differentiable]</c> method <c>F</c>, DiffGen generates a struct <c>FKernel</c> implementing this
/// interface, so that code can be generic over the function with no delegate and no virtual call:
/// <code>
/// sealed class Dense&lt;TActivation&gt; where TActivation : struct, IElementwiseFunction&lt;float&gt;
/// {
///     void Forward(ReadOnlySpan&lt;float&gt; z, Span&lt;float&gt; a) =&gt; default(TActivation).Forward(z, a);
/// }
/// </code>
/// With a struct type argument the JIT compiles a specialized copy of the generic code, in which the
/// calls are direct and can be inlined.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IElementwiseFunction<T>
{
    /// <summary>The function's value at <paramref name="x"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F(x)</c>.</returns>
    T Value(T x);

    /// <summary>The function's derivative at <paramref name="x"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F'(x)</c>.</returns>
    T Derivative(T x);

    /// <summary>Forward kernel: <c>y[i] = F(x[i])</c>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="y">Receives the outputs; same length as <paramref name="x"/>, may be the same memory.</param>
    void Forward(ReadOnlySpan<T> x, Span<T> y);

    /// <summary>Backward kernel: <c>dx[i] = dy[i] · F'(x[i])</c>.</summary>
    /// <param name="x">The inputs of the forward pass.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx">Receives the gradients with respect to the inputs; may be the same memory as an input.</param>
    void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx);
}
#endif
