using System.Collections.Generic;

namespace DiffGen.Trainer.Training;

/// <summary>Hyper-parameters of a training run.</summary>
/// <param name="Epochs">Passes over the training set.</param>
/// <param name="BatchSize">Samples per mini-batch.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="Seed">Seeds the initial weights and the shuffling; equal seeds give equal runs.</param>
/// <param name="HiddenSizes">Widths of the hidden layers.</param>
/// <param name="PerChannel">Learnable activations get one set of parameters per feature of each hidden layer, not one per layer.</param>
public sealed record TrainingOptions(int Epochs, int BatchSize, float LearningRate, int Seed, IReadOnlyList<int> HiddenSizes, bool PerChannel = false)
{
    /// <summary>The acceptance configuration: 784-256-128-10, batches of 64, Adam 1e-3.</summary>
    public static TrainingOptions Default { get; } = new(3, 64, 1e-3f, 1, new[] { 256, 128 });
}
