using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks.Broadcast;

/// <summary>
/// The fused backward kernel of a broadcast parameter (issue 11) against (a) today's route (fill a span with the
/// parameter, run the two-span backward kernel, then <c>TensorPrimitives.Sum</c> of the parameter's gradient span) and
/// (b) the plain backward kernel with the parameter as a constant, with reading two spans and writing one as the
/// baseline (copy bandwidth), at 1M and 16M floats. Goals: at least 2× faster than (a), within 15% of (b), and PReLU at
/// 80% of copy bandwidth or more at 16M. Run: <c>dotnet run -c Release --project benchmarks/DiffGen.KernelBenchmarks --
/// --filter '*BroadcastBenchmarks*'</c>.
/// </summary>
[Config(typeof(BroadcastBenchmarkConfig))]
public class BroadcastBenchmarks
{
    private const float Slope = 0.25f, Beta = 1.5f;

    private AlignedBuffer x = null!, dy = null!, dx = null!, parameter = null!, parameterGradient = null!;

    /// <summary>Elements per call: 1M and 16M.</summary>
    [Params(1 << 20, 1 << 24)]
    public int N { get; set; }

    /// <summary>Mixed-sign inputs, so both sides of PReLU's branch are taken.</summary>
    [GlobalSetup]
    public void Setup()
    {
        x = new AlignedBuffer(N);
        dy = new AlignedBuffer(N);
        dx = new AlignedBuffer(N);
        parameter = new AlignedBuffer(N);
        parameterGradient = new AlignedBuffer(N);
        var random = new Random(1);
        for (int i = 0; i < N; i++)
        {
            x.Span[i] = (float)(random.NextDouble() * 8 - 4);
            dy.Span[i] = (float)(random.NextDouble() * 2 - 1);
        }

        // The three routes compute the same gradients (the sums to rounding).
        float fused = BroadcastActivations.PReluBackward(x.Span, Slope, dy.Span, dx.Span);
        float route = PReluViaFillAndSum();
        if (Math.Abs(fused - route) > 1e-3f * Math.Max(1f, Math.Abs(fused)))
        {
            throw new InvalidOperationException($"PReLU slope gradient: fused {fused}, fill-and-sum {route}");
        }
    }

    /// <summary>Reads two spans and writes one: the bytes every backward kernel here must move.</summary>
    [Benchmark(Baseline = true)]
    public void Copy() => CopyKernels.ReadTwoWriteOne(x.Span, dy.Span, dx.Span);

    /// <summary>PReLU, fused: dx and the slope's gradient in one pass.</summary>
    [Benchmark]
    public float PReluFused() => BroadcastActivations.PReluBackward(x.Span, Slope, dy.Span, dx.Span);

    /// <summary>PReLU, (a): fill, two-span backward, sum.</summary>
    [Benchmark]
    public float PReluViaFillAndSum()
    {
        parameter.Span.Fill(Slope);
        BroadcastActivations.PReluTwoSpansBackward(x.Span, parameter.Span, dy.Span, dx.Span, parameterGradient.Span);
        return TensorPrimitives.Sum<float>(parameterGradient.Span);
    }

    /// <summary>PReLU, (b): the slope a constant, no parameter gradient.</summary>
    [Benchmark]
    public void PReluConstant() => BroadcastActivations.PReluConstantBackward(x.Span, dy.Span, dx.Span);

    /// <summary>Swish-β, fused.</summary>
    [Benchmark]
    public float SwishBetaFused() => BroadcastActivations.SwishBetaBackward(x.Span, Beta, dy.Span, dx.Span);

    /// <summary>Swish-β, (a): fill, two-span backward, sum.</summary>
    [Benchmark]
    public float SwishBetaViaFillAndSum()
    {
        parameter.Span.Fill(Beta);
        BroadcastActivations.SwishBetaTwoSpansBackward(x.Span, parameter.Span, dy.Span, dx.Span, parameterGradient.Span);
        return TensorPrimitives.Sum<float>(parameterGradient.Span);
    }

    /// <summary>Swish-β, (b): β a constant, no parameter gradient.</summary>
    [Benchmark]
    public void SwishBetaConstant() => BroadcastActivations.SwishBetaConstantBackward(x.Span, dy.Span, dx.Span);
}

/// <summary>
/// The kernel benchmarks' short job, without their per-activation columns (which read a Direction parameter these
/// cases do not have); Ratio against <see cref="BroadcastBenchmarks.Copy"/> is the fraction of copy bandwidth.
/// </summary>
public sealed class BroadcastBenchmarkConfig : ManualConfig
{
    /// <summary>The configuration of <see cref="BroadcastBenchmarks"/>.</summary>
    public BroadcastBenchmarkConfig() => AddJob(ShortJob.Create("Broadcast"));
}
