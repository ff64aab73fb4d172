using System;
using System.Collections.Immutable;
using System.Diagnostics;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace DiffGen.Benchmarks;

/// <summary>
/// Not a measurement: runs one operation of <see cref="DiffGenBenchmarks"/> in a loop, for a profiler attached
/// from outside (<c>dotnet-trace collect -- dotnet DiffGen.Benchmarks.dll --profile generator 20</c>). Prints each
/// round's wall and processor time.
/// </summary>
internal static class ProfileLoop
{
    /// <summary>
    /// Runs <paramref name="what"/> (<c>generator</c>, <c>analyzers</c>, <c>compiler</c>, or <c>generated-code</c>: the
    /// compiler over the corpus and the code DiffGen generates for it) <paramref name="rounds"/> times.
    /// </summary>
    public static int Run(string what, int rounds)
    {
        var benchmarks = new DiffGenBenchmarks();
        benchmarks.SetupWithoutWarmUp();
        Func<int> operation = what switch
        {
            "generated-code" => CompileGeneratedCode(),
            "generator" => benchmarks.Generator_RunGenerators,
            "analyzers" => benchmarks.DiffGenAnalyzers_GetAnalyzerDiagnostics,
            "compiler" => benchmarks.Compiler_GetDiagnostics,
            _ => throw new ArgumentException("--profile generator|analyzers|compiler|generated-code [ROUNDS]"),
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

    /// <summary>The compiler's diagnostics (every body bound) of a fresh compilation of the corpus and the code DiffGen generates for it.</summary>
    private static Func<int> CompileGeneratedCode()
    {
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());
        ImmutableArray<SyntaxTree> all = trees.AddRange(CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(trees)).GetRunResult().GeneratedTrees);
        return () => CorpusCompilation.Create(CorpusCompilation.Parse(all)).GetDiagnostics().Length;
    }
}
