using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Generator.Tests;

/// <summary>The outcome of running the DiffGen generator over some sources.</summary>
/// <param name="GeneratedSources">Generated files (hint name and text), in the order the generator added them.</param>
/// <param name="GeneratorDiagnostics">Diagnostics reported by the generator itself.</param>
/// <param name="CompilationDiagnostics">Errors and warnings of the final compilation, generated code included.</param>
/// <param name="OutputCompilation">The compilation with the generated sources added.</param>
public sealed record GeneratorRunResult(
    IReadOnlyList<(string HintName, string Text)> GeneratedSources,
    IReadOnlyList<Diagnostic> GeneratorDiagnostics,
    IReadOnlyList<Diagnostic> CompilationDiagnostics,
    Compilation OutputCompilation)
{
    /// <summary>Diagnostics of the DiffGen analyzers over the output compilation (empty unless requested).</summary>
    public IReadOnlyList<Diagnostic> AnalyzerDiagnostics { get; init; } = Array.Empty<Diagnostic>();

    /// <summary>What a consumer sees from DiffGen: the generator's and the analyzers' diagnostics together.</summary>
    public IEnumerable<Diagnostic> DiffGenDiagnostics => GeneratorDiagnostics.Concat(AnalyzerDiagnostics);

    /// <summary>How long the generator itself ran (Roslyn's timing; excludes parsing and compiling the output).</summary>
    public TimeSpan GeneratorTime { get; init; }
}

/// <summary>Runs the DiffGen generator in memory and compiles or loads the result.</summary>
public static class GeneratorHarness
{
    /// <summary>The parse options <see cref="Run(string[])"/> uses: the newest C# version.</summary>
    public static readonly CSharpParseOptions LatestParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(DiffGen.DifferentiableAttribute).Assembly.Location))
            .ToImmutableArray());

    /// <summary>Parses <paramref name="sources"/> as the newest C#, runs the generator and compiles everything.</summary>
    public static GeneratorRunResult Run(params string[] sources) => Run(LatestParseOptions, strict: false, sources);

    /// <summary>
    /// As <see cref="Run(string[])"/>, then also runs the DiffGen analyzers, which report why a method cannot be
    /// differentiated (the generator then just generates nothing for it).
    /// </summary>
    public static GeneratorRunResult RunWithAnalyzers(params string[] sources)
    {
        var result = Run(sources);
        var analyzers = typeof(DiffGen.Analyzers.DifferentiableAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var diagnostics = result.OutputCompilation.WithAnalyzers(analyzers)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return result with { AnalyzerDiagnostics = diagnostics };
    }

    /// <summary>Parses <paramref name="sources"/> with <paramref name="parseOptions"/>, runs the generator and compiles everything.</summary>
    /// <param name="parseOptions">The consumer's language version and preprocessor symbols; nullable is enabled only from C# 8.</param>
    /// <param name="strict">
    /// Compile like a project with <c>TreatWarningsAsErrors</c> and the newest warning wave: every warning
    /// becomes an error in <see cref="GeneratorRunResult.CompilationDiagnostics"/>.
    /// </param>
    /// <param name="sources">The consumer's source files.</param>
    public static GeneratorRunResult Run(CSharpParseOptions parseOptions, bool strict, params string[] sources) =>
        Run(parseOptions, strict, Array.Empty<MetadataReference>(), sources);

    /// <summary>
    /// As <see cref="Run(string[])"/>, in a compilation that also references <paramref name="library"/> (compiled
    /// first, generated code included): how a consumer calls [Differentiable] methods of another assembly.
    /// </summary>
    public static GeneratorRunResult RunReferencing(GeneratorRunResult library, params string[] sources) =>
        Run(LatestParseOptions, strict: false, new[] { ImageOf(library.OutputCompilation) }, sources);

    // A metadata image, as a built DLL is: a compilation reference would hand the generator the library's syntax trees.
    private static MetadataReference ImageOf(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:" + Environment.NewLine + string.Join(Environment.NewLine, emit.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>Emits <paramref name="compilations"/>, in order, into one load context, and returns the last one loaded.</summary>
    /// <exception cref="InvalidOperationException">An emit failed; the message lists its diagnostics.</exception>
    public static Assembly CompileAndLoadAll(params Compilation[] compilations)
    {
        var context = new AssemblyLoadContext("DiffGenTest-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        Assembly? last = null;
        foreach (Compilation compilation in compilations)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            if (!emit.Success)
            {
                throw new InvalidOperationException("Emit failed:" + Environment.NewLine + string.Join(Environment.NewLine, emit.Diagnostics));
            }

            stream.Position = 0;
            last = context.LoadFromStream(stream);
        }

        return last!;
    }

    /// <summary>As <see cref="Run(CSharpParseOptions, bool, string[])"/>, with more assemblies referenced (e.g. DiffGen.TorchSharp).</summary>
    /// <param name="parseOptions">The consumer's language version and preprocessor symbols.</param>
    /// <param name="strict">Compile with every warning as an error.</param>
    /// <param name="extraReferences">Referenced besides .NET and DiffGen.</param>
    /// <param name="sources">The consumer's source files.</param>
    public static GeneratorRunResult Run(CSharpParseOptions parseOptions, bool strict, IEnumerable<MetadataReference> extraReferences, params string[] sources)
    {
        var trees = sources
            .Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Source{i}.cs"))
            .ToArray();

        // '#nullable' and the nullable option are errors before C# 8, so older consumers compile without them.
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8
            ? NullableContextOptions.Enable
            : NullableContextOptions.Disable;

        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                allowUnsafe: false)
            // DiffGen.dll is built against an older System.Runtime; the SDK silences these by default too.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        if (strict)
        {
            options = options.WithWarningLevel(9999).WithGeneralDiagnosticOption(ReportDiagnostic.Error);
        }

        // A referencing compilation needs its own assembly name: the referenced one is "DiffGenTestAssembly".
        var compilation = CSharpCompilation.Create(!extraReferences.Any() ? "DiffGenTestAssembly" : "DiffGenTestConsumer", trees, References.Value.AddRange(extraReferences), options);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new DiffGen.Generator.DifferentiableGenerator().AsSourceGenerator() },
            parseOptions: parseOptions);

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var runResult = driver.GetRunResult();
        var generated = runResult.Results
            .SelectMany(r => r.GeneratedSources)
            .Select(g => (g.HintName, g.SourceText.ToString()))
            .ToList();

        var allGeneratorDiagnostics = generatorDiagnostics
            .Concat(runResult.Results.SelectMany(r => r.Diagnostics))
            .Distinct()
            .ToList();

        var compilationDiagnostics = output.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .ToList();

        return new GeneratorRunResult(generated, allGeneratorDiagnostics, compilationDiagnostics, output)
        {
            GeneratorTime = driver.GetTimingInfo().ElapsedTime,
        };
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it into a collectible load context.</summary>
    /// <exception cref="InvalidOperationException">Emit failed; the message lists all diagnostics.</exception>
    public static Assembly CompileAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            var messages = string.Join(Environment.NewLine, emit.Diagnostics.Select(d => d.ToString()));
            throw new InvalidOperationException("Emit failed:" + Environment.NewLine + messages);
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("DiffGenTest-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
