namespace DiffGen.Trainer.Nn;

/// <summary>How a layer's weights are drawn.</summary>
public enum Initialization
{
    /// <summary>He (Kaiming) normal, σ = √(2 / fan-in): keeps the activations' scale through ReLU-like layers.</summary>
    He,

    /// <summary>Xavier (Glorot) uniform, limit √(6 / (fan-in + fan-out)): for symmetric, saturating activations and the output layer.</summary>
    Xavier,
}
