using System;

namespace DiffGen.Trainer.Nn;

/// <summary>Softmax followed by cross-entropy against integer labels, fused for numerical stability.</summary>
public static class SoftmaxCrossEntropy
{
    /// <summary>
    /// Computes the summed loss of a batch, counts correct predictions, and optionally writes dLoss/dLogits of the
    /// batch's mean loss: <c>(softmax(z) − onehot(label)) / batch</c>.
    /// </summary>
    /// <param name="logits">batch × classes.</param>
    /// <param name="labels">The batch's labels.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="gradient">Receives the gradient (batch × classes), or null for evaluation only.</param>
    /// <returns>Summed loss (double, so large sums stay exact enough) and number of correct argmax predictions.</returns>
    public static (double LossSum, int Correct) Evaluate(ReadOnlySpan<float> logits, ReadOnlySpan<byte> labels, int classes, Span<float> gradient)
    {
        int batch = labels.Length;
        double lossSum = 0;
        int correct = 0;
        bool wantGradient = !gradient.IsEmpty;
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<float> z = logits.Slice(r * classes, classes);
            int best = 0;
            for (int c = 1; c < classes; c++)
            {
                if (z[c] > z[best])
                {
                    best = c;
                }
            }

            // Shifting by the maximum keeps every exponent ≤ 0.
            double max = z[best];
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                sum += Math.Exp(z[c] - max);
            }

            int label = labels[r];
            double logSum = Math.Log(sum);
            lossSum += logSum - (z[label] - max);
            if (best == label)
            {
                correct++;
            }

            if (wantGradient)
            {
                Span<float> g = gradient.Slice(r * classes, classes);
                for (int c = 0; c < classes; c++)
                {
                    double p = Math.Exp(z[c] - max - logSum);
                    g[c] = (float)((p - (c == label ? 1.0 : 0.0)) / batch);
                }
            }
        }

        return (lossSum, correct);
    }
}
