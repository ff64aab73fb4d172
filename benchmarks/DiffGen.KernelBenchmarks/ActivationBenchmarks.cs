using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DiffGen.KernelBenchmarks.Activations;
using DiffGen.KernelBenchmarks.Infrastructure;
using DiffGen.KernelBenchmarks.TensorPrimitivesKernels;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// One activation's kernels, forward and backward, at the sizes of <see cref="KernelSizes"/>. Copy is the baseline of each (size, direction) group, so
/// Ratio and "% of copy" say how far each kernel is from moving the bytes. Before a case is timed, the setup checks
/// that Generated, HandVector and TensorPrimitives agree with the generated scalar loop on the same data.
/// </summary>
/// <typeparam name="TKernels">The activation; a struct, so the JIT specializes this code for it.</typeparam>
[Config(typeof(KernelBenchmarkConfig))]
public abstract class ActivationBenchmarks<TKernels>
    where TKernels : struct, IActivationKernels
{
    private static readonly HashSet<(int Length, Direction Direction)> Checked = new();

    private KernelData data = null!;

    /// <summary>The sizes to run (all four unless <c>--sizes</c> says otherwise).</summary>
    public static IEnumerable<int> Sizes => KernelSizes.Selected;

    /// <summary>Elements per call.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Forward (y = f(x)) or backward (dx = dy · f'(x)).</summary>
    [Params(Direction.Forward, Direction.Backward)]
    public Direction Direction { get; set; }

    /// <summary>Gets the shared data for <see cref="N"/> and checks the implementations once per size and direction.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = KernelData.For(N);
        lock (Checked)
        {
            if (Checked.Add((N, Direction)))
            {
                CheckAgreement();
            }
        }
    }

    /// <summary>Moves the bytes the kernel must move, and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public void Copy()
    {
        if (Direction == Direction.Forward)
        {
            data.X.Span.CopyTo(data.Output.Span);
        }
        else
        {
            CopyKernels.ReadTwoWriteOne(data.X.Span, data.Dy.Span, data.Output.Span);
        }
    }

    /// <summary>The span kernel DiffGen generates.</summary>
    [Benchmark]
    public void Generated()
    {
        if (Direction == Direction.Forward)
        {
            TKernels.Generated(data.X.Span, data.Output.Span);
        }
        else
        {
            TKernels.GeneratedBackward(data.X.Span, data.Dy.Span, data.Output.Span);
        }
    }

    /// <summary>A loop calling the generated scalar function per element: what a user without span kernels writes.</summary>
    [Benchmark]
    public void GeneratedScalarLoop()
    {
        if (Direction == Direction.Forward)
        {
            ScalarForward(data.X.Span, data.Output.Span);
        }
        else
        {
            ScalarBackward(data.X.Span, data.Dy.Span, data.Output.Span);
        }
    }

    /// <summary>The hand-written fused vector kernel.</summary>
    [Benchmark]
    public void HandVector()
    {
        if (Direction == Direction.Forward)
        {
            TKernels.HandVector(data.X.Span, data.Output.Span);
        }
        else
        {
            TKernels.HandVectorBackward(data.X.Span, data.Dy.Span, data.Output.Span);
        }
    }

    /// <summary>The composition of System.Numerics.Tensors.TensorPrimitives calls.</summary>
    [Benchmark]
    public void TensorPrimitives()
    {
        var scratch = new Scratch(data.A.Span, data.B.Span, data.C.Span);
        if (Direction == Direction.Forward)
        {
            TKernels.TensorPrimitives(data.X.Span, data.Output.Span, scratch);
        }
        else
        {
            TKernels.TensorPrimitivesBackward(data.X.Span, data.Dy.Span, data.Output.Span, scratch);
        }
    }

    private static void ScalarForward(ReadOnlySpan<float> x, Span<float> y)
    {
        y = y[..x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = TKernels.Scalar(x[i]);
        }
    }

    private static void ScalarBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
    {
        dy = dy[..x.Length];
        dx = dx[..x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            dx[i] = TKernels.ScalarBackward(x[i], dy[i]);
        }
    }

    private void CheckAgreement()
    {
        string name = typeof(TKernels).Name.Replace("Kernels", string.Empty, StringComparison.Ordinal) + " " + Direction;
        Span<float> reference = data.Reference.Span;
        if (Direction == Direction.Forward)
        {
            ScalarForward(data.X.Span, reference);
        }
        else
        {
            ScalarBackward(data.X.Span, data.Dy.Span, reference);
        }

        (string What, Action Run)[] implementations =
        [
            (nameof(Generated), Generated),
            (nameof(HandVector), HandVector),
            (nameof(TensorPrimitives), TensorPrimitives),
        ];
        foreach ((string what, Action run) in implementations)
        {
            data.Output.Span.Fill(float.NaN);
            run();
            Agreement.Require($"{name} {what} (N = {N})", data.X.Span, data.Output.Span, reference);
        }
    }
}
