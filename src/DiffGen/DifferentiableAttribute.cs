using System;

namespace DiffGen;

/// <summary>
/// Marks a static method of a <c>partial</c> type for symbolic differentiation at compile time.
/// </summary>
/// <remarks>
/// <para>For <c>static T F(T x)</c> (<c>T</c> is <c>float</c> or <c>double</c>) the DiffGen source generator adds to
/// the same type: <c>T FDerivative(T x)</c>; <c>T FBackward(T x, T dy)</c>, which is <c>dy · dF/dx</c>; the
/// forward kernel <c>void F(ReadOnlySpan&lt;T&gt; x, Span&lt;T&gt; y)</c>; and the backward kernel
/// <c>void FBackward(ReadOnlySpan&lt;T&gt; x, ReadOnlySpan&lt;T&gt; dy, Span&lt;T&gt; dx)</c>.</para>
/// <para>For 2 to 16 inputs, <c>FBackward(a, b, …, dy)</c> returns the named tuple <c>(da, db, …)</c> of input
/// gradients, with span kernels of the same shape. A parameter marked <see cref="BroadcastAttribute"/> is one value
/// shared by every element of the span kernels, whose backward kernel returns its summed gradient.</para>
/// <para>With <see cref="Order"/> = 2 a single-input method also gets <c>T FSecondDerivative(T x)</c>,
/// <c>(T dx, T ddy) FBackwardBackward(T x, T dy, T ddx)</c> (the backward pass of <c>FBackward</c>) and their span
/// kernels; a method of several inputs gets <c>FHessianVectorProduct(a, b, …, va, vb, …)</c> and
/// <c>FBackwardBackward(a, b, …, dy, dda, ddb, …)</c>. <see cref="Order"/> = 3 (one input) adds
/// <c>FThirdDerivative</c>.</para>
/// <para>The method must be <c>static</c> and every enclosing type <c>partial</c>. The DiffGen analyzers report,
/// as you type, what cannot be differentiated and what would stop a network from learning.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class DifferentiableAttribute : Attribute
{
    /// <summary>
    /// Gets or sets the highest derivative generated: 1 (the default) for the first-order members, 2 to add the
    /// second-order members (second derivative, double backward, Hessian-vector product), 3 to add the third
    /// derivative of a single-input method. Other values are reported as DIFF017. Every <c>[Differentiable]</c>
    /// method it calls needs at least the same order.
    /// </summary>
    public int Order { get; set; } = 1;
}
