using System.Collections.Generic;

namespace DiffGen.Trainer.Training;

/// <summary>The outcome of training one activation.</summary>
/// <param name="Activation">The activation.</param>
/// <param name="Epochs">Per-epoch results.</param>
/// <param name="Curve">The training curve, several points per epoch.</param>
/// <param name="LearnedParameters">For an activation with learnable parameters, their trained values, one array per
/// hidden layer (input side first, in <see cref="IActivation.ParameterNames"/> order); empty otherwise.</param>
public sealed record TrainingResult(IActivation Activation, IReadOnlyList<EpochResult> Epochs, IReadOnlyList<CurvePoint> Curve, IReadOnlyList<float[]> LearnedParameters)
{
    /// <summary>Test accuracy after the last epoch.</summary>
    public double TestAccuracy => Epochs[^1].TestAccuracy;
}
