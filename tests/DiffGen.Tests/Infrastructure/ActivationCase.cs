using System;

namespace DiffGen.Tests.Infrastructure;

/// <summary>The generated members of one one-input activation in one precision, plus the user's function.</summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed record Implementation<T>(
    Func<T, T> Function,
    Func<T, T> Derivative,
    Func<T, T, T> Backward,
    SpanForward<T> ForwardKernel,
    SpanBackward<T> BackwardKernel);

/// <summary>
/// A one-input activation under test: its float and double implementations, its hand-derived derivative and the
/// points where it is not differentiable (which derivative checks stay away from).
/// </summary>
internal sealed record ActivationCase(
    string Name,
    Func<double, double> ClosedForm,
    double[] Kinks,
    Implementation<float> Single,
    Implementation<double> Double)
{
    /// <summary>Whether <paramref name="x"/> is within <paramref name="margin"/> of a kink.</summary>
    public bool IsNearKink(double x, double margin = 1e-3) => Array.Exists(Kinks, k => Math.Abs(x - k) < margin);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
