using System.Linq;
using DiffGen.Trainer.Cli;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The command-line contract: options, defaults, and clear errors.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void ParsesEveryOption()
    {
        var o = CommandLine.Parse(["--activation", "ReLU", "--epochs", "2", "--data", "/d", "--seed", "42", "--out", "plots"]);

        Assert.Equal("relu", Assert.Single(o.Activations).Name);
        Assert.False(o.Compare);
        Assert.Equal((2, "/d", 42, "plots"), (o.Epochs, o.DataDirectory, o.Seed, o.OutputDirectory));
    }

    [Fact]
    public void DefaultsToSmoothAndFullDataLookup()
    {
        var o = CommandLine.Parse([]);

        Assert.Equal("smooth", Assert.Single(o.Activations).Name);
        Assert.Null(o.DataDirectory);
        Assert.Equal(3, o.Epochs);
    }

    [Fact]
    public void PerChannelIsASwitchAnywhereOnTheLine()
    {
        Assert.False(CommandLine.Parse(["--activation", "prelu"]).PerChannel);

        var last = CommandLine.Parse(["--activation", "prelu", "--per-channel"]);
        var first = CommandLine.Parse(["--per-channel", "--compare", "prelu,swishbeta", "--epochs", "2"]);

        Assert.True(last.PerChannel);
        Assert.Equal("prelu", Assert.Single(last.Activations).Name);
        Assert.True(first.PerChannel);
        Assert.Equal(new[] { "prelu", "swishbeta" }, first.Activations.Select(a => a.Name));
        Assert.Equal(2, first.Epochs);
        Assert.Contains("--per-channel", CommandLine.Usage);
    }

    [Fact]
    public void CompareTakesSeveralNames()
    {
        var o = CommandLine.Parse(["--compare", "relu, Smooth,gelu"]);

        Assert.True(o.Compare);
        Assert.Equal(new[] { "relu", "smooth", "gelu" }, o.Activations.Select(a => a.Name));
    }

    [Fact]
    public void UnknownActivationListsTheAvailableOnes()
    {
        var e = Assert.Throws<UsageException>(() => CommandLine.Parse(["--activation", "swishy"]));

        Assert.Contains("swishy", e.Message);
        foreach (var a in ActivationCatalog.All)
        {
            Assert.Contains(a.Name, e.Message);
        }
    }

    [Theory]
    [InlineData("--epochs", "zero")]
    [InlineData("--epochs", "0")]
    [InlineData("--epochs", "-3")]
    [InlineData("--seed", "1.5")]
    [InlineData("--batch", "0")]
    [InlineData("--lr", "NaN")]
    public void RejectsBadNumbers(string option, string value)
    {
        var e = Assert.Throws<UsageException>(() => CommandLine.Parse([option, value]));

        Assert.Contains(option, e.Message);
        Assert.Contains(value, e.Message);
    }

    [Theory]
    [InlineData("--epochs")]
    [InlineData("--frobnicate", "1")]
    [InlineData("--activation", "relu", "--compare", "relu,elu")]
    public void RejectsMalformedCommandLines(params string[] args) => Assert.Throws<UsageException>(() => CommandLine.Parse(args));
}
