using System;

namespace DiffGen.Tests.Infrastructure;

/// <summary>
/// A several-input activation under test, with inputs and gradients passed as arrays so one set of tests covers
/// every arity. <see cref="DoubleBackward"/> and <see cref="FloatBackward"/> call the generated tuple-returning
/// <c>FBackward</c> and spread its tuple into an array, in parameter order.
/// </summary>
internal sealed record MultiInputCase(
    string Name,
    Func<double[], double> Double,
    Func<double[], double, double[]> DoubleBackward,
    Func<float[], float, float[]> FloatBackward,
    Func<double[], double[]> ClosedForm,
    Func<double[], bool> IsNearKink,
    double[] Min,
    double[] Max)
{
    /// <summary>The number of inputs.</summary>
    public int Arity => Min.Length;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
