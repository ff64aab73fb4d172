using System;
using CsCheck;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using DiffGen.Tests.Oracles;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The generated double derivatives against forward-mode dual numbers: the same formula as the user wrote,
/// re-typed over <see cref="Dual"/>, evaluated at random points.
/// </summary>
public sealed class DualOracleTests
{
    private const double SqrtTwoOverPi = 0.79788456080286535588;

    [Fact]
    public void Swish() => Compare(DoubleActivations.SwishDerivative, x => x / (1 + Dual.Exp(-x)));

    [Fact]
    public void Softplus() => Compare(DoubleActivations.SoftplusDerivative, SoftplusOf);

    [Fact]
    public void Mish() => Compare(DoubleActivations.MishDerivative, x => x * Dual.Tanh(SoftplusOf(x)));

    [Fact]
    public void GeluTanh() => Compare(DoubleActivations.GeluTanhDerivative, x =>
    {
        Dual t = Dual.Tanh(SqrtTwoOverPi * (x + 0.044715 * x * x * x));
        return 0.5 * x * (1 + t);
    });

    [Fact]
    public void LogSigmoid() => Compare(DoubleActivations.LogSigmoidDerivative, x => -Dual.Log(1 + Dual.Exp(-x)));

    [Fact]
    public void BentIdentity() => Compare(DoubleActivations.BentIdentityDerivative, x => (Dual.Sqrt(x * x + 1) - 1) / 2 + x);

    [Fact]
    public void Softsign() => Compare(DoubleActivations.SoftsignDerivative, x => x / (1 + Dual.Abs(x)));

    [Fact]
    public void Selu() => Compare(DoubleActivations.SeluDerivative, x => ClosedForms.SeluScale * (x > 0 ? x : ClosedForms.SeluAlpha * (Dual.Exp(x) - 1)));

    [Fact]
    public void Smooth() => Compare(DoubleActivations.SmoothDerivative, x => x >= 0 ? x * x / (x + 0.6) : 0.01 * x);

    [Fact]
    public void SwishBeta_partials()
    {
        Gen.Select(Gen.Double[-5, 5], Gen.Double[-3, 3]).Sample((x, beta) =>
        {
            (double dx, double dbeta) = DoubleActivations.SwishBetaBackward(x, beta, 1);
            Dual byX = Dual.Variable(x) / (1 + Dual.Exp(-(beta * Dual.Variable(x))));
            Dual byBeta = x / (1 + Dual.Exp(-(Dual.Variable(beta) * x)));
            NumericAssert.Close(byX.Derivative, dx, Tolerance.Double, $"∂SwishBeta/∂x at ({x:R}, {beta:R})");
            NumericAssert.Close(byBeta.Derivative, dbeta, Tolerance.Double, $"∂SwishBeta/∂β at ({x:R}, {beta:R})");
        }, iter: 1000);
    }

    private static Dual SoftplusOf(Dual x) => Dual.Log(1 + Dual.Exp(x));

    private static void Compare(Func<double, double> generated, Func<Dual, Dual> formula)
    {
        Gen.Double[-5, 5].Sample(x =>
        {
            Dual result = formula(Dual.Variable(x));
            NumericAssert.Close(result.Derivative, generated(x), Tolerance.Double, $"derivative at {x:R} vs dual numbers");
        }, iter: 1000);
    }
}
