using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DiffGen.Trainer.Cli;

/// <summary>The parsed command line.</summary>
/// <param name="Activations">The activations to train: one for <c>--activation</c>, several for <c>--compare</c>.</param>
/// <param name="Compare">Whether <c>--compare</c> was used.</param>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="DataDirectory">Where the IDX files are, or null for the default.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="OutputDirectory">Where plots go.</param>
/// <param name="BatchSize">Mini-batch size.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="ShowHelp">Whether only the help was asked for.</param>
/// <param name="PerChannel">Whether <c>--per-channel</c> was given: learnable activations get parameters per feature.</param>
public sealed record CommandLine(
    IReadOnlyList<IActivation> Activations,
    bool Compare,
    int Epochs,
    string? DataDirectory,
    int Seed,
    string OutputDirectory,
    int BatchSize,
    float LearningRate,
    bool ShowHelp,
    bool PerChannel = false)
{
    /// <summary>The usage text.</summary>
    public static string Usage =>
        "usage: DiffGen.Trainer [--activation NAME | --compare NAME,NAME,...] [--epochs N] [--data DIR] [--seed N]\n" +
        "                       [--out DIR] [--batch N] [--lr X] [--per-channel]\n" +
        $"  activations: {ActivationCatalog.Names} (case-insensitive; default smooth)\n" +
        "  --epochs N    passes over the training set (default 3)\n" +
        $"  --data DIR    folder with the four Fashion-MNIST IDX .gz files (default {Data.FashionMnist.DebianDirectory}\n" +
        "                if present, else the small subset shipped with the trainer)\n" +
        "  --seed N      seeds initialization and shuffling (default 1)\n" +
        "  --out DIR     where the PNG plots go (default out)\n" +
        "  --batch N     mini-batch size (default 64); --lr X: Adam learning rate (default 0.001)\n" +
        "  --per-channel learnable activations (prelu, swishbeta, pau) get one set of parameters per feature of\n" +
        "                each hidden layer, as nn.PReLU(C), instead of one per layer; others ignore it";

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="UsageException">An option is unknown, lacks its value, or has a bad value.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        string? activation = null, compare = null, data = null;
        string output = "out";
        int epochs = 3, seed = 1, batch = 64;
        float learningRate = 1e-3f;
        bool perChannel = false;
        for (int i = 0; i < args.Count; i++)
        {
            string option = args[i];
            if (option is "--help" or "-h")
            {
                return new CommandLine(Array.Empty<IActivation>(), false, epochs, data, seed, output, batch, learningRate, ShowHelp: true);
            }

            if (option == "--per-channel")
            {
                // A switch: it takes no value.
                perChannel = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new UsageException(option.StartsWith("--", StringComparison.Ordinal) ? $"{option} needs a value." : $"unexpected argument '{option}'.");
            }

            string value = args[++i];
            switch (option)
            {
                case "--activation": activation = value; break;
                case "--compare": compare = value; break;
                case "--data": data = value; break;
                case "--out": output = value; break;
                case "--epochs": epochs = ParseInt(option, value, 1, 1000); break;
                case "--seed": seed = ParseInt(option, value, int.MinValue, int.MaxValue); break;
                case "--batch": batch = ParseInt(option, value, 1, 65536); break;
                case "--lr": learningRate = ParseRate(option, value); break;
                default: throw new UsageException($"unknown option '{option}'.");
            }
        }

        if (activation is not null && compare is not null)
        {
            throw new UsageException("use either --activation or --compare, not both.");
        }

        IReadOnlyList<IActivation> activations = compare is null
            ? new[] { Find(activation ?? "smooth") }
            : compare.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Find).Distinct().ToArray();
        if (activations.Count == 0)
        {
            throw new UsageException($"--compare needs at least one activation; available: {ActivationCatalog.Names}.");
        }

        return new CommandLine(activations, compare is not null, epochs, data, seed, output, batch, learningRate, ShowHelp: false, perChannel);
    }

    private static IActivation Find(string name) =>
        ActivationCatalog.TryFind(name, out var found)
            ? found
            : throw new UsageException($"unknown activation '{name}'; available: {ActivationCatalog.Names}.");

    private static int ParseInt(string option, string value, int min, int max)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            throw new UsageException($"{option} expects a whole number from {min} to {max}, got '{value}'.");
        }

        return n;
    }

    private static float ParseRate(string option, string value)
    {
        if (!float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out float x) || !float.IsFinite(x) || x <= 0f || x >= 1f)
        {
            throw new UsageException($"{option} expects a number in (0, 1), got '{value}'.");
        }

        return x;
    }
}
