using System;

namespace DiffGen.Trainer.Data;

/// <summary>Images as rows of features scaled to [0, 1], with their class labels.</summary>
public sealed class LabeledImages
{
    /// <summary>Creates the set.</summary>
    /// <param name="features">Row-major, <paramref name="labels"/>.Length × <paramref name="featureCount"/>.</param>
    /// <param name="labels">Class of each row.</param>
    /// <param name="featureCount">Features per row.</param>
    public LabeledImages(float[] features, byte[] labels, int featureCount)
    {
        if (features.Length != labels.Length * featureCount)
        {
            throw new ArgumentException("features must hold labels.Length × featureCount values.", nameof(features));
        }

        Features = features;
        Labels = labels;
        FeatureCount = featureCount;
    }

    /// <summary>Row-major features.</summary>
    public float[] Features { get; }

    /// <summary>Class labels.</summary>
    public byte[] Labels { get; }

    /// <summary>Features per sample.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of samples.</summary>
    public int Count => Labels.Length;

    /// <summary>The features of one sample.</summary>
    /// <param name="index">The sample.</param>
    /// <returns>Its features.</returns>
    public ReadOnlySpan<float> Row(int index) => Features.AsSpan(index * FeatureCount, FeatureCount);
}
