using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Analyzers;

/// <summary>
/// Reports, as the user types, why a <c>[Differentiable]</c> method cannot be differentiated (DIFF001,
/// DIFF003, DIFF004, DIFF010, DIFF014) and what would silently stop a network from learning (DIFF002, DIFF005,
/// DIFF006, DIFF007, DIFF009). It runs the generator's own front end and checks on the same IR, so the
/// two can never disagree about what is differentiable.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DifferentiableAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InternalError,
        DiagnosticDescriptors.NoDerivative,
        DiagnosticDescriptors.NoGradientThrough,
        DiagnosticDescriptors.UnsupportedConstruct,
        DiagnosticDescriptors.NotStaticOrNotPartial,
        DiagnosticDescriptors.GradientSingularity,
        DiagnosticDescriptors.Discontinuity,
        DiagnosticDescriptors.ZeroGradient,
        DiagnosticDescriptors.DoubleMathInFloatMethod,
        DiagnosticDescriptors.TooComplex,
        DiagnosticDescriptors.GeneratedNameTaken,
        DiagnosticDescriptors.ClampBoundsReversed,
        DiagnosticDescriptors.BroadcastMisuse,
        DiagnosticDescriptors.ZeroSecondDerivative,
        DiagnosticDescriptors.KinkDropsCurvature,
        DiagnosticDescriptors.UnsupportedOrder);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Resolved once per compilation; without the attribute type there is nothing to analyze.
            if (start.Compilation.GetTypeByMetadataName(KnownNames.DifferentiableAttribute) is not INamedTypeSymbol attribute)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(node => Analyze(node, attribute), SyntaxKind.MethodDeclaration);
            start.RegisterSyntaxNodeAction(node => AnalyzeNotAMethod(node, attribute),
                SyntaxKind.LocalFunctionStatement, SyntaxKind.ParenthesizedLambdaExpression);
        });
    }

    /// <summary>
    /// [Differentiable] on a local function or a lambda: the generator only looks at methods, so without this the
    /// attribute would silently do nothing.
    /// </summary>
    private static void AnalyzeNotAMethod(SyntaxNodeAnalysisContext context, INamedTypeSymbol attribute)
    {
        (SyntaxList<AttributeListSyntax> lists, Location at, string what) = context.Node switch
        {
            LocalFunctionStatementSyntax f => (f.AttributeLists, f.Identifier.GetLocation(), $"'{f.Identifier.ValueText}' is a local function"),
            ParenthesizedLambdaExpressionSyntax l => (l.AttributeLists, l.ParameterList.GetLocation(), "A lambda"),
            _ => (default(SyntaxList<AttributeListSyntax>), Location.None, string.Empty),
        };
        foreach (AttributeSyntax syntax in lists.SelectMany(l => l.Attributes))
        {
            if (SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(syntax, context.CancellationToken).Symbol?.ContainingType, attribute))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotStaticOrNotPartial, at,
                    what + ": [Differentiable] applies only to static methods of partial types, where DiffGen can add the generated members"));
                return;
            }
        }
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol attribute)
    {
        var syntax = (MethodDeclarationSyntax)context.Node;
        bool parameterAttributes = syntax.ParameterList.Parameters.Any(p => p.AttributeLists.Count > 0);
        if ((syntax.AttributeLists.Count == 0 && !parameterAttributes)
            || context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not IMethodSymbol method)
        {
            return;
        }

        if (!method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
        {
            // [Broadcast] only means something on a [Differentiable] method: elsewhere it would silently do nothing.
            if (parameterAttributes)
            {
                foreach (DiagnosticInfo info in BroadcastCheck.OutsideDifferentiable(method, syntax.Identifier.GetLocation()))
                {
                    context.ReportDiagnostic(info.ToDiagnostic(syntax.SyntaxTree));
                }
            }

            return;
        }

        try
        {
            // Callees' compiler errors are asked for one method at a time: a build's analyzers need no file's errors.
            // Nothing is emitted here: no dependency sets for a result cache, no vector facts about callees.
            var validator = new CalleeValidator(context.SemanticModel.Compilation, context.CancellationToken, wholeFiles: false, emits: false);
            LoweringResult result = MethodLowering.Lower(method, syntax, context.SemanticModel, validator, context.CancellationToken);
            foreach (DiagnosticInfo info in result.Diagnostics)
            {
                context.ReportDiagnostic(info.ToDiagnostic(syntax.SyntaxTree));
            }

            if (result.Method is not null)
            {
                // A method with compiler errors gets no warnings (the compiler's errors speak). Asking for them binds the
                // method again, so they are asked for only when there is something to report: most methods have none.
                IReadOnlyList<Finding> findings;
                try
                {
                    findings = GradientChecks.Run(result.Method, method.Name, context.CancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException && CompilerErrors.InMethod(context.SemanticModel, syntax, context.CancellationToken))
                {
                    findings = Array.Empty<Finding>();
                }

                if (findings.Count > 0 && !CompilerErrors.InMethod(context.SemanticModel, syntax, context.CancellationToken))
                {
                    foreach (Finding finding in findings)
                    {
                        Location location = finding.At?.GetLocation() ?? syntax.Identifier.GetLocation();
                        context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, location, finding.Arguments));
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (InsufficientExecutionStackException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooComplex, syntax.Identifier.GetLocation(), method.Name, "it is nested too deeply"));
        }
        catch (Exception e)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, syntax.Identifier.GetLocation(), method.Name, e.GetType().Name + ": " + e.Message));
        }
    }
}
