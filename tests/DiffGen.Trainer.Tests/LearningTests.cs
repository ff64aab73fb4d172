using System;
using System.Linq;
using DiffGen.Trainer.Data;
using DiffGen.Trainer.Output;
using DiffGen.Trainer.Training;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The trainer learns on the shipped subset: far above the 10 % of guessing after one short epoch.</summary>
public sealed class LearningTests
{
    [Theory]
    [InlineData("relu")]
    [InlineData("smooth")]
    public void OneEpochOnTheShippedSubsetIsFarAboveChance(string name)
    {
        Assert.True(ActivationCatalog.TryFind(name, out var activation));
        var (train, test) = FashionMnist.Load(FashionMnist.SubsetDirectory);
        var options = TrainingOptions.Default with { Epochs = 1, BatchSize = 32, Seed = 1 };

        var result = ModelTrainer.Train(activation, train, test, options);

        // A sign error or a zero gradient anywhere leaves the network near 10 %; a correct one reaches about 75 %.
        Assert.True(result.TestAccuracy > 0.6, $"{name}: test accuracy {result.TestAccuracy:F4}");
        Assert.True(result.Epochs[0].TestLoss < 1.0, $"{name}: test loss {result.Epochs[0].TestLoss:F4}");
    }

    [Theory]
    [InlineData("prelu")]
    [InlineData("swishbeta")]
    [InlineData("pau")]
    public void LearnableParametersAreTrainedPerLayer(string name)
    {
        Assert.True(ActivationCatalog.TryFind(name, out var activation));
        var (train, test) = FashionMnist.Load(FashionMnist.SubsetDirectory);
        var options = TrainingOptions.Default with { Epochs = 1, BatchSize = 32, Seed = 1 };

        var result = ModelTrainer.Train(activation, train, test, options);

        Assert.True(result.TestAccuracy > 0.6, $"{name}: test accuracy {result.TestAccuracy:F4}");
        Assert.Equal(options.HiddenSizes.Count, result.LearnedParameters.Count);
        foreach (float[] learned in result.LearnedParameters)
        {
            // Adam moves a parameter with a nonzero gradient by up to its step (0.001 × 0.1 here) per step, 63 steps an epoch.
            Assert.True(Math.Abs(learned[0] - activation.InitialParameters[0]) > 1e-4, $"{name}: {learned[0]} did not move from {activation.InitialParameters[0]}");
        }

        string[] report = [.. LearnedParametersReport.Lines(result)];
        Assert.Equal(1 + options.HiddenSizes.Count, report.Length);
        Assert.StartsWith($"{name}: learned parameters", report[0]);
    }

    [Fact]
    public void PerChannelParametersAreTrainedPerFeature()
    {
        Assert.True(ActivationCatalog.TryFind("prelu", out var activation));
        var (train, test) = FashionMnist.Load(FashionMnist.SubsetDirectory);
        var options = TrainingOptions.Default with { Epochs = 1, BatchSize = 32, Seed = 1, HiddenSizes = [48, 16], PerChannel = true };

        var result = ModelTrainer.Train(activation, train, test, options);

        Assert.True(result.TestAccuracy > 0.6, $"test accuracy {result.TestAccuracy:F4}");
        Assert.Equal(new[] { 48, 16 }, result.LearnedParameters.Select(p => p.Length));
        foreach (float[] learned in result.LearnedParameters)
        {
            // Each feature's slope follows its own gradient: after an epoch they are no longer all equal.
            Assert.True(learned.Max() - learned.Min() > 1e-4, $"slopes from {learned.Min()} to {learned.Max()}");
        }

        string[] report = [.. LearnedParametersReport.Lines(result)];
        Assert.Equal(3, report.Length);
        Assert.StartsWith("  layer 1, 48 channels: slope = ", report[1]);
        Assert.Contains(" mean (", report[1]);
    }

    [Fact]
    public void SameSeedGivesTheSameRun()
    {
        Assert.True(ActivationCatalog.TryFind("gelu", out var activation));
        var (train, test) = FashionMnist.Load(FashionMnist.SubsetDirectory);
        var options = TrainingOptions.Default with { Epochs = 1, BatchSize = 50, Seed = 5, HiddenSizes = [32] };

        var first = ModelTrainer.Train(activation, train, test, options);
        var second = ModelTrainer.Train(activation, train, test, options);

        Assert.Equal(first.Epochs[0] with { Seconds = 0 }, second.Epochs[0] with { Seconds = 0 });
    }
}
