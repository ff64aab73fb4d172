using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Diagnostics;

/// <summary>Every diagnostic DiffGen reports. IDs, severities and meanings are a contract.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of all DiffGen diagnostics.</summary>
    public const string Category = "DiffGen";

    /// <summary>
    /// DIFF001: differentiable code calls a method that has no derivative.
    /// Message: <c>Cannot differentiate the call to '{0}': {1}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor NoDerivative = Create(
        "DIFF001",
        "Call to a method with no derivative",
        "Cannot differentiate the call to '{0}': {1}",
        DiagnosticSeverity.Error,
        "A [Differentiable] method may call only methods DiffGen can differentiate: other [Differentiable] methods, supported Math/MathF functions, and methods with a registered [DerivativeOf] derivative.");

    /// <summary>
    /// DIFF003: a construct DiffGen cannot differentiate.
    /// Message: <c>{0} is not supported in a [Differentiable] method</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "DIFF003",
        "Unsupported construct in a [Differentiable] method",
        "{0} is not supported in a [Differentiable] method",
        DiagnosticSeverity.Error,
        "A [Differentiable] method is straight-line float or double arithmetic with locals, if/else, ?: and calls; loops, recursion, goto, try, lambdas, local functions, ref/out/in, assignment to parameters, fields or array elements, instance methods and other types cannot be differentiated symbolically.");

    /// <summary>
    /// DIFF004: the method is not static or an enclosing type is not partial.
    /// Message: <c>{0}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor NotStaticOrNotPartial = Create(
        "DIFF004",
        "[Differentiable] method must be static in a partial type",
        "{0}",
        DiagnosticSeverity.Error,
        "DiffGen adds the generated members to the type that declares the method, so the method must be static and every enclosing type partial.");

    /// <summary>
    /// DIFF010: the method exceeds DiffGen's size or nesting limits.
    /// Message: <c>'{0}' is too large to differentiate: {1}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor TooComplex = Create(
        "DIFF010",
        "Method too large or too deeply nested to differentiate",
        "'{0}' is too large to differentiate: {1}",
        DiagnosticSeverity.Error,
        "DiffGen bounds the work it does on one method so that the IDE stays responsive; split the method into smaller [Differentiable] methods.");

    /// <summary>
    /// DIFF000: DiffGen itself failed on a method; reported instead of letting an exception reach the compiler.
    /// Message: <c>DiffGen failed on '{0}' ({1}); no code was generated for it. Please report this with the method's source.</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor InternalError = Create(
        "DIFF000",
        "DiffGen internal error",
        "DiffGen failed on '{0}' ({1}); no code was generated for it. Please report this with the method's source.",
        DiagnosticSeverity.Error,
        "An unexpected failure inside DiffGen. The generator never lets an exception reach the compiler (that would silently drop all generated code); it reports this instead.");

    private static readonly Dictionary<string, DiagnosticDescriptor> All =
        new[] { InternalError, NoDerivative, UnsupportedConstruct, NotStaticOrNotPartial, TooComplex }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor with the given ID.</summary>
    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: description,
            helpLinkUri: HelpLinks.For(id));
}
