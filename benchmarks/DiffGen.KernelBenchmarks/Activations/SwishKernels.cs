using System;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

namespace DiffGen.KernelBenchmarks.Activations;

/// <summary>The implementations of Swish that the benchmarks compare.</summary>
public readonly struct SwishKernels : IActivationKernels
{
    /// <inheritdoc/>
    public static float Scalar(float x) => BenchActivations.Swish(x);

    /// <inheritdoc/>
    public static float ScalarBackward(float x, float dy) => BenchActivations.SwishBackward(x, dy);

    /// <inheritdoc/>
    public static void Generated(ReadOnlySpan<float> x, Span<float> y) => BenchActivations.Swish(x, y);

    /// <inheritdoc/>
    public static void GeneratedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => BenchActivations.SwishBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void Baseline(ReadOnlySpan<float> x, Span<float> y) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.Swish(x, y);

    /// <inheritdoc/>
    public static void BaselineBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.SwishBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void HandVector(ReadOnlySpan<float> x, Span<float> y) => SwishHandVector.Forward(x, y);

    /// <inheritdoc/>
    public static void HandVectorBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => SwishHandVector.Backward(x, dy, dx);

    /// <inheritdoc/>
    public static void TensorPrimitives(ReadOnlySpan<float> x, Span<float> y, Scratch scratch) => SwishTensorPrimitives.Forward(x, y, scratch);

    /// <inheritdoc/>
    public static void TensorPrimitivesBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
        => SwishTensorPrimitives.Backward(x, dy, dx, scratch);
}
