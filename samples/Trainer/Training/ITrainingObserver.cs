namespace DiffGen.Trainer.Training;

/// <summary>Receives progress while a network trains (the console UI implements it; tests pass none).</summary>
public interface ITrainingObserver
{
    /// <summary>An epoch starts.</summary>
    /// <param name="epoch">1-based epoch.</param>
    /// <param name="batches">Batches in the epoch.</param>
    void EpochStarted(int epoch, int batches);

    /// <summary>A batch finished.</summary>
    /// <param name="epoch">1-based epoch.</param>
    /// <param name="batchesDone">Batches done in this epoch.</param>
    /// <param name="runningLoss">Mean training loss so far in this epoch.</param>
    /// <param name="runningAccuracy">Training accuracy so far in this epoch.</param>
    void BatchCompleted(int epoch, int batchesDone, double runningLoss, double runningAccuracy);

    /// <summary>An epoch finished and was evaluated.</summary>
    /// <param name="result">The epoch's results.</param>
    void EpochCompleted(EpochResult result);
}
