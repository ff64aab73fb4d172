using DiffGen;

namespace QuickStart;

/// <summary>
/// A custom activation function, written as ordinary C#. DiffGen differentiates it at compile time.
/// </summary>
public static partial class Activations
{
    /// <summary>
    /// A smooth, ReLU-like activation: <c>x² / (x + 0.6)</c> for <c>x ≥ 0</c>, a leaky <c>0.01·x</c> below.
    /// </summary>
    /// <remarks>
    /// The untaken branch matters: at <c>x = −0.6</c> the left-hand formula divides by zero. Runtime autodiff
    /// frameworks that differentiate both sides of a <c>where</c> turn that into a NaN gradient; the generated
    /// <c>SmoothDerivative</c> only ever evaluates the branch the condition selects.
    /// </remarks>
    /// <param name="x">The pre-activation.</param>
    /// <returns>The activation.</returns>
    [Differentiable]
    public static float Smooth(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;
}
