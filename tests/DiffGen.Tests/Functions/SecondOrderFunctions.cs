using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Third-order methods and second-order calls between methods: <c>Order = 3</c> activations (the PINN case: σ, σ', σ''
/// and σ''' all generated), a third-order method calling another, and a single-input method calling a method of two
/// inputs, whose derivative is differentiated through the callee's Hessian-vector product.
/// </summary>
public static partial class SecondOrderFunctions
{
    /// <summary>√(2/π).</summary>
    private const double SqrtTwoOverPi = 0.79788456080286535588;

    /// <summary>GELU (tanh approximation), third order.</summary>
    [Differentiable(Order = 3)]
    public static double Gelu3(double x) => 0.5 * x * (1 + Math.Tanh(SqrtTwoOverPi * (x + 0.044715 * x * x * x)));

    /// <summary>GELU in single precision, third order.</summary>
    [Differentiable(Order = 3)]
    public static float Gelu3(float x) => 0.5f * x * (1 + MathF.Tanh(0.7978846f * (x + 0.044715f * x * x * x)));

    /// <summary>Swish, third order.</summary>
    [Differentiable(Order = 3)]
    public static double Swish3(double x) => x / (1 + Math.Exp(-x));

    /// <summary>Softplus, third order, called by <see cref="Mish3(double)"/>.</summary>
    [Differentiable(Order = 3)]
    public static double Softplus3(double x) => Math.Log(1 + Math.Exp(x));

    /// <summary>Mish through a third-order callee: the caller's third derivative calls the callee's.</summary>
    [Differentiable(Order = 3)]
    public static double Mish3(double x) => x * Math.Tanh(Softplus3(x));

    /// <summary>The seed activation, third order (its second and third derivatives are 0 on the left branch, and exactly 0 at −0.6).</summary>
    [Differentiable(Order = 3)]
    public static float Seed3(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;

    /// <summary>A two-input method with a mixed second derivative.</summary>
    [Differentiable(Order = 2)]
    public static double Bilinear(double a, double b) => a * Math.Sin(b) + Math.Exp(a * b / 4);

    /// <summary>A single-input method calling a two-input one: its second derivative uses the callee's Hessian-vector product.</summary>
    [Differentiable(Order = 2)]
    public static double ThroughPair(double x) => Bilinear(x, x * x);

    /// <summary>
    /// The seed activation scaled by a second input: its untaken left side divides by zero at <c>a = −0.6</c>, where
    /// the SIMD second-order kernels compute both sides in every lane (NaN safety of the Hessian-vector product and the
    /// double backward).
    /// </summary>
    [Differentiable(Order = 2)]
    public static float SeedPair(float a, float b) => a >= 0f ? a * a / (a + 0.6f) * b : 0.01f * a * b;

    /// <summary>A two-input method calling a single-input one: its Hessian-vector product uses the callee's second derivative.</summary>
    [Differentiable(Order = 2)]
    public static double SoftplusProduct(double a, double b) => a * Math.Tanh(DoubleActivations.Softplus(b));

    /// <summary>Three inputs calling a two-input method: the callee's Hessian-vector product inside the caller's.</summary>
    [Differentiable(Order = 2)]
    public static double BilinearSum(double a, double b, double c) => Bilinear(a, b * c) + c * c;

    /// <summary>Eight inputs: the double backward returns a tuple of nine, nested past seven.</summary>
    [Differentiable(Order = 2)]
    public static float Eight(float a, float b, float c, float d, float e, float f, float g, float h) =>
        a * b + MathF.Exp(c * d / 4) - e * MathF.Tanh(f) + g * g * h;
}
