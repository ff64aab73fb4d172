using System.Collections.Generic;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.FrontEnd;

/// <summary>A <c>[Differentiable]</c> method lowered to IR: its inputs and the DAG of its result.</summary>
/// <param name="Builder">The builder that owns the nodes; differentiation adds to it.</param>
/// <param name="Type">The method's numeric type (float or double).</param>
/// <param name="Inputs">One input node per parameter, in order.</param>
/// <param name="Result">The returned value.</param>
/// <param name="Origins">For each node made from source, the first syntax it came from (for the analyzers' messages).</param>
internal sealed record LoweredMethod(GraphBuilder Builder, ValueType Type, IReadOnlyList<Node> Inputs, Node Result, IReadOnlyDictionary<Node, SyntaxNode> Origins)
{
    /// <summary>
    /// For each call to a <c>[Differentiable]</c> callee that has vector bodies (and its derivative), the callee's
    /// <c>global::</c>-qualified function struct, where vector code calls them.
    /// </summary>
    public IReadOnlyDictionary<Node, string> CalleeKernels { get; init; } = new Dictionary<Node, string>();

    /// <summary>
    /// For each higher derivative of a callee that has vector bodies at its order (<c>FSecondDerivative</c>,
    /// <c>FThirdDerivative</c>, <c>FHessianVectorProduct</c>, by qualified name), its vector body's qualified name in
    /// the callee's function struct (<c>FKernel.SecondDerivative</c>), where the caller's second-order vector code calls it.
    /// </summary>
    public IReadOnlyDictionary<string, string> HigherCalleeMembers { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The calls to <c>Math.Clamp</c> whose constant bounds are in the wrong order (they throw wherever they run, so
    /// they were lowered as a throwing path): the call and its two bounds, for DIFF013.
    /// </summary>
    public IReadOnlyList<(SyntaxNode Call, double Min, double Max)> ReversedClamps { get; init; } = new List<(SyntaxNode, double, double)>();

    /// <summary>
    /// For each input, in order, whether it is <c>[Broadcast]</c>: one value shared by every element of the span
    /// kernels, whose backward kernel returns its summed gradient (<see cref="BroadcastCheck"/>). Empty means none.
    /// </summary>
    public IReadOnlyList<bool> Broadcast { get; init; } = System.Array.Empty<bool>();

    /// <summary>The highest derivative to generate (<c>[Differentiable(Order = n)]</c>, 1 to 3).</summary>
    public int Order { get; init; } = 1;
}

/// <summary>The outcome of lowering one method.</summary>
/// <param name="Method">The lowered method, or null when it cannot be differentiated.</param>
/// <param name="Diagnostics">Why it cannot (empty when <paramref name="Method"/> is set or the code has compiler errors).</param>
/// <param name="HasCompilerErrors">
/// Whether the method does not compile yet (mid-edit); then DiffGen says nothing and generates nothing,
/// leaving the compiler's own errors to speak.
/// </param>
internal sealed record LoweringResult(LoweredMethod? Method, IReadOnlyList<DiagnosticInfo> Diagnostics, bool HasCompilerErrors)
{
    /// <summary>
    /// The source files the result was derived from: the method's own, those declaring its enclosing types, the
    /// types it calls into or reads fields of, and (transitively) its [Differentiable] callees'. While none of them
    /// changes (and the references do not), the result stays valid.
    /// </summary>
    public DependencySet Dependencies { get; init; } = DependencySet.Empty;
}
