using System;

namespace DiffGen;

/// <summary>
/// Marks a static method of a <c>partial</c> type for symbolic differentiation at compile time.
/// </summary>
/// <remarks>
/// For a method <c>F</c> marked with this attribute, the DiffGen source generator adds members to the
/// containing partial type: <c>FDerivative</c> (the derivative, or the value together with its partial
/// derivatives when <c>F</c> has several inputs), <c>FBackward</c> (reverse mode: the gradient of the
/// result with respect to every input), and span kernels that apply <c>F</c> and its derivatives
/// element-wise over spans of inputs.
/// The method must be <c>static</c> and its containing type (and every enclosing type) must be <c>partial</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class DifferentiableAttribute : Attribute
{
}
