using System.Collections.Generic;

namespace DiffGen.Trainer.Training;

/// <summary>The outcome of training one activation.</summary>
/// <param name="Activation">The activation.</param>
/// <param name="Epochs">Per-epoch results.</param>
/// <param name="Curve">The training curve, several points per epoch.</param>
public sealed record TrainingResult(IActivation Activation, IReadOnlyList<EpochResult> Epochs, IReadOnlyList<CurvePoint> Curve)
{
    /// <summary>Test accuracy after the last epoch.</summary>
    public double TestAccuracy => Epochs[^1].TestAccuracy;
}
