using System.Globalization;
using DiffGen.Trainer.Training;
using Spectre.Console;

namespace DiffGen.Trainer.Output;

/// <summary>Shows one Spectre.Console progress bar per epoch, labelled with the running loss and accuracy.</summary>
/// <param name="context">The live progress display.</param>
/// <param name="activation">The activation being trained, shown in every label.</param>
public sealed class ProgressObserver(ProgressContext context, string activation) : ITrainingObserver
{
    private ProgressTask? task;

    /// <inheritdoc/>
    public void EpochStarted(int epoch, int batches)
    {
        task = context.AddTask(Label(epoch, "starting"), maxValue: batches);
    }

    /// <inheritdoc/>
    public void BatchCompleted(int epoch, int batchesDone, double runningLoss, double runningAccuracy)
    {
        if (task is null)
        {
            return;
        }

        task.Value = batchesDone;

        // Relabelling every batch would only churn strings; the display refreshes a few times a second anyway.
        if (batchesDone % 16 == 0)
        {
            task.Description = Label(epoch, string.Create(CultureInfo.InvariantCulture, $"loss {runningLoss:F4} acc {runningAccuracy:F4}"));
        }
    }

    /// <inheritdoc/>
    public void EpochCompleted(EpochResult result)
    {
        if (task is null)
        {
            return;
        }

        task.Description = Label(
            result.Epoch,
            string.Create(CultureInfo.InvariantCulture, $"loss {result.TrainLoss:F4} acc {result.TrainAccuracy:F4} [green]test {result.TestAccuracy:F4}[/] {result.Seconds:F1}s"));
        task.StopTask();
    }

    private string Label(int epoch, string text) => $"{Markup.Escape(activation)} e{epoch}: {text}";
}
