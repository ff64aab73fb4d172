using System;

namespace DiffGen;

/// <summary>
/// Marks a parameter of a <c>[Differentiable]</c> method as one value shared by every element of the span kernels
/// (a learnable parameter such as PReLU's slope or Swish's β), instead of a span of its own.
/// </summary>
/// <remarks>
/// <para>The scalar members are unchanged: <c>FBackward</c> still returns every input's gradient. The span kernels take
/// the parameter as a plain value, in parameter order: <c>void F(ReadOnlySpan&lt;T&gt; x, T beta, Span&lt;T&gt; y)</c>, and
/// <c>T FBackward(ReadOnlySpan&lt;T&gt; x, T beta, ReadOnlySpan&lt;T&gt; dy, Span&lt;T&gt; dx)</c> returns the parameter's
/// gradient, <c>Σᵢ dy[i] · ∂F/∂beta(x[i], beta)</c> (a named tuple <c>(T dbeta, T dgamma)</c> for several such
/// parameters), computed in the same single pass that writes <c>dx</c>.</para>
/// <para>The sum loses no digits to the length of the span: <c>float</c> terms are summed in <c>double</c>, and
/// <c>double</c> terms with a compensated (Neumaier / TwoSum) sum, lane by lane in vector registers.</para>
/// <para>A C# default value (<c>[Broadcast] float beta = 1f</c>) is the parameter's documented initial value, which
/// consumers such as trainers use as such. A method needs at least one input without <c>[Broadcast]</c>, and only
/// targets with span kernels (.NET 8 or later) can have broadcast parameters (DIFF014 otherwise).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class BroadcastAttribute : Attribute
{
}
