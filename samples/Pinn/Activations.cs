using System;

namespace DiffGen.Pinn;

/// <summary>
/// The activations the solver can use. <c>Order = 3</c> makes DiffGen generate <c>FDerivative</c>,
/// <c>FSecondDerivative</c> and <c>FThirdDerivative</c> next to each: the solver derives nothing by hand.
/// </summary>
public static partial class Activations
{
    /// <summary>tanh, the usual activation of physics-informed networks: smooth, so every derivative carries information.</summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>tanh(x).</returns>
    [Differentiable(Order = 3)]
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary>
    /// ReLU, to show why DiffGen warns about it at <c>Order = 2</c>: its second derivative is 0 wherever it is
    /// defined, so u'' of a ReLU network is 0 almost everywhere and the PDE residual cannot be reduced.
    /// </summary>
    /// <param name="x">The pre-activation.</param>
    /// <returns>max(x, 0).</returns>
#pragma warning disable DIFF015 // On purpose: `--activation relu` shows what this warning is about.
    [Differentiable(Order = 3)]
    public static double Relu(double x) => x > 0 ? x : 0;
#pragma warning restore DIFF015
}

/// <summary>tanh with its generated derivatives.</summary>
public readonly struct TanhActivation : ISmoothActivation
{
    /// <inheritdoc/>
    public string Name => "tanh";

    /// <inheritdoc/>
    public double Value(double z) => Activations.Tanh(z);

    /// <inheritdoc/>
    public double First(double z) => Activations.TanhDerivative(z);

    /// <inheritdoc/>
    public double Second(double z) => Activations.TanhSecondDerivative(z);

    /// <inheritdoc/>
    public double Third(double z) => Activations.TanhThirdDerivative(z);
}

/// <summary>ReLU with its generated derivatives (the second and third are 0 wherever they are defined).</summary>
public readonly struct ReluActivation : ISmoothActivation
{
    /// <inheritdoc/>
    public string Name => "relu";

    /// <inheritdoc/>
    public double Value(double z) => Activations.Relu(z);

    /// <inheritdoc/>
    public double First(double z) => Activations.ReluDerivative(z);

    /// <inheritdoc/>
    public double Second(double z) => Activations.ReluSecondDerivative(z);

    /// <inheritdoc/>
    public double Third(double z) => Activations.ReluThirdDerivative(z);
}
