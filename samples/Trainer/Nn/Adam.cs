using System;
using System.Collections.Generic;

namespace DiffGen.Trainer.Nn;

/// <summary>The Adam optimizer (Kingma &amp; Ba), with bias correction.</summary>
public sealed class Adam
{
    private readonly float learningRate;
    private readonly float beta1;
    private readonly float beta2;
    private readonly float epsilon;
    private int step;

    /// <summary>Creates the optimizer.</summary>
    /// <param name="learningRate">Step size.</param>
    /// <param name="beta1">Decay of the first moment.</param>
    /// <param name="beta2">Decay of the second moment.</param>
    /// <param name="epsilon">Keeps the denominator away from zero.</param>
    public Adam(float learningRate = 1e-3f, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f)
    {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /// <summary>Applies one update to every parameter from its current gradient.</summary>
    /// <param name="parameters">The parameters.</param>
    public void Step(IEnumerable<Parameter> parameters)
    {
        step++;
        float correction1 = 1f - MathF.Pow(beta1, step);
        float correction2 = 1f - MathF.Pow(beta2, step);
        float stepSize = learningRate * MathF.Sqrt(correction2) / correction1;
        float epsilonHat = epsilon * MathF.Sqrt(correction2);
        foreach (var p in parameters)
        {
            float[] w = p.Value, g = p.Gradient, m = p.FirstMoment, v = p.SecondMoment;
            float size = stepSize * p.LearningRateScale;
            for (int i = 0; i < w.Length; i++)
            {
                m[i] = (beta1 * m[i]) + ((1f - beta1) * g[i]);
                v[i] = (beta2 * v[i]) + ((1f - beta2) * g[i] * g[i]);
                w[i] -= size * m[i] / (MathF.Sqrt(v[i]) + epsilonHat);
            }
        }
    }
}
