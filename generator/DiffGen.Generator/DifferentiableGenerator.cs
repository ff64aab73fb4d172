using System.Linq;
using DiffGen.Generator.Emit;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator;

/// <summary>
/// The DiffGen source generator: for every <c>[Differentiable]</c> method, adds its derivative, backward
/// function and span kernels to the method's partial type (one file per type).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DifferentiableGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<MethodResult> methods = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.DifferentiableAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, ct) => MethodTransform.Run(ctx, ct))
            .WithTrackingName(TrackingNames.Methods);

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = methods
            .SelectMany(static (m, _) => m.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, d) => spc.ReportDiagnostic(d.ToDiagnostic()));

        IncrementalValuesProvider<GeneratedFile> files = methods
            .Where(static m => m.Members is not null)
            .Collect()
            .SelectMany(static (all, _) => HintNames.MakeUnique(all
                .GroupBy(m => m.Type)
                .Select(g => new GeneratedFile(g.Key, g.OrderBy(m => m.SortKey, System.StringComparer.Ordinal).Select(m => m.Members!).ToEquatableArray()))))
            .WithTrackingName(TrackingNames.Files);

        IncrementalValueProvider<bool> nullableDirective = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageVersion);

        context.RegisterSourceOutput(files.Combine(nullableDirective), static (spc, pair) =>
            spc.AddSource(pair.Left.Type.HintName, FileEmitter.Emit(pair.Left, pair.Right)));
    }
}

/// <summary>The names of the generator's pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>Each [Differentiable] method lowered, differentiated and emitted.</summary>
    public const string Methods = "DiffGen.Methods";

    /// <summary>The diagnostics of each method.</summary>
    public const string Diagnostics = "DiffGen.Diagnostics";

    /// <summary>The generated files, one per type.</summary>
    public const string Files = "DiffGen.Files";

    /// <summary>Whether the consumer's C# version allows <c>#nullable</c>.</summary>
    public const string LanguageVersion = "DiffGen.LanguageVersion";
}
