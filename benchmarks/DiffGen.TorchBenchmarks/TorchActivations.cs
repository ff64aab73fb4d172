using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// The activations written in TorchSharp eager mode, formula for formula as in <c>BenchActivations</c> (not torch's
/// built-in gelu/silu/mish kernels: the comparison is between two ways of differentiating the same user formula).
/// The branch of the seed is <c>torch.where</c>, the only way to write it on tensors, and the way that leaks NaN.
/// </summary>
public static class TorchActivations
{
    /// <summary>The forward of <paramref name="activation"/> on <paramref name="x"/>.</summary>
    public static Tensor Forward(Activation activation, Tensor x) => activation switch
    {
        Activation.Seed => where(x.ge(0), x * x / (x + 0.6f), 0.01f * x),
        Activation.Gelu => 0.5f * x * (1f + tanh(0.7978845608f * (x + 0.044715f * x * x * x))),
        Activation.Swish => x / (1f + exp(-x)),
        Activation.Mish => x * tanh(log(1f + exp(x))),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };
}
