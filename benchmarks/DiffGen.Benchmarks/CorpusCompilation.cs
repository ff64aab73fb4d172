using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Analyzers;
using DiffGen.Benchmarks.Corpus;
using DiffGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// Turns source files into the compilations, analyzer runs and generator runs that the benchmarks and the
/// diagnostics report measure, configured as an SDK project would be (net10.0 references, newest C#).
/// </summary>
internal static class CorpusCompilation
{
    /// <summary>The newest C#, as a net10.0 project uses.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location))
            .ToImmutableArray();

    private static readonly CSharpCompilationOptions Options =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            // DiffGen.dll is built against an older System.Runtime; the SDK silences these too.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    /// <summary>Parses <paramref name="files"/>; trees are immutable and can be shared by any number of compilations.</summary>
    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<SourceFile> files) =>
        files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path)).ToImmutableArray();

    /// <summary>The same files parsed again: new syntax nodes, as a clean build has.</summary>
    public static ImmutableArray<SyntaxTree> Parse(ImmutableArray<SyntaxTree> trees) =>
        trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), ParseOptions, t.FilePath)).ToImmutableArray();

    /// <summary>A new compilation of <paramref name="trees"/>: nothing bound yet, no semantic model cached.</summary>
    public static CSharpCompilation Create(ImmutableArray<SyntaxTree> trees) =>
        CSharpCompilation.Create("Synthetic", trees, References, Options);

    /// <summary>Both DiffGen analyzers, as the package ships them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer(), new DerivativeOfAnalyzer());

    /// <summary><paramref name="analyzers"/> attached to <paramref name="compilation"/>, running concurrently as in a build.</summary>
    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: logExecutionTime,
                reportSuppressedDiagnostics: false));

    /// <summary>A new generator driver holding the DiffGen generator, with no cached state.</summary>
    public static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(
            new[] { new DifferentiableGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions);
}
