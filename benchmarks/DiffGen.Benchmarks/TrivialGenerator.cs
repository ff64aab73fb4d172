using Microsoft.CodeAnalysis;

namespace DiffGen.Benchmarks;

/// <summary>
/// The yardstick for an edit's cost: a generator of DiffGen's shape (<c>ForAttributeWithMetadataName</c> over the same
/// [Differentiable] methods) that does no work, emitting a one-line file per method. Part of what any edit costs is
/// Roslyn's own; this measures that part.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TrivialGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "DiffGen.DifferentiableAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, _) => ctx.TargetSymbol.ContainingType.Name + "_" + ctx.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (spc, name) => spc.AddSource(name + ".g.cs", "// " + name + "\n"));
    }
}
