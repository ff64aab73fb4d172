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

    /// <summary>
    /// DIFF002: an operation whose gradient is zero almost everywhere or undefined.
    /// Message: <c>No gradient flows through '{0}': {1}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor NoGradientThrough = Create(
        "DIFF002",
        "No gradient flows through this operation",
        "No gradient flows through '{0}': {1}",
        DiagnosticSeverity.Warning,
        "Rounding, sign, casts to integer types, % and bitwise operations are piecewise constant: their derivative is zero almost everywhere, so everything computed before them stops learning.");

    /// <summary>
    /// DIFF005: an operation whose value or derivative is infinite or NaN somewhere it is evaluated.
    /// Message: <c>Gradient singularity: the {0} `{1}` {2} {3}</c>, e.g. "the denominator `x + 0.6` is zero at x = -0.6".
    /// </summary>
    public static readonly DiagnosticDescriptor GradientSingularity = Create(
        "DIFF005",
        "Gradient singularity",
        "Gradient singularity: the {0} `{1}` {2} {3}",
        DiagnosticSeverity.Warning,
        "A division by something that can be zero, a logarithm of something that can be zero or negative, a square root at 0, and so on, give an infinite or NaN gradient for some inputs; one such value poisons every weight it reaches.");

    /// <summary>
    /// DIFF006: a branch whose two sides disagree at the boundary.
    /// Message: <c>At {0} the two sides of this branch differ ({1} vs {2}): the gradient ignores the jump</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor Discontinuity = Create(
        "DIFF006",
        "Discontinuity at a branch boundary",
        "At {0} the two sides of this branch differ ({1} vs {2}): the gradient ignores the jump",
        DiagnosticSeverity.Warning,
        "The derivative of a branch is the derivative of the side taken, so a jump at the boundary is invisible to gradient descent.");

    /// <summary>
    /// DIFF007: no gradient flows from the result to any input.
    /// Message: <c>No gradient flows from the result of '{0}' to any of its inputs: its derivative is identically zero</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor ZeroGradient = Create(
        "DIFF007",
        "No gradient flows at all",
        "No gradient flows from the result of '{0}' to any of its inputs: its derivative is identically zero",
        DiagnosticSeverity.Warning,
        "A function whose derivative is zero everywhere stops all learning upstream of it: loss stays flat and accuracy stays at chance.");

    /// <summary>
    /// DIFF008: a misused [DerivativeOf].
    /// Message: <c>{0}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor DerivativeOfMisuse = Create(
        "DIFF008",
        "Invalid [DerivativeOf] registration",
        "{0}",
        DiagnosticSeverity.Error,
        "[DerivativeOf(nameof(Target))] goes on a static method with Target's parameter list that returns the derivative (one input) or a tuple of partial derivatives in parameter order; each method has at most one.");

    /// <summary>
    /// DIFF009: a float method computing through double Math functions.
    /// Message: <c>'{0}' computes in double inside the float method '{1}'; use MathF.{2} to stay in float</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor DoubleMathInFloatMethod = Create(
        "DIFF009",
        "Double-precision Math in a float method",
        "'{0}' computes in double inside the float method '{1}'; use MathF.{2} to stay in float",
        DiagnosticSeverity.Info,
        "System.Math works in double: a float method that calls it converts back and forth, losing speed (and vectorization) for no precision it keeps.");

    /// <summary>
    /// DIFF012: a member DiffGen would generate has a name already taken in the method's type.
    /// Message: <c>DiffGen cannot generate '{0}' for '{1}': the name is taken by {2}; rename one of them</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor GeneratedNameTaken = Create(
        "DIFF012",
        "Generated member name already taken",
        "DiffGen cannot generate '{0}' for '{1}': the name is taken by {2}; rename one of them",
        DiagnosticSeverity.Error,
        "For a [Differentiable] method F, DiffGen adds FDerivative, FBackward, span and vector overloads of F, and the struct FKernel to F's type. A member the user wrote with one of those names and the same parameter types, or a type named like one of them, would make the generated code fail to compile.");

    /// <summary>
    /// DIFF013: <c>Math.Clamp</c> with constant bounds in the wrong order, which throws whenever it runs.
    /// Message: <c>'{0}' always throws ArgumentException: its lower bound {1} is greater than its upper bound {2}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor ClampBoundsReversed = Create(
        "DIFF013",
        "Math.Clamp bounds in the wrong order",
        "'{0}' always throws ArgumentException: its lower bound {1} is greater than its upper bound {2}",
        DiagnosticSeverity.Warning,
        "Math.Clamp(value, min, max) throws when min > max. With constant bounds that is known at compile time; swap them. The generated derivative throws wherever the method does.");

    /// <summary>
    /// DIFF014: <c>[Broadcast]</c> where it cannot apply (on every input, on a parameter that is not float or double,
    /// outside a <c>[Differentiable]</c> method, or where the target has no span kernels).
    /// Message: <c>[Broadcast] on '{0}' has no effect: {1}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor BroadcastMisuse = Create(
        "DIFF014",
        "[Broadcast] parameter that cannot be broadcast",
        "[Broadcast] on '{0}' has no effect: {1}",
        DiagnosticSeverity.Error,
        "[Broadcast] makes a float or double parameter of a [Differentiable] method one value shared by every element of its span kernels, which return that parameter's summed gradient. The method needs at least one input without it (the span the kernels run over), and the target needs span kernels (.NET 8 or later); otherwise the attribute would silently change nothing.");

    /// <summary>
    /// DIFF015: at <c>Order = 2</c> or more, a piecewise-linear method whose second derivative is 0 wherever it is defined.
    /// Message: <c>The second derivative of '{0}' is 0 wherever it is defined; a network using it has a zero Laplacian almost everywhere</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor ZeroSecondDerivative = Create(
        "DIFF015",
        "Second derivative zero almost everywhere",
        "The second derivative of '{0}' is 0 wherever it is defined; a network using it has a zero Laplacian almost everywhere",
        DiagnosticSeverity.Warning,
        "A method built from piecewise-linear pieces (ReLU, leaky ReLU, Abs, Max, Min, Clamp, hard sigmoid) has no curvature between its kinks, and the curvature of the kinks themselves is not a number. Physics-informed networks, Newton-type optimizers and gradient penalties that need the second derivative learn nothing from it: use a smooth activation (softplus, GELU, Swish, tanh).");

    /// <summary>
    /// DIFF016: at <c>Order = 2</c> or more, a kink where the first derivative jumps, whose curvature the second derivative drops.
    /// Message: <c>'{0}' has a kink at x = {1} where its first derivative jumps: its second derivative there is that of the side taken, and the kink's own curvature is dropped (a smooth neighbour would keep it)</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor KinkDropsCurvature = Create(
        "DIFF016",
        "A kink drops curvature",
        "'{0}' has a kink at x = {1} where its first derivative jumps: its second derivative there is that of the side taken, and the kink's own curvature is dropped (a smooth neighbour would keep it)",
        DiagnosticSeverity.Info,
        "Where the first derivative jumps, the true second derivative is a Dirac mass that no floating-point value represents; DiffGen gives the second derivative of the side the branch takes. Losses that integrate the second derivative (a PDE residual) do not see the kink. A smooth transition (softplus instead of max(0, x), a blend instead of a branch) keeps the curvature.");

    /// <summary>
    /// DIFF017: <c>[Differentiable(Order = …)]</c> asks for an order DiffGen does not generate.
    /// Message: <c>'{0}' cannot have Order = {1}: {2}</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnsupportedOrder = Create(
        "DIFF017",
        "Unsupported derivative order",
        "'{0}' cannot have Order = {1}: {2}",
        DiagnosticSeverity.Error,
        "[Differentiable(Order = n)] generates derivatives up to order n: 1 (the default), 2 (second derivative, double backward, Hessian-vector product) or 3 (third derivative, single-input methods only).");

    private static readonly Dictionary<string, DiagnosticDescriptor> All =
        new[]
        {
            InternalError, NoDerivative, NoGradientThrough, UnsupportedConstruct, NotStaticOrNotPartial, GradientSingularity,
            Discontinuity, ZeroGradient, DerivativeOfMisuse, DoubleMathInFloatMethod, TooComplex, GeneratedNameTaken, ClampBoundsReversed,
            BroadcastMisuse,
            ZeroSecondDerivative, KinkDropsCurvature, UnsupportedOrder,
        }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor with the given ID.</summary>
    public static DiagnosticDescriptor ById(string id) => All[id];

    /// <summary>Every descriptor, in ID order.</summary>
    public static IEnumerable<DiagnosticDescriptor> Descriptors => All.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: description,
            helpLinkUri: HelpLinks.For(id));
}
