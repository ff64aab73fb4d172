using System;
using System.IO;
using DiffGen.Trainer.Output;
using DiffGen.Trainer.Training;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The plots render to real PNG files (this needs SkiaSharp's native library to load on the machine).</summary>
public sealed class PlotsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void WritesActivationAndCurvePngs()
    {
        using var dir = new TempDirectory();
        Assert.True(ActivationCatalog.TryFind("mish", out var mish));
        var result = new TrainingResult(
            mish,
            [new EpochResult(1, 0.6, 0.8, 0.5, 0.82, 1), new EpochResult(2, 0.4, 0.85, 0.45, 0.84, 1)],
            [new CurvePoint(0.5, 0.9, 0.7), new CurvePoint(1, 0.6, 0.8), new CurvePoint(1.5, 0.5, 0.83), new CurvePoint(2, 0.4, 0.85)],
            []);

        string[] files = [Plots.WriteActivation(mish, dir.Path), .. Plots.WriteCurves([result], dir.Path)];

        Assert.Equal(["activation-mish.png", "loss.png", "accuracy.png"], Array.ConvertAll(files, f => Path.GetFileName(f)!));
        foreach (string file in files)
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Length > 5000, $"{file} has only {bytes.Length} bytes");
            Assert.Equal(PngSignature, bytes[..8]);
        }
    }
}
