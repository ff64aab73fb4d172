using System;
using System.Collections.Generic;

namespace DiffGen.Pinn;

/// <summary>Settings of a solve.</summary>
/// <param name="Iterations">Adam steps (full batch).</param>
/// <param name="Points">Collocation points, evenly spaced inside (0, 1).</param>
/// <param name="Hidden">Hidden layer widths.</param>
/// <param name="LearningRate">Adam's initial step; it decays exponentially to a hundredth of that at the end.</param>
/// <param name="Seed">Seeds the initial weights.</param>
public sealed record SolverOptions(int Iterations, int Points, int[] Hidden, double LearningRate, int Seed)
{
    /// <summary>What the sample runs by default: under a minute on two cores.</summary>
    public static SolverOptions Default { get; } = new(Iterations: 4000, Points: 64, Hidden: [20, 20], LearningRate: 1e-2, Seed: 1);
}

/// <summary>A point of the convergence history.</summary>
/// <param name="Iteration">Steps taken.</param>
/// <param name="Residual">Mean squared PDE residual at the collocation points.</param>
/// <param name="MaxError">Largest |u − u_exact| on a fine grid.</param>
public sealed record Progress(int Iteration, double Residual, double MaxError);

/// <summary>The outcome of a solve.</summary>
/// <param name="History">Residual and error along the way.</param>
/// <param name="X">The fine grid.</param>
/// <param name="U">The network's solution on it.</param>
/// <param name="Exact">The exact solution on it.</param>
public sealed record SolveResult(IReadOnlyList<Progress> History, double[] X, double[] U, double[] Exact)
{
    /// <summary>The final largest |u − u_exact|.</summary>
    public double MaxError => History[^1].MaxError;

    /// <summary>The final mean squared residual.</summary>
    public double Residual => History[^1].Residual;
}

/// <summary>Minimizes the mean squared residual of <c>u'' = f</c> with Adam.</summary>
public static class Solver
{
    private const int GridPoints = 1001;

    /// <summary>Trains a fresh network.</summary>
    /// <typeparam name="TActivation">The hidden layers' activation.</typeparam>
    /// <param name="options">Settings.</param>
    /// <param name="reportEvery">Steps between history points (and calls to <paramref name="report"/>).</param>
    /// <param name="report">Called with each history point, or null.</param>
    /// <returns>The history and the final solution.</returns>
    public static SolveResult Solve<TActivation>(SolverOptions options, int reportEvery = 250, Action<Progress>? report = null)
        where TActivation : struct, ISmoothActivation
    {
        var network = new PoissonNetwork<TActivation>(options.Hidden, new Random(options.Seed));
        var adam = new Adam(network.Parameters.Length, options.LearningRate);
        var points = new double[options.Points];
        for (int k = 0; k < points.Length; k++)
        {
            points[k] = (k + 0.5) / points.Length;
        }

        var gradient = new double[network.Parameters.Length];
        var history = new List<Progress>();
        for (int t = 0; t <= options.Iterations; t++)
        {
            double residual = network.Loss(points, gradient);
            if (t % reportEvery == 0 || t == options.Iterations)
            {
                var p = new Progress(t, residual, MaxError(network));
                history.Add(p);
                report?.Invoke(p);
            }

            if (t < options.Iterations)
            {
                adam.LearningRate = options.LearningRate * Math.Pow(0.01, t / (double)options.Iterations);
                adam.Step(network.Parameters, gradient);
            }
        }

        var x = new double[GridPoints];
        var u = new double[GridPoints];
        var exact = new double[GridPoints];
        for (int i = 0; i < GridPoints; i++)
        {
            x[i] = i / (double)(GridPoints - 1);
            u[i] = network.Evaluate(x[i]).U;
            exact[i] = PoissonProblem.Exact(x[i]);
        }

        return new SolveResult(history, x, u, exact);
    }

    private static double MaxError<TActivation>(PoissonNetwork<TActivation> network)
        where TActivation : struct, ISmoothActivation
    {
        double worst = 0;
        for (int i = 0; i < GridPoints; i++)
        {
            double x = i / (double)(GridPoints - 1);
            worst = Math.Max(worst, Math.Abs(network.Evaluate(x).U - PoissonProblem.Exact(x)));
        }

        return worst;
    }
}
