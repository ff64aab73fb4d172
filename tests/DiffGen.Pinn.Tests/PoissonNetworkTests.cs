using System;
using System.Linq;
using Xunit;

namespace DiffGen.Pinn.Tests;

/// <summary>
/// The hand-written forward and reverse passes of the PINN against central finite differences: u'' against
/// second differences of u, and the loss gradient (which runs through σ', σ'' and σ''') against differences of the loss.
/// </summary>
public sealed class PoissonNetworkTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.37)]
    [InlineData(0.9)]
    public void SecondDerivativeMatchesSecondDifferences(double x)
    {
        var network = new PoissonNetwork<TanhActivation>([6, 5], new Random(3));
        const double H = 1e-4;

        double expected = (network.Evaluate(x + H).U - (2 * network.Evaluate(x).U) + network.Evaluate(x - H).U) / (H * H);

        Assert.Equal(expected, network.Evaluate(x).Uxx, 4);
    }

    [Fact]
    public void BoundaryValuesAreExactlyZero()
    {
        var network = new PoissonNetwork<TanhActivation>([6, 5], new Random(3));

        Assert.Equal(0.0, network.Evaluate(0).U);
        Assert.Equal(0.0, network.Evaluate(1).U);
    }

    [Fact]
    public void LossGradientMatchesFiniteDifferences()
    {
        var (analytic, numeric) = Gradients(new PoissonNetwork<TanhActivation>([6, 5], new Random(3)));

        for (int i = 0; i < analytic.Length; i++)
        {
            Assert.True(Math.Abs(analytic[i] - numeric[i]) <= 1e-5 * (1 + Math.Abs(numeric[i])), $"parameter {i}: {analytic[i]} vs {numeric[i]}");
        }

        Assert.True(analytic.Max(Math.Abs) > 1, $"gradients are all tiny ({analytic.Max(Math.Abs)}); the check would prove nothing");
    }

    [Fact]
    public void GradientCheckSeesAWrongThirdDerivative()
    {
        var (analytic, numeric) = Gradients(new PoissonNetwork<HalvedThirdDerivative>([6, 5], new Random(3)));

        double worst = analytic.Zip(numeric, (a, n) => Math.Abs(a - n)).Max();
        Assert.True(worst > 1e-2, $"a wrong σ''' went unnoticed (worst gradient error {worst})");
    }

    /// <summary>The back-propagated loss gradient, and central differences of the loss, for every parameter.</summary>
    private static (double[] Analytic, double[] Numeric) Gradients<TActivation>(PoissonNetwork<TActivation> network)
        where TActivation : struct, ISmoothActivation
    {
        const double H = 1e-6;
        double[] points = [0.05, 0.3, 0.55, 0.8, 0.95];
        var analytic = new double[network.Parameters.Length];
        network.Loss(points, analytic);
        var numeric = new double[analytic.Length];
        for (int i = 0; i < numeric.Length; i++)
        {
            double saved = network.Parameters[i];
            network.Parameters[i] = saved + H;
            double up = network.Loss(points, Span<double>.Empty);
            network.Parameters[i] = saved - H;
            double down = network.Loss(points, Span<double>.Empty);
            network.Parameters[i] = saved;
            numeric[i] = (up - down) / (2 * H);
        }

        return (analytic, numeric);
    }

    [Fact]
    public void GeneratedDerivativesAreTanhs()
    {
        foreach (double z in new[] { -2.0, -0.3, 0.0, 0.7, 3.0 })
        {
            double t = Math.Tanh(z), s = 1 - (t * t);
            var sigma = default(TanhActivation);
            Assert.Equal(s, sigma.First(z), 14);
            Assert.Equal(-2 * t * s, sigma.Second(z), 14);
            Assert.Equal((-2 * s * s) + (4 * t * t * s), sigma.Third(z), 13);
        }
    }

    /// <summary>tanh whose third derivative is off by a factor of two.</summary>
    private readonly struct HalvedThirdDerivative : ISmoothActivation
    {
        public string Name => "bad";

        public double Value(double z) => default(TanhActivation).Value(z);

        public double First(double z) => default(TanhActivation).First(z);

        public double Second(double z) => default(TanhActivation).Second(z);

        public double Third(double z) => 0.5 * default(TanhActivation).Third(z);
    }
}
