using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
    Compilation OutputCompilation);

/// <summary>Runs the DiffGen generator in memory and compiles or loads the result.</summary>
public static class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(DiffGen.DifferentiableAttribute).Assembly.Location))
            .ToImmutableArray());

    /// <summary>Parses <paramref name="sources"/>, runs the generator and compiles everything.</summary>
    public static GeneratorRunResult Run(params string[] sources)
    {
        var trees = sources
            .Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs"))
            .ToArray();

        var compilation = CSharpCompilation.Create(
            "DiffGenTestAssembly",
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: false)
                // DiffGen.dll is built against an older System.Runtime; the SDK silences these by default too.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new DiffGen.Generator.DifferentiableGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions);

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

        return new GeneratorRunResult(generated, allGeneratorDiagnostics, compilationDiagnostics, output);
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
