using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DiffGen.Trainer.Training;
using ScottPlot;

namespace DiffGen.Trainer.Output;

/// <summary>Writes the PNG plots: training curves, and each activation with its generated derivative.</summary>
public static class Plots
{
    private const int Width = 900;
    private const int Height = 560;

    /// <summary>Writes <c>loss.png</c> and <c>accuracy.png</c>, one curve per activation.</summary>
    /// <param name="results">The runs.</param>
    /// <param name="directory">The output folder (created if missing).</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteCurves(IReadOnlyList<TrainingResult> results, string directory)
    {
        Directory.CreateDirectory(directory);
        var loss = new Plot();
        var accuracy = new Plot();
        foreach (var r in results)
        {
            double[] x = r.Curve.Select(p => p.Epoch).ToArray();
            var trainLoss = loss.Add.Scatter(x, r.Curve.Select(p => p.Loss).ToArray());
            trainLoss.LegendText = $"{r.Activation.Name} (train)";
            trainLoss.MarkerSize = 0;
            var testLoss = loss.Add.Scatter(r.Epochs.Select(e => (double)e.Epoch).ToArray(), r.Epochs.Select(e => e.TestLoss).ToArray());
            testLoss.LegendText = $"{r.Activation.Name} (test)";
            testLoss.Color = trainLoss.Color;
            testLoss.LinePattern = LinePattern.Dashed;
            testLoss.MarkerSize = 8;

            var trainAccuracy = accuracy.Add.Scatter(x, r.Curve.Select(p => p.Accuracy).ToArray());
            trainAccuracy.LegendText = $"{r.Activation.Name} (train)";
            trainAccuracy.MarkerSize = 0;
            var testAccuracy = accuracy.Add.Scatter(r.Epochs.Select(e => (double)e.Epoch).ToArray(), r.Epochs.Select(e => e.TestAccuracy).ToArray());
            testAccuracy.LegendText = $"{r.Activation.Name} (test)";
            testAccuracy.Color = trainAccuracy.Color;
            testAccuracy.LinePattern = LinePattern.Dashed;
            testAccuracy.MarkerSize = 8;
        }

        Decorate(loss, "Cross-entropy loss", "loss");
        Decorate(accuracy, "Accuracy", "accuracy");
        string lossPath = Path.Combine(directory, "loss.png");
        string accuracyPath = Path.Combine(directory, "accuracy.png");
        loss.SavePng(lossPath, Width, Height);
        accuracy.SavePng(accuracyPath, Width, Height);
        return new[] { lossPath, accuracyPath };
    }

    /// <summary>
    /// Writes <c>activation-NAME.png</c> over [−5, 5]: the function and its generated derivative, or, for an
    /// activation with learnable parameters that has been trained, its initial shape beside each layer's learned one
    /// (with parameters per channel, the shape at their means over the channels).
    /// </summary>
    /// <param name="activation">The activation.</param>
    /// <param name="directory">The output folder (created if missing).</param>
    /// <param name="learned">The trained parameters, one array per hidden layer, or null/empty for none.</param>
    /// <returns>The file written.</returns>
    public static string WriteActivation(IActivation activation, string directory, IReadOnlyList<float[]>? learned = null)
    {
        Directory.CreateDirectory(directory);
        double[] x = Enumerable.Range(0, 1001).Select(i => -5.0 + (i * 0.01)).ToArray();
        var plot = new Plot();
        var f = plot.Add.Scatter(x, x.Select(v => (double)activation.Value((float)v)).ToArray());
        f.MarkerSize = 0;
        f.LineWidth = 2;
        if (learned is { Count: > 0 })
        {
            f.LegendText = $"{activation.Name}, initial ({Describe(activation, activation.InitialParameters)})";
            f.LinePattern = LinePattern.Dashed;
            for (int layer = 0; layer < learned.Count; layer++)
            {
                int channels = learned[layer].Length / activation.ParameterNames.Count;
                float[] p = LearnedParametersReport.ChannelMeans(learned[layer], activation.ParameterNames.Count);
                var g = plot.Add.Scatter(x, x.Select(v => (double)activation.Value((float)v, p)).ToArray());
                g.LegendText = channels == 1
                    ? $"layer {layer + 1}, learned ({Describe(activation, p)})"
                    : $"layer {layer + 1}, learned, mean of {channels} channels ({Describe(activation, p)})";
                g.MarkerSize = 0;
                g.LineWidth = 2;
            }

            Decorate(plot, $"{activation.Name}: initial and learned shapes", "y");
        }
        else
        {
            f.LegendText = $"{activation.Name}(x)";
            var d = plot.Add.Scatter(x, x.Select(v => (double)activation.Derivative((float)v)).ToArray());
            d.LegendText = $"{activation.Name}'(x), generated";
            d.MarkerSize = 0;
            d.LineWidth = 2;
            d.LinePattern = LinePattern.Dashed;
            Decorate(plot, $"{activation.Name} and its generated derivative", "y");
        }

        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Add.VerticalLine(0, 1, Colors.Gray);
        plot.XLabel("x");
        string path = Path.Combine(directory, $"activation-{activation.Name}.png");
        plot.SavePng(path, Width, Height);
        return path;
    }

    /// <summary>Parameters as <c>name = value</c> pairs; a long list (a rational activation's ten coefficients) is elided.</summary>
    private static string Describe(IActivation activation, IReadOnlyList<float> values) =>
        values.Count > 3
            ? $"{values.Count} coefficients"
            : string.Join(", ", activation.ParameterNames.Select((n, k) => string.Create(CultureInfo.InvariantCulture, $"{n} = {values[k]:G4}")));

    private static void Decorate(Plot plot, string title, string yLabel)
    {
        plot.Title(title);
        plot.XLabel("epoch");
        plot.YLabel(yLabel);
        plot.ShowLegend();
    }
}
