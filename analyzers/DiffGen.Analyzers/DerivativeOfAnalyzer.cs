using System.Collections.Immutable;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Analyzers;

/// <summary>
/// Reports misused <c>[DerivativeOf]</c> registrations (DIFF008): a missing or ambiguous target, a different
/// parameter list, a wrong return shape, or two derivatives for one method. The rules are the front end's
/// own (<see cref="DerivativeRegistry"/>), so what is reported here is exactly what calls would reject.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DerivativeOfAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DerivativeOfMisuse);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.DerivativeOfAttribute) is null)
            {
                return;
            }

            start.RegisterSymbolAction(Analyze, SymbolKind.Method);
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (DerivativeRegistry.Of((IMethodSymbol)context.Symbol) is not Registration registration)
        {
            return;
        }

        Location location = registration.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
            ?? context.Symbol.Locations[0];
        foreach (string problem in DerivativeRegistry.Problems(registration))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DerivativeOfMisuse, location, problem));
        }
    }
}
