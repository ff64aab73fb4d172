using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Collections.Immutable;
using DiffGen.Analyzers;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// The benchmarks again, measured in processor time (all threads of this process) as well as wall time. On a
/// shared machine wall time mostly measures the neighbours; processor time is what the work itself costs, so
/// it is the figure to hold against the 1 ms per method goal when the machine is busy.
/// </summary>
internal static class CpuTimeReport
{
    /// <summary>Runs every benchmark in 3 warm-up rounds, then <paramref name="iterations"/> rounds, and prints medians.</summary>
    public static int Run(int iterations)
    {
        var benchmarks = new DiffGenBenchmarks();
        benchmarks.Setup();
        var order1 = new SecondOrderGeneratorBenchmarks { Order = 1 };
        var order2 = new SecondOrderGeneratorBenchmarks { Order = 2 };
        var sixteen1 = new SixteenInputGeneratorBenchmarks { Order = 1 };
        var sixteen2 = new SixteenInputGeneratorBenchmarks { Order = 2 };
        order1.Setup();
        order2.Setup();
        sixteen1.Setup();
        sixteen2.Setup();
        var scenarios = new (string Name, Func<int> Run)[]
        {
            (nameof(DiffGenBenchmarks.Compiler_GetDiagnostics), benchmarks.Compiler_GetDiagnostics),
            (nameof(DiffGenBenchmarks.NoOpAnalyzer_GetAnalyzerDiagnostics), benchmarks.NoOpAnalyzer_GetAnalyzerDiagnostics),
            (nameof(DiffGenBenchmarks.OperationTreeAnalyzer_GetAnalyzerDiagnostics), benchmarks.OperationTreeAnalyzer_GetAnalyzerDiagnostics),
            (nameof(DiffGenBenchmarks.DiffGenAnalyzers_GetAnalyzerDiagnostics), benchmarks.DiffGenAnalyzers_GetAnalyzerDiagnostics),
            (nameof(DiffGenBenchmarks.Generator_RunGenerators), benchmarks.Generator_RunGenerators),

            // Issue 12's goal, at most 2x per method: the corpus with every method at Order = 1, then at Order = 2.
            (nameof(SecondOrderGeneratorBenchmarks) + " Order=1", order1.Generator_RunGenerators),
            (nameof(SecondOrderGeneratorBenchmarks) + " Order=2", order2.Generator_RunGenerators),

            // One method, not the corpus: its "per method" column is its whole time.
            (nameof(SixteenInputGeneratorBenchmarks) + " Order=1", sixteen1.Generator_RunGenerators),
            (nameof(SixteenInputGeneratorBenchmarks) + " Order=2", sixteen2.Generator_RunGenerators),
        };

        const int WarmUpRounds = 3;
        var wall = scenarios.Select(_ => new List<double>()).ToArray();
        var cpu = scenarios.Select(_ => new List<double>()).ToArray();

        // Rounds run every benchmark once, so JIT tiering and the neighbours' load drift over all of them alike.
        for (int round = 0; round < WarmUpRounds + iterations; round++)
        {
            for (int s = 0; s < scenarios.Length; s++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                scenarios[s].Run();
                stopwatch.Stop();
                TimeSpan cpuAfter = Process.GetCurrentProcess().TotalProcessorTime;
                if (round >= WarmUpRounds)
                {
                    wall[s].Add(stopwatch.Elapsed.TotalMilliseconds);
                    cpu[s].Add((cpuAfter - cpuBefore).TotalMilliseconds);
                }
            }
        }

        Console.WriteLine($"{SyntheticCorpus.MethodCount} methods; median of {iterations} rounds after {WarmUpRounds} warm-up rounds; CPU = processor time of all threads");
        Console.WriteLine("| Method | Wall (median) | CPU (median) | CPU per method |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int s = 0; s < scenarios.Length; s++)
        {
            double cpuMedian = Median(cpu[s]);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:F0} ms | {2:F0} ms | {3:F0} μs |",
                scenarios[s].Name,
                Median(wall[s]),
                cpuMedian,
                cpuMedian * 1000 / (scenarios[s].Name.StartsWith(nameof(SixteenInputGeneratorBenchmarks), StringComparison.Ordinal) ? 1 : SyntheticCorpus.MethodCount)));
        }

        // The analyzer driver's own account of the time spent in each analyzer's actions. The operation-tree
        // analyzer's time is binding the bodies; DiffGen's includes that binding plus its own work.
        foreach (DiagnosticAnalyzer analyzer in new DiagnosticAnalyzer[] { new OperationTreeAnalyzer(), new DifferentiableAnalyzer(), new DerivativeOfAnalyzer() })
        {
            CompilationWithAnalyzers run = CorpusCompilation.WithAnalyzers(
                CorpusCompilation.Create(CorpusCompilation.Parse(SyntheticCorpus.Generate())), ImmutableArray.Create(analyzer), logExecutionTime: true);
            run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            double ms = run.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture, "{0}: {1:F0} ms in its actions ({2:F0} μs per method)", analyzer.GetType().Name, ms, ms * 1000 / SyntheticCorpus.MethodCount));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
