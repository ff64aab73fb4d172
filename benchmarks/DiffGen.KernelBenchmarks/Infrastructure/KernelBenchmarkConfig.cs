using BenchmarkDotNet.Configs;
using DiffGen.KernelBenchmarks.HandVector;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// <see cref="ShortJob"/>, which runs the whole suite (4 activations × 2 directions × 4 sizes × 5 implementations =
/// 160 cases) in about ten minutes on a 2-core machine. The job's id names the hand-written kernels' vector width,
/// so every summary says which one ran.
/// </summary>
public sealed class KernelBenchmarkConfig : ManualConfig
{
    /// <summary>The configuration every kernel benchmark uses.</summary>
    public KernelBenchmarkConfig()
    {
        AddJob(ShortJob.Create("Hand" + HandVectorWidth.Name));
        AddColumn(new ThroughputColumn(), new PercentOfCopyColumn());
    }
}
