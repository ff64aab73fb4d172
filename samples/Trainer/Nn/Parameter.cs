namespace DiffGen.Trainer.Nn;

/// <summary>A trainable tensor (flattened) with its gradient and the optimizer's per-element state.</summary>
public sealed class Parameter
{
    /// <summary>Creates a zero parameter.</summary>
    /// <param name="length">Number of elements.</param>
    public Parameter(int length)
    {
        Value = new float[length];
        Gradient = new float[length];
        FirstMoment = new float[length];
        SecondMoment = new float[length];
    }

    /// <summary>Multiplies the optimizer's step size for this parameter (1 for weights and biases).</summary>
    public float LearningRateScale { get; init; } = 1f;

    /// <summary>The values.</summary>
    public float[] Value { get; }

    /// <summary>dLoss/dValue of the last backward pass.</summary>
    public float[] Gradient { get; }

    /// <summary>Adam's running mean of the gradient.</summary>
    public float[] FirstMoment { get; }

    /// <summary>Adam's running mean of the squared gradient.</summary>
    public float[] SecondMoment { get; }
}
