namespace DiffGen.TorchBenchmarks;

/// <summary>The activations of <see cref="KernelBenchmarks.BenchActivations"/>.</summary>
public enum Activation
{
    /// <summary><c>x ≥ 0 ? x²/(x+0.6) : 0.01x</c>, in torch with <c>torch.where</c>.</summary>
    Seed,

    /// <summary>GELU, tanh approximation.</summary>
    Gelu,

    /// <summary>x / (1 + e^−x).</summary>
    Swish,

    /// <summary>x · tanh(log(1 + eˣ)).</summary>
    Mish,
}
