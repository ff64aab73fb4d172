using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace DiffGen.Benchmarks;

/// <summary>
/// Not a measurement: prints what DiffGen reports on some code. On the synthetic corpus every warning is a
/// false positive (the corpus is written to be clean); on files given on the command line it shows the exact
/// messages, which is how the examples on the diagnostic help pages are checked.
/// </summary>
internal static class DiagnosticsReport
{
    /// <summary>Reports on the synthetic corpus, with the analyzers' own execution time; returns the exit code.</summary>
    /// <param name="writeTo">Where to write the corpus's files, or null.</param>
    /// <param name="warmRoslyn">
    /// Whether the operation-tree analyzer runs over another compilation of the corpus first, so that the timed run is
    /// DiffGen's first run but not Roslyn's: this process loads Roslyn from its NuGet package, IL only, where the
    /// compiler of the SDK is precompiled (ReadyToRun) and never JIT-compiles its own binder and operation factory.
    /// </param>
    public static async Task<int> CorpusAsync(string? writeTo, bool warmRoslyn = false)
    {
        IReadOnlyList<SourceFile> files = SyntheticCorpus.Generate();
        if (writeTo is not null)
        {
            Directory.CreateDirectory(writeTo);
            foreach (SourceFile file in files)
            {
                File.WriteAllText(Path.Combine(writeTo, file.Path), file.Text);
            }

            Console.WriteLine($"Wrote {files.Count} files to {writeTo}");
        }

        Console.WriteLine($"Corpus: {SyntheticCorpus.MethodCount} [Differentiable] methods in {files.Count} files, seed {SyntheticCorpus.Seed}");
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(files);
        if (warmRoslyn)
        {
            await CorpusCompilation.WithAnalyzers(CorpusCompilation.Create(CorpusCompilation.Parse(trees)), ImmutableArray.Create<DiagnosticAnalyzer>(new OperationTreeAnalyzer()), logExecutionTime: false)
                .GetAnalyzerDiagnosticsAsync();
            Console.WriteLine("Roslyn warmed: the operation-tree analyzer ran over another compilation of the corpus first");
        }

        int found = await ReportAsync(trees, timing: true);
        Console.WriteLine(found == 0 ? "No DiffGen diagnostics: as expected for a clean corpus." : $"{found} DiffGen diagnostics on a corpus meant to be clean: check each for a false positive.");
        return found == 0 ? 0 : 1;
    }

    /// <summary>Reports on the given C# files; returns the exit code.</summary>
    public static async Task<int> FilesAsync(IEnumerable<string> paths)
    {
        var files = paths.Select(p => new SourceFile(Path.GetFileName(p), File.ReadAllText(p))).ToList();
        await ReportAsync(CorpusCompilation.Parse(files), timing: false);
        return 0;
    }

    private static async Task<int> ReportAsync(ImmutableArray<SyntaxTree> trees, bool timing)
    {
        Compilation compilation = CorpusCompilation.Create(trees);
        foreach (Diagnostic error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            Console.WriteLine("compiler: " + error);
        }

        ImmutableArray<DiagnosticAnalyzer> analyzers = CorpusCompilation.Analyzers();
        // How much of the first run is the JIT (of DiffGen's code and of the compiler code it reaches first).
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stopwatch = Stopwatch.StartNew();
        CompilationWithAnalyzers withAnalyzers = CorpusCompilation.WithAnalyzers(CorpusCompilation.Create(trees), analyzers, logExecutionTime: timing);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        stopwatch.Stop();
        TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore;
        foreach (Diagnostic d in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start))
        {
            Console.WriteLine($"{Where(d)}: {d.Id} {d.Severity}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            Console.WriteLine($"    in {EnclosingMethod(d)}");
        }

        GeneratorDriverRunResult run = CorpusCompilation.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _).GetRunResult();
        foreach (Diagnostic d in run.Diagnostics)
        {
            Console.WriteLine($"{Where(d)}: {d.Id} {d.Severity} (generator): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        Diagnostic[] outputErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Console.WriteLine($"Generator: {run.GeneratedTrees.Length} files, {run.Diagnostics.Length} diagnostics; the output compiles with {outputErrors.Length} errors");
        foreach (Diagnostic error in outputErrors.Take(10))
        {
            Console.WriteLine("  output: " + error);
        }

        if (timing)
        {
            Console.WriteLine($"Analyzer run (binding included, first run, JIT included): {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
            Console.WriteLine($"  of which the JIT (all threads): {jit.TotalMilliseconds:F0} ms for {jitMethods} methods");
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                AnalyzerTelemetryInfo info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
                Console.WriteLine($"  {analyzer.GetType().Name}: execution time {info.ExecutionTime.TotalMilliseconds:F0} ms " +
                    $"({info.ExecutionTime.TotalMilliseconds * 1000 / SyntheticCorpus.MethodCount:F0} μs per method)");
            }
        }

        return diagnostics.Length + run.Diagnostics.Length + outputErrors.Length;
    }

    private static string Where(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    private static string EnclosingMethod(Diagnostic d)
    {
        if (d.Location.SourceTree is not SyntaxTree tree)
        {
            return "?";
        }

        SyntaxNode node = tree.GetRoot().FindNode(d.Location.SourceSpan);
        return node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is MethodDeclarationSyntax method
            ? method.ToString().Replace("\n", "\n    ", StringComparison.Ordinal)
            : "?";
    }
}
