using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// What DiffGen adds to a build of 500 [Differentiable] methods. Every operation starts from a new compilation
/// (the parsed trees are shared; nothing semantic is), so each one pays for binding as a fresh build does:
/// the compiler alone is the baseline; the no-op analyzer adds what the analyzer driver costs; the operation-tree
/// analyzer adds binding each [Differentiable] body for the semantic model, which any analyzer reading the bodies
/// pays; what the DiffGen analyzers cost above that is DiffGen's own analysis.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class DiffGenBenchmarks
{
    private readonly DiagnosticAnalyzer noOp = new NoOpMethodAnalyzer();
    private readonly DiagnosticAnalyzer operationTree = new OperationTreeAnalyzer();
    private readonly ImmutableArray<DiagnosticAnalyzer> diffGen = CorpusCompilation.Analyzers();
    private static bool warmedUp;
    private ImmutableArray<SyntaxTree> trees;

    /// <summary>Generates and parses the corpus, refuses to measure it if it does not compile, and warms up once per process.</summary>
    [GlobalSetup]
    public void Setup()
    {
        SetupWithoutWarmUp();
        Diagnostic[] errors = CorpusCompilation.Create(trees).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The synthetic corpus does not compile: " + string.Join("; ", errors.Take(5)));
        }

        // The benchmarks run one after another in this process and share the compiler's JIT-compiled code;
        // without this the first one measured would pay for tiering up code that all of them use.
        if (!warmedUp)
        {
            warmedUp = true;
            for (int i = 0; i < 2; i++)
            {
                Compiler_GetDiagnostics();
                NoOpAnalyzer_GetAnalyzerDiagnostics();
                OperationTreeAnalyzer_GetAnalyzerDiagnostics();
                DiffGenAnalyzers_GetAnalyzerDiagnostics();
                Generator_RunGenerators();
            }
        }
    }

    /// <summary>Generates and parses the corpus; runs nothing (for <see cref="ProfileLoop"/>, whose first round is cold).</summary>
    public void SetupWithoutWarmUp() => trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());

    /// <summary>The compiler alone: declaration and method-body diagnostics of a fresh compilation.</summary>
    [Benchmark(Baseline = true)]
    public int Compiler_GetDiagnostics() => CorpusCompilation.Create(trees).GetDiagnostics().Length;

    /// <summary>The analyzer driver with an analyzer that subscribes to every method and does nothing.</summary>
    [Benchmark]
    public int NoOpAnalyzer_GetAnalyzerDiagnostics() =>
        AnalyzerDiagnostics(ImmutableArray.Create(noOp));

    /// <summary>An analyzer that binds the body of every [Differentiable] method and stops there.</summary>
    [Benchmark]
    public int OperationTreeAnalyzer_GetAnalyzerDiagnostics() => AnalyzerDiagnostics(ImmutableArray.Create(operationTree));

    /// <summary>Both DiffGen analyzers (DIFF000–DIFF010) over the fresh compilation.</summary>
    [Benchmark]
    public int DiffGenAnalyzers_GetAnalyzerDiagnostics() => AnalyzerDiagnostics(diffGen);

    /// <summary>
    /// The DiffGen generator from a new driver: lowering, differentiation and emission of every method. The files are
    /// parsed again each time (as in a clean build), or DiffGen's per-syntax-node result cache would answer everything.
    /// </summary>
    [Benchmark]
    public int Generator_RunGenerators() =>
        CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(CorpusCompilation.Parse(trees))).GetRunResult().GeneratedTrees.Length;

    private int AnalyzerDiagnostics(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        CorpusCompilation.WithAnalyzers(CorpusCompilation.Create(trees), analyzers, logExecutionTime: false)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
