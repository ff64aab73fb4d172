using System;
using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// Wherever a method is differentiable, its generated derivative is the true derivative, also where kinks of its
/// subexpressions cancel (stable losses at x = 0, where zero-initialized layers put every logit on the first step);
/// at genuine kinks the documented conventions stay.
/// </summary>
public sealed class CancellingKinkTests
{
    private const string Source = """
        using System;
        using DiffGen;
        namespace T;
        public static partial class C
        {
            [Differentiable] public static double Bce(double x, double y) => Math.Max(x, 0) - x * y + Math.Log(1 + Math.Exp(-Math.Abs(x)));
            [Differentiable] public static float BceF(float x, float y) => MathF.Max(x, 0) - x * y + MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));
            [Differentiable] public static double LogSigmoid(double x) => Math.Min(x, 0) - Math.Log(1 + Math.Exp(-Math.Abs(x)));
            [Differentiable] public static float LogSigmoidF(float x) => MathF.Min(x, 0) - MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));
            [Differentiable] public static double MaxPlusMin(double x) => Math.Max(x, 0) + Math.Min(x, 0);
            [Differentiable] public static double Branches(double x) => (x >= 0 ? x : 0) + (x > 0 ? 0 : x);
            [Differentiable] public static double AbsMinusRelus(double x) => Math.Abs(x) - 2 * Math.Max(x, 0);
            [Differentiable] public static double ClampPair(double x) => Math.Clamp(x, 0, 1) + Math.Min(x, 0);
            [Differentiable] public static double EqualityBranch(double x) => x == 0 ? 0 : x;

            // Genuine kinks keep their conventions.
            [Differentiable] public static double Relu(double x) => Math.Max(x, 0);
            [Differentiable] public static double AbsPlusRelu(double x) => Math.Abs(x) + Math.Max(x, 0);
            [Differentiable] public static double TwoRelus(double x) => Math.Max(x, 0) + Math.Max(2 * x, 0);
            [Differentiable] public static double FourRelus(double x) => Math.Abs(x) - Math.Max(x, 0) + 3 * Math.Max(-x, 0);
            [Differentiable] public static double Step(double x) => (x >= 0 ? x + 1 : x) + Math.Abs(x);

            public static double BceSpan(double x, double y)
            {
                var xs = new double[19]; var ys = new double[19]; var dy = new double[19]; var dx = new double[19]; var dt = new double[19];
                Array.Fill(xs, x); Array.Fill(ys, y); Array.Fill(dy, 1.0);
                BceBackward(xs, ys, dy, dx, dt);
                return Array.TrueForAll(dx, v => v == dx[0]) ? dx[0] : double.NaN;
            }

            public static float LogSigmoidSpan(float x)
            {
                var xs = new float[19]; var dy = new float[19]; var dx = new float[19];
                Array.Fill(xs, x); Array.Fill(dy, 1f);
                LogSigmoidFBackward(xs, dy, dx);
                return Array.TrueForAll(dx, v => v == dx[0]) ? dx[0] : float.NaN;
            }
        }
        """;

    private static readonly Lazy<Compiled> Code = new(() => Compiled.Load(Source));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(-2.0)]
    public void Stable_binary_cross_entropy_has_its_true_gradient_at_zero(double y)
    {
        double[] g = Code.Value.CallTuple("BceBackward", 0.0, y, 1.0);
        Assert.Equal(0.5 - y, g[0], 15);
        Assert.Equal(0.0, g[1]);
        double[] gf = Code.Value.CallFloatTuple("BceFBackward", 0.0, y, 1.0);
        Assert.Equal(0.5 - (float)y, gf[0], 6);
        Assert.Equal(0.5 - y, Code.Value.Call("BceSpan", 0.0, y), 12);

        // Off the tie nothing changes: the gradient is the closed form.
        double[] off = Code.Value.CallTuple("BceBackward", 0.25, y, 1.0);
        Assert.Equal(1 / (1 + Math.Exp(-0.25)) - y, off[0], 14);
    }

    [Fact]
    public void Log_sigmoid_has_its_true_gradient_at_zero()
    {
        Assert.Equal(0.5, Code.Value.Call("LogSigmoidDerivative", 0.0), 15);
        Assert.Equal(0.5, Code.Value.Call("LogSigmoidDerivative", -0.0), 15);
        Assert.Equal(0.5, Code.Value.CallFloat("LogSigmoidFDerivative", 0.0), 6);
        Assert.Equal(0.5, Code.Value.CallFloat("LogSigmoidSpan", 0.0), 5);
        Assert.Equal(1 / (1 + Math.Exp(0.5)), Code.Value.Call("LogSigmoidDerivative", 0.5), 14);
    }

    [Theory]
    [InlineData("MaxPlusMin", 1.0)]
    [InlineData("Branches", 1.0)]
    [InlineData("AbsMinusRelus", -1.0)]
    [InlineData("ClampPair", 1.0)]
    [InlineData("EqualityBranch", 1.0)]
    public void Cancelling_kinks_give_the_true_derivative(string name, double expected)
    {
        Assert.Equal(expected, Code.Value.Call(name + "Derivative", 0.0), 15);
    }

    [Theory]
    [InlineData("Relu", 0.0)]
    [InlineData("AbsPlusRelu", 0.0)]
    [InlineData("TwoRelus", 0.0)]
    [InlineData("FourRelus", 0.0)]
    [InlineData("Step", 1.0)]
    public void Genuine_kinks_keep_their_conventions(string name, double expected)
    {
        Assert.Equal(expected, Code.Value.Call(name + "Derivative", 0.0));
    }
}
