using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// In process, necessarily: BenchmarkDotNet's out-of-process toolchain builds a fresh project whose output holds an
/// unpatched libLibTorchSharp.so (see <see cref="LibTorchSharpPatch"/>). 2 warm-ups, 6 iterations of about 250 ms,
/// unroll factor 1 and a minimum of 1 invocation per iteration (one 16M-element TorchSharp forward+backward takes
/// about 2 s; BenchmarkDotNet's default minimum of 4 would make each iteration 8 s).
/// </summary>
public sealed class TorchBenchmarkConfig : ManualConfig
{
    /// <summary>The configuration of the TorchSharp comparison.</summary>
    public TorchBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(6)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithUnrollFactor(1)
            .WithMinInvokeCount(1)
            .WithId("InProcess-1thread"));
    }
}
