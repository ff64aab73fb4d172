using System;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// The four activations the kernel benchmarks measure, written as a user would write them. DiffGen generates for each
/// the scalar derivative and backward members and the span kernels the benchmarks call. The TorchSharp benchmarks
/// compile this same file (linked, not copied), so both suites measure the same generated code.
/// </summary>
public static partial class BenchActivations
{
    /// <summary>The seed activation: a branch whose untaken side divides by zero at x = −0.6 (memory-bound).</summary>
    [Differentiable]
    public static float Seed(float x) => x >= 0 ? x * x / (x + 0.6f) : 0.01f * x;

    /// <summary>GELU, tanh approximation (compute-bound: one tanh per element).</summary>
    [Differentiable]
    public static float Gelu(float x) => 0.5f * x * (1f + MathF.Tanh(0.7978845608f * (x + 0.044715f * x * x * x)));

    /// <summary>Swish (SiLU): x · sigmoid(x).</summary>
    [Differentiable]
    public static float Swish(float x) => x / (1f + MathF.Exp(-x));

    /// <summary>Mish: x · tanh(softplus(x)).</summary>
    [Differentiable]
    public static float Mish(float x) => x * MathF.Tanh(MathF.Log(1f + MathF.Exp(x)));
}
