using System;

namespace DiffGen.Trainer.Learnable;

/// <summary>PReLU with one learnable slope per layer.</summary>
public readonly struct PReluFunction : ILearnableFunction
{
    /// <inheritdoc/>
    public string MethodName => nameof(Activations.PRelu);

    /// <inheritdoc/>
    public float Value(float x, ReadOnlySpan<float> p) => Activations.PRelu(x, p[0]);

    /// <inheritdoc/>
    public float Derivative(float x, ReadOnlySpan<float> p) => Activations.PReluBackward(x, p[0], 1f).dx;

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> p, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Activations.PRelu(x[i], p[0]);
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> p, Span<float> gradient, Span<float> dp)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            var (dx, dslope) = Activations.PReluBackward(x[i], p[0], gradient[i]);
            gradient[i] = dx;
            sum += dslope;
        }

        dp[0] = (float)sum;
    }
}

/// <summary>Swish with one learnable β per layer.</summary>
public readonly struct SwishBetaFunction : ILearnableFunction
{
    /// <inheritdoc/>
    public string MethodName => nameof(Activations.SwishBeta);

    /// <inheritdoc/>
    public float Value(float x, ReadOnlySpan<float> p) => Activations.SwishBeta(x, p[0]);

    /// <inheritdoc/>
    public float Derivative(float x, ReadOnlySpan<float> p) => Activations.SwishBetaBackward(x, p[0], 1f).dx;

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> p, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Activations.SwishBeta(x[i], p[0]);
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> p, Span<float> gradient, Span<float> dp)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            var (dx, dbeta) = Activations.SwishBetaBackward(x[i], p[0], gradient[i]);
            gradient[i] = dx;
            sum += dbeta;
        }

        dp[0] = (float)sum;
    }
}
