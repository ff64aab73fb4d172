using System;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Emit;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator;

/// <summary>The semantic step of the pipeline: one [Differentiable] method in, equatable data out.</summary>
internal static class MethodTransform
{
    /// <summary>
    /// Lowers, differentiates and emits one method. Never throws (except for cancellation); reports only
    /// failures after lowering (size limits, internal errors), which the analyzer cannot see.
    /// </summary>
    public static MethodResult Run(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var syntax = (MethodDeclarationSyntax)context.TargetNode;
        Compilation compilation = context.SemanticModel.Compilation;
        if (GenerationCache.Find(syntax, compilation) is MethodResult remembered)
        {
            return remembered;
        }

        var method = (IMethodSymbol)context.TargetSymbol;
        ContainingTypeInfo type = Describe(method.ContainingType);
        string sortKey = method.Name + "(" + string.Join(",", method.Parameters.Select(p => p.Type.ToDisplayString())) + ")";
        try
        {
            // Why a method cannot be differentiated is the analyzer's to report (same front end, real
            // source locations, so #pragma and .editorconfig apply); reporting it here too would show it twice.
            LoweringResult lowered = MethodLowering.Lower(method, syntax, LoweringModels.Of(compilation, syntax.SyntaxTree), cancellationToken);
            if (lowered.Method is null)
            {
                return Remember(new MethodResult(type, sortKey, null, default), lowered);
            }

            if (CompilerErrors.In(context.SemanticModel, syntax, cancellationToken))
            {
                // Not remembered: it may compile after an edit anywhere.
                return new MethodResult(type, sortKey, null, default);
            }

            string members = MemberEmitter.Emit(method, lowered.Method, Targets(compilation), cancellationToken);
            return Remember(new MethodResult(type, sortKey, members, default), lowered);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (GraphTooLargeException e)
        {
            return Failed(DiagnosticDescriptors.TooComplex, e.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            return Failed(DiagnosticDescriptors.TooComplex, "it is nested too deeply");
        }
        catch (Exception e)
        {
            return Failed(DiagnosticDescriptors.InternalError, e.GetType().Name + ": " + e.Message);
        }

        MethodResult Remember(MethodResult result, LoweringResult lowered)
        {
            if (!lowered.HasCompilerErrors)
            {
                GenerationCache.Store(syntax, compilation, lowered.Dependencies, result);
            }

            return result;
        }

        MethodResult Failed(DiagnosticDescriptor descriptor, string reason) =>
            new(type, sortKey, null, new[] { DiagnosticInfo.Create(descriptor, syntax.Identifier.GetLocation(), method.Name, reason) }.ToEquatableArray());
    }

    /// <summary>What the consumer's compilation can take: span kernels, the function struct, SIMD kernels.</summary>
    internal static EmitTargets Targets(Compilation compilation) => new(
        Spans: compilation.GetTypeByMetadataName("System.Span`1") is not null
            && compilation.GetTypeByMetadataName(GeneratedNames.SpanLengthsMetadata) is not null,
        KernelStruct: compilation.GetTypeByMetadataName(GeneratedNames.ElementwiseFunctionMetadata) is not null,
        // The SIMD drivers are in the runtime library's .NET 10 build; they name spans through CallerArgumentExpression (C# 10).
        Vectors: compilation.GetTypeByMetadataName(GeneratedNames.ElementwiseMetadata) is not null
            && ((CSharpCompilation)compilation).LanguageVersion >= LanguageVersion.CSharp10,
        // The tensor functions and modules run the span kernels through the DiffGen.TorchSharp library.
        Tensors: compilation.GetTypeByMetadataName(TorchSharpMembers.TensorFunctionType) is not null);

    private static ContainingTypeInfo Describe(INamedTypeSymbol type)
    {
        var chain = new System.Collections.Generic.List<TypeDeclarationInfo>();
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            chain.Insert(0, Declaration(t));
        }

        string? ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        return new ContainingTypeInfo(HintNames.Of(type), ns, chain.ToEquatableArray());
    }

    private static TypeDeclarationInfo Declaration(INamedTypeSymbol type)
    {
        string keyword = type.TypeKind switch
        {
            TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
            TypeKind.Interface => "interface",
            _ => type.IsRecord ? "record" : "class",
        };

        // From the symbol, not from one declaration (which would depend on file order): only the modifiers every
        // part must agree on. Accessibility, sealed and abstract are stated once for all parts.
        string modifiers = (type.TypeKind, type.IsStatic, type.IsReadOnly, type.IsRefLikeType) switch
        {
            (TypeKind.Class, true, _, _) => "static partial",
            (TypeKind.Struct, _, true, true) => "readonly ref partial",
            (TypeKind.Struct, _, true, false) => "readonly partial",
            (TypeKind.Struct, _, false, true) => "ref partial",
            _ => "partial",
        };

        string name = GeneratedNames.Identifier(type.Name);
        if (type.TypeParameters.Length > 0)
        {
            name += "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";
        }

        return new TypeDeclarationInfo(modifiers, keyword, name);
    }
}
