using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DiffGen.KernelBenchmarks.Activations;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// The generated span kernels against the kernels the previous generator wrote for the same functions (checked in
/// under <c>Baseline/</c>: per-width vector overloads and loops in the generated code), in one run, so the Ratio column
/// says how much faster or slower the runtime's drivers and the one generic vector body are. Before timing, the
/// setup checks that both agree with the generated scalar loop.
/// </summary>
/// <typeparam name="TKernels">The activation.</typeparam>
[Config(typeof(KernelBenchmarkConfig))]
public abstract class BaselineComparison<TKernels>
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

    /// <summary>Gets the shared data for <see cref="N"/> and checks both kernels once per size and direction.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = KernelData.For(N);
        lock (Checked)
        {
            if (Checked.Add((N, Direction)))
            {
                Check(nameof(Previous), Previous);
                Check(nameof(Generated), Generated);
            }
        }
    }

    /// <summary>The kernel the previous generator wrote.</summary>
    [Benchmark(Baseline = true)]
    public void Previous()
    {
        if (Direction == Direction.Forward)
        {
            TKernels.Baseline(data.X.Span, data.Output.Span);
        }
        else
        {
            TKernels.BaselineBackward(data.X.Span, data.Dy.Span, data.Output.Span);
        }
    }

    /// <summary>The kernel DiffGen generates now.</summary>
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

    private void Check(string what, Action run)
    {
        Span<float> reference = data.Reference.Span;
        ReadOnlySpan<float> x = data.X.Span, dy = data.Dy.Span;
        for (int i = 0; i < x.Length; i++)
        {
            reference[i] = Direction == Direction.Forward ? TKernels.Scalar(x[i]) : TKernels.ScalarBackward(x[i], dy[i]);
        }

        data.Output.Span.Fill(float.NaN);
        run();
        string name = typeof(TKernels).Name.Replace("Kernels", string.Empty, StringComparison.Ordinal) + " " + Direction;
        Agreement.Require($"{name} {what} (N = {N})", x, data.Output.Span, reference);
    }
}

/// <summary>The seed activation, now against before.</summary>
public class SeedVersusPrevious : BaselineComparison<SeedKernels>
{
}

/// <summary>GELU, now against before.</summary>
public class GeluVersusPrevious : BaselineComparison<GeluKernels>
{
}

/// <summary>Swish, now against before.</summary>
public class SwishVersusPrevious : BaselineComparison<SwishKernels>
{
}

/// <summary>Mish, now against before.</summary>
public class MishVersusPrevious : BaselineComparison<MishKernels>
{
}
