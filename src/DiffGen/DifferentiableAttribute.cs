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
/// <para>The method must be <c>static</c> and every enclosing type <c>partial</c>. The DiffGen analyzers report,
/// as you type, what cannot be differentiated and what would stop a network from learning.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class DifferentiableAttribute : Attribute
{
}
