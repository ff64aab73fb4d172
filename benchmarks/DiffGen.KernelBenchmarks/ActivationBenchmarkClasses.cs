using DiffGen.KernelBenchmarks.Activations;

namespace DiffGen.KernelBenchmarks;

/// <summary>The seed activation <c>x ≥ 0 ? x²/(x+0.6) : 0.01x</c>: memory-bound.</summary>
public class SeedBenchmarks : ActivationBenchmarks<SeedKernels>
{
}

/// <summary>GELU, tanh approximation: compute-bound (one exp per element in the hand-written kernel).</summary>
public class GeluBenchmarks : ActivationBenchmarks<GeluKernels>
{
}

/// <summary>Swish, x · sigmoid(x).</summary>
public class SwishBenchmarks : ActivationBenchmarks<SwishKernels>
{
}

/// <summary>Mish, x · tanh(softplus(x)).</summary>
public class MishBenchmarks : ActivationBenchmarks<MishKernels>
{
}
