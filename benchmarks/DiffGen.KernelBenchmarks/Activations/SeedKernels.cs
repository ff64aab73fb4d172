using System;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

namespace DiffGen.KernelBenchmarks.Activations;

/// <summary>The implementations of the seed activation that the benchmarks compare.</summary>
public readonly struct SeedKernels : IActivationKernels
{
    /// <inheritdoc/>
    public static float Scalar(float x) => BenchActivations.Seed(x);

    /// <inheritdoc/>
    public static float ScalarBackward(float x, float dy) => BenchActivations.SeedBackward(x, dy);

    /// <inheritdoc/>
    public static void Generated(ReadOnlySpan<float> x, Span<float> y) => BenchActivations.Seed(x, y);

    /// <inheritdoc/>
    public static void GeneratedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => BenchActivations.SeedBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void Baseline(ReadOnlySpan<float> x, Span<float> y) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.Seed(x, y);

    /// <inheritdoc/>
    public static void BaselineBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.SeedBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void HandVector(ReadOnlySpan<float> x, Span<float> y) => SeedHandVector.Forward(x, y);

    /// <inheritdoc/>
    public static void HandVectorBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => SeedHandVector.Backward(x, dy, dx);

    /// <inheritdoc/>
    public static void TensorPrimitives(ReadOnlySpan<float> x, Span<float> y, Scratch scratch) => SeedTensorPrimitives.Forward(x, y, scratch);

    /// <inheritdoc/>
    public static void TensorPrimitivesBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
        => SeedTensorPrimitives.Backward(x, dy, dx, scratch);
}
