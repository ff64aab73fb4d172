using System;

namespace DiffGen.TorchSharp.Tests;

/// <summary>The [Differentiable] methods under test; the generator adds their tensor functions and modules.</summary>
public static partial class Functions
{
    /// <summary>The seed activation, float: its tensor function takes float32 (float64 goes to the double overload).</summary>
    [Differentiable]
    public static float Smooth(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;

    /// <summary>The seed activation, double.</summary>
    [Differentiable]
    public static double Smooth(double x) => x >= 0 ? x * x / (x + 0.6) : 0.01 * x;

    /// <summary>GELU, tanh approximation: float only, so a float64 tensor is a dtype error.</summary>
    [Differentiable]
    public static float GeluF(float x) => 0.5f * x * (1f + MathF.Tanh(0.7978845608f * (x + 0.044715f * x * x * x)));

    /// <summary>GELU, tanh approximation, double only.</summary>
    [Differentiable]
    public static double Gelu(double x) => 0.5 * x * (1 + Math.Tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));

    /// <summary>Three inputs, a branch and a transcendental: broadcasting and per-input gradients.</summary>
    [Differentiable]
    public static double Mix(double a, double b, double c) => a >= b ? Math.Tanh(a) * b + c * c : Math.Exp(b - a) * c;

    /// <summary>Vectorizes (SIMD FMA), but torch has no fused multiply-add: no tensor spelling.</summary>
    [Differentiable]
    public static double Fused(double x) => Math.FusedMultiplyAdd(x, x, 1);

    /// <summary>Calls a [Differentiable] method that has no tensor spelling: neither has this one, and it says why.</summary>
    [Differentiable]
    public static double CallsFused(double x) => 2 * Fused(x);

    /// <summary>Two float inputs.</summary>
    [Differentiable]
    public static float Scale(float x, float s) => x * s + MathF.Exp(-x * x);
}
