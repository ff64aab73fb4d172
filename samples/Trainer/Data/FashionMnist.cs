using System;
using System.IO;

namespace DiffGen.Trainer.Data;

/// <summary>Loads Fashion-MNIST (or the shipped subset) from a folder of the four standard IDX <c>.gz</c> files.</summary>
public static class FashionMnist
{
    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> package installs the full data set.</summary>
    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>Number of classes.</summary>
    public const int ClassCount = 10;

    /// <summary>The shipped subset, copied next to the trainer's assembly.</summary>
    public static string SubsetDirectory => Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>Whether <paramref name="directory"/> holds the four files (not whether they are valid).</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>True when all four exist.</returns>
    public static bool IsPresent(string directory) =>
        File.Exists(Path.Combine(directory, "train-images-idx3-ubyte.gz")) &&
        File.Exists(Path.Combine(directory, "train-labels-idx1-ubyte.gz")) &&
        File.Exists(Path.Combine(directory, "t10k-images-idx3-ubyte.gz")) &&
        File.Exists(Path.Combine(directory, "t10k-labels-idx1-ubyte.gz"));

    /// <summary>Loads the training and test sets.</summary>
    /// <param name="directory">The folder holding the IDX files.</param>
    /// <returns>Training and test set.</returns>
    /// <exception cref="DataFormatException">A file is missing, corrupt, or images and labels disagree.</exception>
    public static (LabeledImages Train, LabeledImages Test) Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DataFormatException($"{directory}: data folder not found.");
        }

        var train = Load(Path.Combine(directory, "train-images-idx3-ubyte.gz"), Path.Combine(directory, "train-labels-idx1-ubyte.gz"));
        var test = Load(Path.Combine(directory, "t10k-images-idx3-ubyte.gz"), Path.Combine(directory, "t10k-labels-idx1-ubyte.gz"));
        if (train.FeatureCount != test.FeatureCount)
        {
            throw new DataFormatException($"{directory}: training images have {train.FeatureCount} pixels, test images {test.FeatureCount}.");
        }

        return (train, test);
    }

    /// <summary>Loads one image file and its label file, checking that they match.</summary>
    /// <param name="imagePath">The IDX image file.</param>
    /// <param name="labelPath">The IDX label file.</param>
    /// <returns>The labelled images, pixels scaled to [0, 1].</returns>
    /// <exception cref="DataFormatException">A file is missing or corrupt, the counts differ, or a label is out of range.</exception>
    public static LabeledImages Load(string imagePath, string labelPath)
    {
        var images = IdxReader.ReadImages(imagePath);
        var labels = IdxReader.ReadLabels(labelPath);
        if (labels.Length != images.Count)
        {
            throw new DataFormatException($"{labelPath}: {labels.Length} labels, but {imagePath} holds {images.Count} images.");
        }

        int bad = Array.FindIndex(labels, l => l >= ClassCount);
        if (bad >= 0)
        {
            throw new DataFormatException($"{labelPath}: label {labels[bad]} at index {bad} is not a class 0..{ClassCount - 1}.");
        }

        var features = new float[images.Pixels.Length];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = images.Pixels[i] / 255f;
        }

        return new LabeledImages(features, labels, images.Rows * images.Columns);
    }
}
