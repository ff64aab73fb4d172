using System;

namespace DiffGen.Pinn;

/// <summary>
/// A small MLP <c>N(x)</c> (one input, tanh-like hidden layers, one linear output) and the trial solution
/// <c>u(x) = x·(1 − x)·N(x)</c>, which meets the boundary conditions exactly. The loss is the mean squared PDE
/// residual <c>r = u'' − f</c> over collocation points.
/// </summary>
/// <remarks>
/// <para>u'' needs the network's second derivative with respect to its input. The forward pass carries each
/// layer's value and its first and second derivatives with respect to x (forward mode by hand):
/// <c>z' = W·a'</c>, <c>z'' = W·a''</c>, <c>a' = σ'(z)·z'</c>, <c>a'' = σ''(z)·z'² + σ'(z)·z''</c>.</para>
/// <para>The loss's gradient with respect to the weights runs that computation backwards (reverse mode by hand),
/// which differentiates σ' and σ'' once more: it needs σ'''. All of σ', σ'', σ''' come from the generator.</para>
/// </remarks>
/// <typeparam name="TActivation">The hidden layers' activation.</typeparam>
public sealed class PoissonNetwork<TActivation>
    where TActivation : struct, ISmoothActivation
{
    private readonly int[] sizes;
    private readonly int[] weightOffsets;
    private readonly int[] biasOffsets;

    // Per layer l (0 = the input): pre-activations z and their x-derivatives, activations a and theirs.
    private readonly double[][] z, z1, z2, a, a1, a2;

    // Adjoints of z, z', z'' while going backwards, and of a, a', a''.
    private readonly double[][] zBar, z1Bar, z2Bar;
    private readonly double[] aBar, a1Bar, a2Bar;

    /// <summary>Creates the network with Xavier-normal weights and zero biases.</summary>
    /// <param name="hidden">The hidden layers' widths (e.g. 24, 24).</param>
    /// <param name="random">Seeded randomness for the weights.</param>
    public PoissonNetwork(int[] hidden, Random random)
    {
        if (hidden.Length == 0)
        {
            throw new ArgumentException("At least one hidden layer is needed.", nameof(hidden));
        }

        sizes = [1, .. hidden, 1];
        int layers = sizes.Length - 1;
        weightOffsets = new int[layers + 1];
        biasOffsets = new int[layers + 1];
        int offset = 0;
        for (int l = 1; l <= layers; l++)
        {
            weightOffsets[l] = offset;
            offset += sizes[l] * sizes[l - 1];
            biasOffsets[l] = offset;
            offset += sizes[l];
        }

        Parameters = new double[offset];
        for (int l = 1; l <= layers; l++)
        {
            double sigma = Math.Sqrt(2.0 / (sizes[l] + sizes[l - 1]));
            for (int k = 0; k < sizes[l] * sizes[l - 1]; k++)
            {
                // Box–Muller: Random has no normal distribution of its own.
                double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
                Parameters[weightOffsets[l] + k] = sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            }
        }

        z = Layers(); z1 = Layers(); z2 = Layers(); a = Layers(); a1 = Layers(); a2 = Layers();
        zBar = Layers(); z1Bar = Layers(); z2Bar = Layers();
        int widest = 0;
        foreach (int n in sizes)
        {
            widest = Math.Max(widest, n);
        }

        aBar = new double[widest]; a1Bar = new double[widest]; a2Bar = new double[widest];
    }

    /// <summary>All weights and biases, layer by layer (weights row-major: output × input, then the biases).</summary>
    public double[] Parameters { get; }

    /// <summary>The trial solution and its second derivative at <paramref name="x"/>.</summary>
    /// <param name="x">A point of [0, 1].</param>
    /// <returns>u(x) and u''(x).</returns>
    public (double U, double Uxx) Evaluate(double x)
    {
        var (n, n1, n2) = Forward(x);
        double s = x * (1 - x), s1 = 1 - (2 * x);
        return (s * n, (-2 * n) + (2 * s1 * n1) + (s * n2));
    }

    /// <summary>The mean squared residual over <paramref name="points"/>, and its gradient.</summary>
    /// <param name="points">The collocation points.</param>
    /// <param name="gradient">Receives dLoss/dParameters (same length as <see cref="Parameters"/>), or empty for none.</param>
    /// <returns>The loss.</returns>
    public double Loss(ReadOnlySpan<double> points, Span<double> gradient)
    {
        if (!gradient.IsEmpty && gradient.Length != Parameters.Length)
        {
            throw new ArgumentException($"The gradient has {gradient.Length} elements; the network has {Parameters.Length} parameters.", nameof(gradient));
        }

        gradient.Clear();
        double sum = 0;
        foreach (double x in points)
        {
            var (n, n1, n2) = Forward(x);
            double s = x * (1 - x), s1 = 1 - (2 * x);
            double r = (-2 * n) + (2 * s1 * n1) + (s * n2) - PoissonProblem.Source(x);
            sum += r * r;
            if (!gradient.IsEmpty)
            {
                // dLoss/dr, then u'' = −2·N + 2·s'·N' + s·N'' backwards into N, N', N''.
                double g = 2 * r / points.Length;
                Backward(-2 * g, 2 * s1 * g, s * g, gradient);
            }
        }

        return sum / points.Length;
    }

    private (double N, double N1, double N2) Forward(double x)
    {
        a[0][0] = x;
        a1[0][0] = 1;
        a2[0][0] = 0;
        int last = sizes.Length - 1;
        for (int l = 1; l <= last; l++)
        {
            int rows = sizes[l], cols = sizes[l - 1];
            ReadOnlySpan<double> w = Parameters.AsSpan(weightOffsets[l], rows * cols);
            for (int i = 0; i < rows; i++)
            {
                double v = Parameters[biasOffsets[l] + i], v1 = 0, v2 = 0;
                for (int j = 0; j < cols; j++)
                {
                    double wij = w[(i * cols) + j];
                    v += wij * a[l - 1][j];
                    v1 += wij * a1[l - 1][j];
                    v2 += wij * a2[l - 1][j];
                }

                z[l][i] = v;
                z1[l][i] = v1;
                z2[l][i] = v2;
                if (l < last)
                {
                    TActivation sigma = default;
                    double d1 = sigma.First(v);
                    a[l][i] = sigma.Value(v);
                    a1[l][i] = d1 * v1;
                    a2[l][i] = (sigma.Second(v) * v1 * v1) + (d1 * v2);
                }
            }
        }

        return (z[last][0], z1[last][0], z2[last][0]);
    }

    private void Backward(double nBar, double n1Bar, double n2Bar, Span<double> gradient)
    {
        int last = sizes.Length - 1;
        zBar[last][0] = nBar;
        z1Bar[last][0] = n1Bar;
        z2Bar[last][0] = n2Bar;
        for (int l = last; l >= 1; l--)
        {
            int rows = sizes[l], cols = sizes[l - 1];
            ReadOnlySpan<double> w = Parameters.AsSpan(weightOffsets[l], rows * cols);
            Span<double> wBar = gradient.Slice(weightOffsets[l], rows * cols);
            Span<double> bBar = gradient.Slice(biasOffsets[l], rows);
            aBar.AsSpan(0, cols).Clear();
            a1Bar.AsSpan(0, cols).Clear();
            a2Bar.AsSpan(0, cols).Clear();
            for (int i = 0; i < rows; i++)
            {
                double g = zBar[l][i], g1 = z1Bar[l][i], g2 = z2Bar[l][i];
                bBar[i] += g;
                for (int j = 0; j < cols; j++)
                {
                    // z = W·a + b, z' = W·a', z'' = W·a''.
                    wBar[(i * cols) + j] += (g * a[l - 1][j]) + (g1 * a1[l - 1][j]) + (g2 * a2[l - 1][j]);
                    double wij = w[(i * cols) + j];
                    aBar[j] += wij * g;
                    a1Bar[j] += wij * g1;
                    a2Bar[j] += wij * g2;
                }
            }

            if (l == 1)
            {
                break;
            }

            // a = σ(z), a' = σ'(z)·z', a'' = σ''(z)·z'² + σ'(z)·z'' backwards: σ''' appears in the last line.
            for (int j = 0; j < cols; j++)
            {
                TActivation sigma = default;
                double v = z[l - 1][j], v1 = z1[l - 1][j], v2 = z2[l - 1][j];
                double d1 = sigma.First(v), d2 = sigma.Second(v), d3 = sigma.Third(v);
                zBar[l - 1][j] = (aBar[j] * d1) + (a1Bar[j] * d2 * v1) + (a2Bar[j] * ((d3 * v1 * v1) + (d2 * v2)));
                z1Bar[l - 1][j] = (a1Bar[j] * d1) + (a2Bar[j] * 2 * d2 * v1);
                z2Bar[l - 1][j] = a2Bar[j] * d1;
            }
        }
    }

    private double[][] Layers()
    {
        var layers = new double[sizes.Length][];
        for (int l = 0; l < sizes.Length; l++)
        {
            layers[l] = new double[sizes[l]];
        }

        return layers;
    }
}
