using System;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer.Tests;

/// <summary>Compares a network's back-propagated gradient with central finite differences of its loss.</summary>
internal static class GradientCheck
{
    /// <summary>Step of the central differences: small next to the distance of typical pre-activations from a kink, large next to float rounding of the loss.</summary>
    private const float Step = 1e-3f;

    /// <summary>
    /// For every parameter, the worst violation of <c>|backprop − fd| ≤ tolerance</c> relative to the tolerance
    /// (so ≤ 1 passes), and the largest gradient seen (so a test can tell the check was not vacuous).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="input">batch × inputs.</param>
    /// <param name="labels">The batch's labels.</param>
    /// <returns>Worst ratio of error to tolerance, and the largest analytic gradient.</returns>
    public static (double WorstRatio, double LargestGradient) Run(Network network, float[] input, byte[] labels)
    {
        int batch = labels.Length;
        var logitGradient = new float[batch * network.ClassCount];
        Loss(network, input, labels, logitGradient);
        network.Backward(logitGradient);

        double worst = 0, largest = 0;
        foreach (var p in network.Parameters)
        {
            // Backward of later parameters' forward passes must not overwrite this one's gradient: copy first.
            float[] analytic = (float[])p.Gradient.Clone();
            for (int i = 0; i < p.Value.Length; i++)
            {
                float saved = p.Value[i];
                p.Value[i] = saved + Step;
                double up = Loss(network, input, labels, Span<float>.Empty);
                p.Value[i] = saved - Step;
                double down = Loss(network, input, labels, Span<float>.Empty);
                p.Value[i] = saved;

                // The perturbation actually applied is the float difference, not 2·Step.
                double numeric = (up - down) / ((double)(saved + Step) - (saved - Step));
                double tolerance = 2e-4 + (1e-2 * Math.Abs(numeric));
                worst = Math.Max(worst, Math.Abs(analytic[i] - numeric) / tolerance);
                largest = Math.Max(largest, Math.Abs(analytic[i]));
            }
        }

        return (worst, largest);
    }

    private static double Loss(Network network, float[] input, byte[] labels, Span<float> gradient)
    {
        float[] logits = network.Forward(input, labels.Length);
        var (sum, _) = SoftmaxCrossEntropy.Evaluate(logits.AsSpan(0, labels.Length * network.ClassCount), labels, network.ClassCount, gradient);
        return sum / labels.Length;
    }
}
