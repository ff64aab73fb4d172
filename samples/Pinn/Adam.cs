using System;

namespace DiffGen.Pinn;

/// <summary>The Adam optimizer (Kingma &amp; Ba) over one flat vector of parameters, in double precision.</summary>
/// <param name="length">Number of parameters.</param>
/// <param name="learningRate">Step size.</param>
public sealed class Adam(int length, double learningRate)
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-10;
    private readonly double[] m = new double[length];
    private readonly double[] v = new double[length];
    private int step;

    /// <summary>The step size; the solver lowers it as the residual falls.</summary>
    public double LearningRate { get; set; } = learningRate;

    /// <summary>One update of <paramref name="parameters"/> from <paramref name="gradient"/>.</summary>
    /// <param name="parameters">Updated in place.</param>
    /// <param name="gradient">The loss's gradient.</param>
    public void Step(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        step++;
        double c1 = 1 - Math.Pow(Beta1, step), c2 = 1 - Math.Pow(Beta2, step);
        for (int i = 0; i < parameters.Length; i++)
        {
            m[i] = (Beta1 * m[i]) + ((1 - Beta1) * gradient[i]);
            v[i] = (Beta2 * v[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
            parameters[i] -= LearningRate * (m[i] / c1) / (Math.Sqrt(v[i] / c2) + Epsilon);
        }
    }
}
