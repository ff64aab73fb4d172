using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// Not a measurement of DiffGen itself: what the SDK's default analyzers that read generated code (CA2252's
/// <c>CSharpDetectPreviewFeatureAnalyzer</c>, <c>CSharpConstantExpectedAnalyzer</c>) cost on the code DiffGen
/// generates for the corpus, against an analyzer that asks for the same operations and does nothing with them (the
/// binding of the bodies for the semantic model, which any such analyzer pays). Loads the analyzers from the SDK this
/// process runs on; prints medians of processor time over interleaved rounds, and each analyzer's own time as the
/// analyzer driver accounts it.
/// </summary>
internal static class SdkAnalyzerCostReport
{
    /// <summary>The SDK analyzers a default net10.0 build runs on generated code and that cost most in its ReportAnalyzer split.</summary>
    private static readonly string[] AnalyzerNames = { "CSharpDetectPreviewFeatureAnalyzer", "CSharpConstantExpectedAnalyzer" };

    /// <summary>Runs <paramref name="rounds"/> measured rounds after one warm-up round.</summary>
    public static int Run(int rounds)
    {
        ImmutableArray<DiagnosticAnalyzer> sdk = LoadSdkAnalyzers();
        Console.WriteLine("SDK analyzers: " + string.Join(", ", sdk.Select(a => a.GetType().Name)));
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());
        GeneratorDriverRunResult run = CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(trees)).GetRunResult();
        var sets = new List<(string Name, ImmutableArray<SyntaxTree> Trees)>
        {
            ("corpus alone", trees),
            ("corpus + generated", trees.AddRange(run.GeneratedTrees)),
        };

        var analyzerSets = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("same operations, no work", ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnGeneratedCodeAnalyzer())),
        }.Concat(sdk.Select(a => (Name: a.GetType().Name, Analyzers: ImmutableArray.Create(a)))).ToArray();

        var cpu = new Dictionary<(int, int), List<double>>();
        var own = new Dictionary<(int, int), List<double>>();
        for (int round = 0; round < rounds + 1; round++)
        {
            for (int s = 0; s < sets.Count; s++)
            {
                for (int a = 0; a < analyzerSets.Length; a++)
                {
                    CSharpCompilation compilation = CorpusCompilation.Create(CorpusCompilation.Parse(sets[s].Trees));
                    CompilationWithAnalyzers withAnalyzers = CorpusCompilation.WithAnalyzers(compilation, analyzerSets[a].Analyzers, logExecutionTime: true);
                    GC.Collect();
                    TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
                    ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                    double spent = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
                    double inActions = analyzerSets[a].Analyzers.Sum(x => withAnalyzers.GetAnalyzerTelemetryInfoAsync(x, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
                    if (round == 0 && diagnostics.Length > 0)
                    {
                        Console.WriteLine($"{sets[s].Name}, {analyzerSets[a].Name}: {diagnostics.Length} diagnostics, first {diagnostics[0]}");
                    }

                    if (round > 0)
                    {
                        Add(cpu, (s, a), spent);
                        Add(own, (s, a), inActions);
                    }
                }
            }
        }

        Console.WriteLine("| compiled | analyzer | analysis CPU (median) | in the analyzer's actions (median) |");
        Console.WriteLine("|---|---|---:|---:|");
        for (int s = 0; s < sets.Count; s++)
        {
            for (int a = 0; a < analyzerSets.Length; a++)
            {
                Console.WriteLine($"| {sets[s].Name} | {analyzerSets[a].Name} | {Median(cpu[(s, a)]):F0} ms | {Median(own[(s, a)]):F0} ms |");
            }
        }

        return 0;
    }

    private static void Add(Dictionary<(int, int), List<double>> table, (int, int) key, double value)
    {
        if (!table.TryGetValue(key, out List<double>? list))
        {
            table[key] = list = new List<double>();
        }

        list.Add(value);
    }

    /// <summary>The analyzers of <see cref="AnalyzerNames"/> from the newest SDK next to this process's runtime.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> LoadSdkAnalyzers()
    {
        string dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string folder = Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk"))
            .Select(sdk => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .Where(Directory.Exists)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Last();
        var loader = new Loader();
        var result = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (string file in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            var reference = new AnalyzerFileReference(Path.Combine(folder, file), loader);
            reference.AnalyzerLoadFailed += (_, e) => Console.WriteLine($"{file}: {e.Message}");
            result.AddRange(reference.GetAnalyzers(LanguageNames.CSharp).Where(a => AnalyzerNames.Contains(a.GetType().Name)));
        }

        return result.ToImmutable();
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Loads analyzer assemblies into this process's default context (their Roslyn references bind to the one loaded here).</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>
    /// Subscribes to the operation kinds CA2252 subscribes to, in generated code too, and does nothing: its run is the
    /// binding of every body for the semantic model and the driver's walk of the operations, which any analyzer of
    /// generated code pays; what CA2252 costs above it is CA2252's own work.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class OperationsOnGeneratedCodeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new(
            "BENCH003", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterOperationAction(
                _ => { },
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference,
                OperationKind.DelegateCreation, OperationKind.EventReference, OperationKind.Unary, OperationKind.Binary,
                OperationKind.ArrayCreation, OperationKind.CatchClause, OperationKind.TypeOf, OperationKind.EventAssignment);
            context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        }
    }
}
