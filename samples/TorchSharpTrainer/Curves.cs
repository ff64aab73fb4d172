using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DiffGen.TorchSharpTrainer;

/// <summary>The learning curves as PNG files: test accuracy per epoch, and mean training loss per epoch beside it.</summary>
public static class Curves
{
    /// <summary>
    /// Writes the test accuracy of every run to <paramref name="path"/> and the loss to the same name with <c>-loss</c>
    /// added. A failure to draw (a missing native graphics library) is reported, not fatal: the training result stands.
    /// </summary>
    public static void Write(string path, IReadOnlyDictionary<string, List<EpochResult>> runs)
    {
        string loss = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "-loss" + Path.GetExtension(path));
        try
        {
            Draw(path, runs, "test accuracy", r => r.TestAccuracy);
            Draw(loss, runs, "training loss", r => r.Loss);
            Console.WriteLine($"curves: {Path.GetFullPath(path)}, {Path.GetFullPath(loss)}");
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"curves not written: {e.Message}");
        }
    }

    private static void Draw(string path, IReadOnlyDictionary<string, List<EpochResult>> runs, string quantity, Func<EpochResult, double> value)
    {
        var plot = new ScottPlot.Plot();
        foreach ((string name, List<EpochResult> history) in runs)
        {
            double[] epochs = Enumerable.Range(1, history.Count).Select(e => (double)e).ToArray();
            var line = plot.Add.Scatter(epochs, history.Select(value).ToArray());
            line.LegendText = name;
        }

        plot.Title($"Fashion-MNIST, MLP 784-256-128-10: {quantity} per epoch");
        plot.XLabel("epoch");
        plot.YLabel(quantity);
        plot.ShowLegend();
        plot.SavePng(path, 800, 500);
    }
}
