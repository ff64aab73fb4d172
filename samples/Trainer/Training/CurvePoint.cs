namespace DiffGen.Trainer.Training;

/// <summary>A point of the training curve: the mean over the batches since the previous point.</summary>
/// <param name="Epoch">Position in epochs (fractional).</param>
/// <param name="Loss">Mean training loss.</param>
/// <param name="Accuracy">Training accuracy.</param>
public sealed record CurvePoint(double Epoch, double Loss, double Accuracy);
