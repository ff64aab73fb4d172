using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DiffGen.Benchmarks.Corpus;

namespace DiffGen.Benchmarks;

/// <summary>
/// A short run (4 warm-ups, 8 measured iterations, one launch) in process: each operation takes most of a second, so a
/// few iterations give a usable mean in about two minutes in all, and running in process spares a second build of
/// the generator projects while others build on the same machine.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>The configuration every DiffGen benchmark uses.</summary>
    public BenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(4).WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new PerMethodColumn(SyntheticCorpus.MethodCount));
    }
}
