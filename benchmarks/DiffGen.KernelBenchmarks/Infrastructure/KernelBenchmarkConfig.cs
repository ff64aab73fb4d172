using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DiffGen.KernelBenchmarks.HandVector;
using Perfolizer.Horology;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// A short job sized so that the whole suite (4 activations × 2 directions × 4 sizes × 5 implementations = 160
/// cases) runs in about ten minutes on a 2-core machine: in process (no generated project to build, and the
/// per-size data is created once), 2 warm-ups, 6 measured iterations of about 250 ms, unroll factor 1 and a minimum
/// of 1 invocation per iteration (BenchmarkDotNet's defaults, 16 and 4, would make one iteration of a 16M-element
/// scalar loop several seconds). The job's id names the hand-written kernels' vector width, so every summary says
/// which one ran.
/// </summary>
public sealed class KernelBenchmarkConfig : ManualConfig
{
    /// <summary>The configuration every kernel benchmark uses.</summary>
    public KernelBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(6)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithUnrollFactor(1)
            .WithMinInvokeCount(1)
            .WithId("Hand" + HandVectorWidth.Name));
        AddColumn(new ThroughputColumn(), new PercentOfCopyColumn());
    }
}
