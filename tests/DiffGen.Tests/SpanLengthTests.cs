using System;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// Span kernels reject spans of different lengths with an <see cref="ArgumentException"/> naming the offending span,
/// before writing anything.
/// </summary>
public sealed class SpanLengthTests
{
    /// <summary>The activation names, as theory data.</summary>
    public static TheoryData<string> Names => ActivationCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Forward_kernel_rejects_a_shorter_or_longer_output(string name)
    {
        Implementation<float> f = ActivationCatalog.ByName[name].Single;
        AssertRejected("y", () => f.ForwardKernel(new float[4], new float[3]));
        AssertRejected("y", () => f.ForwardKernel(new float[4], new float[5]));
        AssertRejected("y", () => f.ForwardKernel(new float[0], new float[1]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Backward_kernel_names_the_mismatched_span(string name)
    {
        Implementation<double> f = ActivationCatalog.ByName[name].Double;
        AssertRejected("dy", () => f.BackwardKernel(new double[4], new double[3], new double[4]));
        AssertRejected("dx", () => f.BackwardKernel(new double[4], new double[4], new double[5]));
        AssertRejected("dx", () => f.BackwardKernel(new double[0], new double[0], new double[2]));
    }

    [Fact]
    public void Mismatched_output_is_not_written()
    {
        float[] y = [7f, 7f, 7f];
        Assert.Throws<ArgumentException>(() => Activations.Sigmoid(new float[] { 1f, 2f }, y));
        Assert.Equal([7f, 7f, 7f], y);
    }

    [Fact]
    public void Two_input_kernels_name_the_mismatched_span()
    {
        AssertRejected("a", () => Activations.PRelu(new float[3], new float[2], new float[3]));
        AssertRejected("y", () => Activations.PRelu(new float[3], new float[3], new float[4]));
        AssertRejected("a", () => Activations.PReluBackward(new float[3], new float[4], new float[3], new float[3], new float[3]));
        AssertRejected("dy", () => Activations.PReluBackward(new float[3], new float[3], new float[2], new float[3], new float[3]));
        AssertRejected("dx", () => Activations.PReluBackward(new float[3], new float[3], new float[3], new float[1], new float[3]));
        AssertRejected("da", () => Activations.PReluBackward(new float[3], new float[3], new float[3], new float[3], new float[0]));
        AssertRejected("beta", () => DoubleActivations.SwishBeta(new double[3], new double[5], new double[3]));
        AssertRejected("dbeta", () => DoubleActivations.SwishBetaBackward(new double[3], new double[3], new double[3], new double[3], new double[2]));
    }

    [Fact]
    public void Three_input_kernels_name_the_mismatched_span()
    {
        AssertRejected("b", () => DoubleActivations.ScaledTanh(new double[2], new double[2], new double[1], new double[2]));
        AssertRejected("y", () => DoubleActivations.ScaledTanh(new double[2], new double[2], new double[2], new double[3]));
        AssertRejected("a", () => Activations.ScaledTanhBackward(new float[2], new float[9], new float[2], new float[2], new float[2], new float[2], new float[2]));
        AssertRejected("dy", () => Activations.ScaledTanhBackward(new float[2], new float[2], new float[2], new float[1], new float[2], new float[2], new float[2]));
        AssertRejected("db", () => Activations.ScaledTanhBackward(new float[2], new float[2], new float[2], new float[2], new float[2], new float[2], new float[3]));
    }

    private static void AssertRejected(string parameter, Action call)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
    }
}
