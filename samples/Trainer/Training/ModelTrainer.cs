using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using DiffGen.Trainer.Data;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer.Training;

/// <summary>Mini-batch training with Adam and softmax cross-entropy, with evaluation on the test set after every epoch.</summary>
public static class ModelTrainer
{
    /// <summary>Curve points recorded per epoch.</summary>
    private const int CurvePointsPerEpoch = 20;

    /// <summary>Trains a fresh network with the given activation.</summary>
    /// <param name="activation">The hidden layers' activation.</param>
    /// <param name="train">Training set.</param>
    /// <param name="test">Test set.</param>
    /// <param name="options">Hyper-parameters.</param>
    /// <param name="observer">Receives progress, or null.</param>
    /// <returns>Per-epoch results and the training curve.</returns>
    public static TrainingResult Train(IActivation activation, LabeledImages train, LabeledImages test, TrainingOptions options, ITrainingObserver? observer = null)
    {
        // One generator for initialization then shuffling: the same seed gives every activation the same order of batches.
        var random = new Random(options.Seed);
        int[] sizes = [train.FeatureCount, .. options.HiddenSizes, FashionMnist.ClassCount];
        var network = activation.CreateNetwork(sizes, random, options.PerChannel);
        var adam = new Adam(options.LearningRate);

        int batchSize = Math.Min(options.BatchSize, train.Count);
        int batches = (train.Count + batchSize - 1) / batchSize;
        int[] order = Enumerable.Range(0, train.Count).ToArray();
        var input = new float[batchSize * train.FeatureCount];
        var labels = new byte[batchSize];
        var logitGradient = new float[batchSize * FashionMnist.ClassCount];
        var epochs = new List<EpochResult>();
        var curve = new List<CurvePoint>();

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            observer?.EpochStarted(epoch, batches);
            var clock = Stopwatch.StartNew();
            double lossSum = 0, segmentLoss = 0;
            int correct = 0, seen = 0, segmentCorrect = 0, segmentSeen = 0, nextPoint = 1;
            for (int b = 0; b < batches; b++)
            {
                int start = b * batchSize;
                int count = Math.Min(batchSize, train.Count - start);
                for (int r = 0; r < count; r++)
                {
                    int sample = order[start + r];
                    train.Row(sample).CopyTo(input.AsSpan(r * train.FeatureCount));
                    labels[r] = train.Labels[sample];
                }

                float[] logits = network.Forward(input, count);
                var (loss, right) = SoftmaxCrossEntropy.Evaluate(
                    logits.AsSpan(0, count * FashionMnist.ClassCount), labels.AsSpan(0, count), FashionMnist.ClassCount, logitGradient.AsSpan(0, count * FashionMnist.ClassCount));
                network.Backward(logitGradient);
                adam.Step(network.Parameters);

                lossSum += loss;
                correct += right;
                seen += count;
                segmentLoss += loss;
                segmentCorrect += right;
                segmentSeen += count;
                if ((b + 1) * CurvePointsPerEpoch >= nextPoint * batches)
                {
                    curve.Add(new CurvePoint(epoch - 1 + ((b + 1) / (double)batches), segmentLoss / segmentSeen, segmentCorrect / (double)segmentSeen));
                    segmentLoss = 0;
                    segmentCorrect = segmentSeen = 0;
                    nextPoint = ((b + 1) * CurvePointsPerEpoch / batches) + 1;
                }

                observer?.BatchCompleted(epoch, b + 1, lossSum / seen, correct / (double)seen);
            }

            double seconds = clock.Elapsed.TotalSeconds;
            var (testLoss, testAccuracy) = Evaluate(network, test);
            var result = new EpochResult(epoch, lossSum / seen, correct / (double)seen, testLoss, testAccuracy, seconds);
            epochs.Add(result);
            observer?.EpochCompleted(result);
        }

        var learned = network.Layers.OfType<ILearnableActivationLayer>().Select(l => (float[])l.ActivationParameters.Value.Clone()).ToArray();
        return new TrainingResult(activation, epochs, curve, learned);
    }

    /// <summary>Mean loss and accuracy of a network on a data set.</summary>
    /// <param name="network">The network.</param>
    /// <param name="data">The data.</param>
    /// <returns>Mean loss and accuracy.</returns>
    public static (double Loss, double Accuracy) Evaluate(Network network, LabeledImages data)
    {
        const int BatchSize = 256;
        var input = new float[BatchSize * data.FeatureCount];
        double lossSum = 0;
        int correct = 0;
        for (int start = 0; start < data.Count; start += BatchSize)
        {
            int count = Math.Min(BatchSize, data.Count - start);
            data.Features.AsSpan(start * data.FeatureCount, count * data.FeatureCount).CopyTo(input);
            float[] logits = network.Forward(input, count);
            var (loss, right) = SoftmaxCrossEntropy.Evaluate(
                logits.AsSpan(0, count * network.ClassCount), data.Labels.AsSpan(start, count), network.ClassCount, Span<float>.Empty);
            lossSum += loss;
            correct += right;
        }

        return (lossSum / data.Count, correct / (double)data.Count);
    }
}
