using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.IO;
using DiffGen.Testing;
using DiffGen.Trainer.Data;
using Spectre.Console;

namespace DiffGen.TorchSharpTrainer;

/// <summary>
/// Trains on Fashion-MNIST in TorchSharp with an activation written as ordinary C# and turned by DiffGen into a
/// TorchSharp module: <c>--activation NAME</c> or <c>--compare a,b,…</c>, <c>--composed</c> (the same activations written
/// as TorchSharp tensor operations instead), <c>--epochs N</c>, <c>--seed N</c>, <c>--data DIR</c>, <c>--batch N</c>,
/// <c>--lr X</c>, <c>--plot FILE.png</c>. A progress bar per epoch; the curves of test accuracy and loss per epoch go to
/// PNG files; a single run ends with <c>test accuracy: 0.XXXX</c>.
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: DiffGen.TorchSharpTrainer [--activation NAME | --compare NAME,NAME,...] [--composed] [--epochs N] [--seed N]\n" +
        "                                 [--data DIR] [--batch N] [--lr X] [--plot FILE.png]";

    /// <summary>Runs the trainer; exit code 2 for bad options, 3 for bad data.</summary>
    public static int Main(string[] args)
    {
        // Before TorchSharp loads its native library (Debian 12's libstdc++ is older than TorchSharp 0.107 asks for).
        LibTorchSharpPatch.Apply();

        var names = new List<string> { "smooth" };
        bool compare = false, composed = false;
        string plot = "torchsharp-trainer.png";
        int epochs = 3, seed = 1, batch = 64;
        double learningRate = 1e-3;
        string? data = null;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--composed")
                {
                    composed = true;
                    continue;
                }

                string value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value.");
                switch (args[i++])
                {
                    case "--activation": names = new List<string> { value }; break;
                    case "--compare": names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(); compare = true; break;
                    case "--epochs": epochs = Positive(value); break;
                    case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--batch": batch = Positive(value); break;
                    case "--lr": learningRate = double.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--data": data = value; break;
                    case "--plot": plot = value; break;
                    default: throw new FormatException($"unknown option {args[i - 1]}.");
                }
            }

            string? unknown = names.FirstOrDefault(n => !ActivationModules.Contains(n));
            if (unknown is not null || names.Count == 0)
            {
                throw new FormatException($"unknown activation '{unknown}'; available: {ActivationModules.Names}.");
            }
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message + "\n" + Usage);
            return 2;
        }

        string directory = data ?? (FashionMnist.IsPresent(FashionMnist.DebianDirectory) ? FashionMnist.DebianDirectory : FashionMnist.SubsetDirectory);
        LabeledImages train, test;
        try
        {
            (train, test) = FashionMnist.Load(directory);
        }
        catch (DataFormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 3;
        }

        Console.WriteLine($"Fashion-MNIST from {directory}: {train.Count} training and {test.Count} test images"
            + (directory == FashionMnist.SubsetDirectory ? " (the shipped subset; install dataset-fashion-mnist for the full set)" : string.Empty));
        var trainer = new MlpTrainer(train, test);
        var final = new Dictionary<string, EpochResult>();
        var curves = new Dictionary<string, List<EpochResult>>();
        foreach (string name in names.Select(ActivationModules.Canonical))
        {
            string label = composed ? name + " (composed)" : name;
            var history = curves[label] = new List<EpochResult>();

            // The bar draws only on an interactive terminal (and clears itself); the epoch lines are printed either way.
            AnsiConsole.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask? bar = null;
                    trainer.Train(name, composed, epochs, seed, batch, learningRate,
                        epoch =>
                        {
                            if (bar is null || history.Count == epoch)
                            {
                                bar = context.AddTask($"{label} epoch {epoch}/{epochs}", maxValue: trainer.Batches(batch));
                            }

                            bar.Increment(1);
                        },
                        (epoch, r) =>
                        {
                            bar?.StopTask();
                            history.Add(r);
                        });
                });

            for (int epoch = 1; epoch <= history.Count; epoch++)
            {
                EpochResult r = history[epoch - 1];
                Console.WriteLine($"{label,-10} epoch {epoch}/{epochs}: loss {r.Loss:F4}, test accuracy {r.TestAccuracy:F4}, {r.Seconds:F1} s");
            }

            final[label] = history[^1];
        }

        Curves.Write(plot, curves);
        if (compare)
        {
            Console.WriteLine();
            Console.WriteLine("activation           test accuracy  loss    s/epoch (last)");
            foreach ((string name, EpochResult r) in final)
            {
                Console.WriteLine($"{name,-19}  {r.TestAccuracy,13:F4}  {r.Loss:F4}  {r.Seconds:F1}");
            }
        }
        else
        {
            Console.WriteLine($"test accuracy: {final.Values.Single().TestAccuracy.ToString("F4", CultureInfo.InvariantCulture)}");
        }

        return 0;
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : throw new FormatException($"'{value}' is not a positive integer.");
}
