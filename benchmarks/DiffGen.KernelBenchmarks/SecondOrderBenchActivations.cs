using System;

namespace DiffGen.KernelBenchmarks;

/// <summary>GELU and Swish at <c>Order = 2</c>, for the second-order kernel benchmark (issue 12).</summary>
public static partial class SecondOrderBenchActivations
{
    /// <summary>GELU, tanh approximation, with its generated second derivative.</summary>
    [Differentiable(Order = 2)]
    public static float Gelu(float x) => 0.5f * x * (1f + MathF.Tanh(0.7978845608f * (x + 0.044715f * x * x * x)));

    /// <summary>Swish (SiLU), with its generated second derivative.</summary>
    [Differentiable(Order = 2)]
    public static float Swish(float x) => x / (1f + MathF.Exp(-x));

    /// <summary>Swish with a learnable β, two inputs: its Hessian-vector product and double backward kernels.</summary>
    [Differentiable(Order = 2)]
    public static float SwishBeta(float x, float beta) => x / (1f + MathF.Exp(-beta * x));
}
