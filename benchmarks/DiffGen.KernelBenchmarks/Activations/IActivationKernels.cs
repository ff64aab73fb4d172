using System;
using DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

namespace DiffGen.KernelBenchmarks.Activations;

/// <summary>
/// One activation's implementations, as static members so that <see cref="ActivationBenchmarks{T}"/>,
/// instantiated over a struct, calls them directly (the JIT specializes the generic code per struct and can inline,
/// which matters for the per-element scalar loop).
/// </summary>
public interface IActivationKernels
{
    /// <summary>The generated scalar function.</summary>
    static abstract float Scalar(float x);

    /// <summary>The generated scalar backward, dy · f'(x).</summary>
    static abstract float ScalarBackward(float x, float dy);

    /// <summary>The generated forward span kernel.</summary>
    static abstract void Generated(ReadOnlySpan<float> x, Span<float> y);

    /// <summary>The generated backward span kernel.</summary>
    static abstract void GeneratedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

    /// <summary>The forward span kernel as the previous generator wrote it (<see cref="global::DiffGen.KernelBenchmarks.Baseline.BaselineActivations"/>).</summary>
    static abstract void Baseline(ReadOnlySpan<float> x, Span<float> y);

    /// <summary>The backward span kernel as the previous generator wrote it.</summary>
    static abstract void BaselineBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

    /// <summary>The hand-written fused vector forward.</summary>
    static abstract void HandVector(ReadOnlySpan<float> x, Span<float> y);

    /// <summary>The hand-written fused vector backward.</summary>
    static abstract void HandVectorBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

    /// <summary>The forward composed of TensorPrimitives calls.</summary>
    static abstract void TensorPrimitives(ReadOnlySpan<float> x, Span<float> y, Scratch scratch);

    /// <summary>The backward composed of TensorPrimitives calls.</summary>
    static abstract void TensorPrimitivesBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Scratch scratch);
}
