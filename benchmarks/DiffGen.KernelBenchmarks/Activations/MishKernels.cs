using System;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

namespace DiffGen.KernelBenchmarks.Activations;

/// <summary>The implementations of Mish that the benchmarks compare.</summary>
public readonly struct MishKernels : IActivationKernels
{
    /// <inheritdoc/>
    public static float Scalar(float x) => BenchActivations.Mish(x);

    /// <inheritdoc/>
    public static float ScalarBackward(float x, float dy) => BenchActivations.MishBackward(x, dy);

    /// <inheritdoc/>
    public static void Generated(ReadOnlySpan<float> x, Span<float> y) => BenchActivations.Mish(x, y);

    /// <inheritdoc/>
    public static void GeneratedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => BenchActivations.MishBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void Baseline(ReadOnlySpan<float> x, Span<float> y) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.Mish(x, y);

    /// <inheritdoc/>
    public static void BaselineBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations.MishBackward(x, dy, dx);

    /// <inheritdoc/>
    public static void HandVector(ReadOnlySpan<float> x, Span<float> y) => MishHandVector.Forward(x, y);

    /// <inheritdoc/>
    public static void HandVectorBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => MishHandVector.Backward(x, dy, dx);

    /// <inheritdoc/>
    public static void TensorPrimitives(ReadOnlySpan<float> x, Span<float> y, Scratch scratch) => MishTensorPrimitives.Forward(x, y, scratch);

    /// <inheritdoc/>
    public static void TensorPrimitivesBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch)
        => MishTensorPrimitives.Backward(x, dy, dx, scratch);
}
