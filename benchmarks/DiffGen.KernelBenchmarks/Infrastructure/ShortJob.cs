using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// The job both kernel benchmark projects run: in process (no generated project to build, per-size data created
/// once; the TorchSharp project also needs its patched native library, which a fresh build would not have),
/// 2 warm-ups, 6 measured iterations of about 250 ms, unroll factor 1 and a minimum of 1 invocation per iteration
/// (BenchmarkDotNet's defaults, 16 and 4, would make one iteration of a 16M-element scalar loop, or of a TorchSharp
/// forward+backward, several seconds).
/// </summary>
public static class ShortJob
{
    /// <summary>The job, named <paramref name="id"/> in the summaries.</summary>
    public static Job Create(string id) => Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(6)
        .WithIterationTime(TimeInterval.FromMilliseconds(250))
        .WithUnrollFactor(1)
        .WithMinInvokeCount(1)
        .WithId(id);
}
