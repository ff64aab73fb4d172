using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// An analyzer that does what <c>DifferentiableAnalyzer</c> does before DiffGen's own work starts: find the
/// [Differentiable] methods and ask the semantic model for each body's operation tree (which binds the body).
/// Its run is the floor for any analyzer that reads those bodies; what DiffGen's run costs above it is DiffGen's
/// lowering, differentiation and checks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationTreeAnalyzer : DiagnosticAnalyzer
{
    // A hidden descriptor: an analyzer whose every diagnostic is disabled would be skipped by the driver.
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH002", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("DiffGen.DifferentiableAttribute") is not INamedTypeSymbol attribute)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var syntax = (MethodDeclarationSyntax)node.Node;
                    if (syntax.AttributeLists.Count > 0
                        && node.SemanticModel.GetDeclaredSymbol(syntax, node.CancellationToken) is IMethodSymbol method
                        && method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                    {
                        node.SemanticModel.GetOperation(syntax, node.CancellationToken);
                    }
                },
                SyntaxKind.MethodDeclaration);
        });
    }
}
