using System;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

namespace DiffGen.KernelBenchmarks.Activations;

/// <summary>The implementations of GELU (tanh approximation) that the benchmarks compare.</summary>
public readonly struct GeluKernels : IActivationKernels
{
    /// <inheritdoc/>
    public static float Scalar(float x) => BenchActivations.Gelu(x);

    /// <inheritdoc/>
    public static float ScalarBackward(float x, float dy) => BenchActivations.GeluBackward(x, dy);

    /// <inheritdoc/>
    public static void Generated(ReadOnlySpan<float> x, Span<float> y) => BenchActivations.Gelu(x, y);

    /// <inheritdoc/>
    public static void GeneratedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => BenchActivations.GeluBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void Baseline(ReadOnlySpan<float> x, Span<float> y) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.Gelu(x, y);

    /// <inheritdoc/>
    public static void BaselineBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.GeluBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void HandVector(ReadOnlySpan<float> x, Span<float> y) => GeluHandVector.Forward(x, y);

    /// <inheritdoc/>
    public static void HandVectorBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => GeluHandVector.Backward(x, dy, dx);

    /// <inheritdoc/>
    public static void TensorPrimitives(ReadOnlySpan<float> x, Span<float> y, Scratch scratch) => GeluTensorPrimitives.Forward(x, y, scratch);

    /// <inheritdoc/>
    public static void TensorPrimitivesBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
        => GeluTensorPrimitives.Backward(x, dy, dx, scratch);
}
