using System;
using System.Diagnostics;
using DiffGen.Benchmarks.Corpus;

namespace DiffGen.Benchmarks;

/// <summary>
/// Not a measurement: runs one operation of <see cref="DiffGenBenchmarks"/> in a loop, for a profiler attached
/// from outside (<c>dotnet-trace collect -- dotnet DiffGen.Benchmarks.dll --profile generator 20</c>). Prints each
/// round's wall and processor time.
/// </summary>
internal static class ProfileLoop
{
    /// <summary>Runs <paramref name="what"/> (<c>generator</c> or <c>analyzers</c>) <paramref name="rounds"/> times.</summary>
    public static int Run(string what, int rounds)
    {
        var benchmarks = new DiffGenBenchmarks();
        benchmarks.SetupWithoutWarmUp();
        Func<int> operation = what switch
        {
            "generator" => benchmarks.Generator_RunGenerators,
            "analyzers" => benchmarks.DiffGenAnalyzers_GetAnalyzerDiagnostics,
            "compiler" => benchmarks.Compiler_GetDiagnostics,
            _ => throw new ArgumentException("--profile generator|analyzers|compiler [ROUNDS]"),
        };

        for (int round = 0; round < rounds; round++)
        {
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            operation();
            stopwatch.Stop();
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            Console.WriteLine($"{what} round {round}: wall {stopwatch.Elapsed.TotalMilliseconds:F0} ms, CPU {cpu:F0} ms ({cpu * 1000 / SyntheticCorpus.MethodCount:F0} μs per method)");
        }

        return 0;
    }
}
