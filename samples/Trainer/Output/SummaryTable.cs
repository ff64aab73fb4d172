using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Trainer.Training;
using Spectre.Console;

namespace DiffGen.Trainer.Output;

/// <summary>The final table: one row per activation, its test accuracy after every epoch side by side.</summary>
public static class SummaryTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="results">One result per activation, trained with the same seed.</param>
    /// <returns>The table.</returns>
    public static Table Create(IReadOnlyList<TrainingResult> results)
    {
        int epochs = results.Max(r => r.Epochs.Count);
        var table = new Table().Title("Summary").Caption("acc@N: test accuracy after epoch N").AddColumn("activation");
        for (int e = 1; e <= epochs; e++)
        {
            table.AddColumn(new TableColumn($"acc@{e}").RightAligned());
        }

        table.AddColumn(new TableColumn("test loss").RightAligned());
        table.AddColumn(new TableColumn("train loss").RightAligned());
        table.AddColumn(new TableColumn("s/epoch").RightAligned());
        double best = results.Max(r => r.TestAccuracy);
        foreach (var r in results)
        {
            var cells = new List<string> { Markup.Escape(r.Activation.Name) };
            cells.AddRange(r.Epochs.Select(e => F(e.TestAccuracy)));
            cells.AddRange(Enumerable.Repeat("", epochs - r.Epochs.Count));
            cells[^1] = r.TestAccuracy == best && results.Count > 1 ? $"[bold green]{cells[^1]}[/]" : cells[^1];
            cells.Add(F(r.Epochs[^1].TestLoss));
            cells.Add(F(r.Epochs[^1].TrainLoss));
            cells.Add(r.Epochs.Average(e => e.Seconds).ToString("F1", CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string F(double x) => x.ToString("F4", CultureInfo.InvariantCulture);
}
