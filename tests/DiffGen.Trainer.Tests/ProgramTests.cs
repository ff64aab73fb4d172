using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DiffGen.Trainer.Data;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The command-line contract, end to end: the trainer runs as its own process, and exit codes and output are checked.</summary>
public sealed class ProgramTests
{
    [Fact]
    public void SingleRunEndsWithTheTestAccuracyLineAndWritesPlots()
    {
        using var dir = new TempDirectory();

        var (code, stdout, stderr) = Run("--activation", "Smooth", "--epochs", "1", "--seed", "3", "--data", FashionMnist.SubsetDirectory, "--out", dir.Path);

        Assert.True(code == 0, stderr);
        string last = stdout.TrimEnd().Split('\n').Last().TrimEnd('\r');
        Assert.Matches(new Regex(@"^test accuracy: 0\.\d{4}$"), last);
        Assert.True(double.Parse(last["test accuracy: ".Length..], System.Globalization.CultureInfo.InvariantCulture) > 0.5, last);
        Assert.True(File.Exists(Path.Combine(dir.Path, "loss.png")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "accuracy.png")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "activation-smooth.png")));
    }

    [Fact]
    public void UnknownActivationListsTheAvailableOnesAndFails()
    {
        var (code, _, stderr) = Run("--activation", "swishy");

        Assert.Equal(2, code);
        Assert.All(ActivationCatalog.All, a => Assert.Contains(a.Name, stderr));
    }

    [Fact]
    public void BadNumberFails()
    {
        var (code, _, stderr) = Run("--epochs", "three");

        Assert.Equal(2, code);
        Assert.Contains("--epochs", stderr);
    }

    [Fact]
    public void MissingDataFailsWithHowToGetIt()
    {
        using var dir = new TempDirectory();

        var (code, _, stderr) = Run("--data", dir.File("missing"));

        Assert.Equal(3, code);
        Assert.Contains("missing", stderr);
        Assert.Contains("dataset-fashion-mnist", stderr);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        // `dotnet test` names the muxer that runs it; outside it, `dotnet` on the PATH.
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DiffGen.Trainer.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = stderrTask.Result;
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the trainer did not finish within 2 minutes");
        return (process.ExitCode, stdout, stderr);
    }
}
