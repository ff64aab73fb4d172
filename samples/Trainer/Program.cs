using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Trainer.Cli;
using DiffGen.Trainer.Data;
using DiffGen.Trainer.Output;
using DiffGen.Trainer.Training;
using Spectre.Console;

namespace DiffGen.Trainer;

/// <summary>
/// Trains an MLP on Fashion-MNIST with an activation from the <c>[Differentiable]</c> library, picked by name.
/// Exit codes: 0 success, 2 bad command line, 3 missing or corrupt data.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        CommandLine options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("Run with --help for the options.");
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        LabeledImages train, test;
        try
        {
            string directory = ResolveDataDirectory(options.DataDirectory);
            (train, test) = FashionMnist.Load(directory);
        }
        catch (DataFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine($"The full data set: apt-get install dataset-fashion-mnist (files under {FashionMnist.DebianDirectory}).");
            return 3;
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{train.Count} training and {test.Count} test images; network {train.FeatureCount}-{string.Join("-", TrainingOptions.Default.HiddenSizes)}-{FashionMnist.ClassCount}; {options.Epochs} epoch(s), batch {options.BatchSize}, Adam lr {options.LearningRate}, seed {options.Seed}{(options.PerChannel ? "; activation parameters per channel" : string.Empty)}"));
        var trainingOptions = TrainingOptions.Default with
        {
            Epochs = options.Epochs,
            BatchSize = options.BatchSize,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            PerChannel = options.PerChannel,
        };

        var results = new List<TrainingResult>();
        foreach (var activation in options.Activations)
        {
            results.Add(AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 16 }, new PercentageColumn())
                .Start(context => ModelTrainer.Train(activation, train, test, trainingOptions, new ProgressObserver(context, activation.Name))));
        }

        AnsiConsole.Write(SummaryTable.Create(results));
        foreach (string line in results.SelectMany(LearnedParametersReport.Lines))
        {
            Console.WriteLine(line);
        }

        WritePlots(results, options.OutputDirectory);
        if (!options.Compare)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"test accuracy: {results[0].TestAccuracy:F4}"));
        }

        return 0;
    }

    private static string ResolveDataDirectory(string? requested)
    {
        if (requested is not null)
        {
            Console.WriteLine($"data: {requested}");
            return requested;
        }

        if (FashionMnist.IsPresent(FashionMnist.DebianDirectory))
        {
            Console.WriteLine($"data: full Fashion-MNIST in {FashionMnist.DebianDirectory}");
            return FashionMnist.DebianDirectory;
        }

        Console.WriteLine($"data: the small subset shipped with the trainer ({FashionMnist.SubsetDirectory}).");
        Console.WriteLine($"      For the full data set: apt-get install dataset-fashion-mnist (installs it under {FashionMnist.DebianDirectory}).");
        return FashionMnist.SubsetDirectory;
    }

    private static void WritePlots(IReadOnlyList<TrainingResult> results, string directory)
    {
        try
        {
            var files = new List<string>(Plots.WriteCurves(results, directory));
            foreach (var r in results)
            {
                files.Add(Plots.WriteActivation(r.Activation, directory, r.LearnedParameters));
            }

            Console.WriteLine($"plots: {string.Join(", ", files)}");
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or TypeInitializationException or DllNotFoundException)
        {
            // The numbers above are the result; a missing native graphics library or an unwritable folder only costs the pictures.
            Console.Error.WriteLine($"warning: could not write the plots to {directory}: {e.Message}");
        }
    }
}
