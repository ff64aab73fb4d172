using BenchmarkDotNet.Configs;
using DiffGen.KernelBenchmarks.Infrastructure;
using DiffGen.Testing;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// <see cref="ShortJob"/>, in process necessarily: BenchmarkDotNet's out-of-process toolchain builds a fresh project
/// whose output holds an unpatched libLibTorchSharp.so (see <see cref="LibTorchSharpPatch"/>).
/// </summary>
public sealed class TorchBenchmarkConfig : ManualConfig
{
    /// <summary>The configuration of the TorchSharp comparison.</summary>
    public TorchBenchmarkConfig()
    {
        AddJob(ShortJob.Create("InProcess-1thread"));
    }
}
