using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Answers "will DiffGen generate derivatives for this [Differentiable] callee?" while lowering a caller,
/// so a caller never emits a call to a generated member that will not exist. Tracks the methods being
/// lowered to detect recursion. Answers are remembered per compilation (a verdict depends only on the
/// compilation: a method in or leading into a cycle is recursive whichever method asks), so each callee is
/// lowered once however many methods call it, by the generator and the analyzers alike.
/// </summary>
internal sealed class CalleeValidator
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, (CalleeVerdict Verdict, DependencySet Dependencies, bool Vectorizes, bool VectorizesHigher)>> Verdicts = new();

    /// <summary>The analyzers' verdicts: without dependencies or vector facts, so never handed to the generator.</summary>
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, (CalleeVerdict Verdict, DependencySet Dependencies, bool Vectorizes, bool VectorizesHigher)>> AnalyzerVerdicts = new();

    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;
    private readonly bool wholeFiles;
    private readonly bool emits;
    private readonly HashSet<IMethodSymbol> active = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, (CalleeVerdict Verdict, DependencySet Dependencies, bool Vectorizes, bool VectorizesHigher)> known;
    private readonly Stack<DependencyBuilder> dependencies = new();
    private int cyclesSeen;

    /// <summary>Creates a validator over <paramref name="compilation"/>.</summary>
    /// <param name="compilation">The compilation the callees are in.</param>
    /// <param name="cancellationToken">Cancels the lowering.</param>
    /// <param name="wholeFiles">
    /// Whether a callee's compiler errors are asked for with its whole file's (<see cref="CompilerErrors.In"/>: the
    /// generator, which needs every file's errors anyway) or for its own body only (<see cref="CompilerErrors.InMethod"/>:
    /// the analyzers, which otherwise need no file's). The verdict is the same either way.
    /// </param>
    /// <param name="emits">
    /// Whether the lowering is for generated code (the generator, the code fixes): then it records what its result
    /// depends on (<see cref="LoweringResult.Dependencies"/>, for the generator's result cache) and whether each callee
    /// has vector bodies (<see cref="Vectorizes"/>). The analyzers need neither: their diagnostics do not depend on them,
    /// and on a first run the dependency sets and the callees' vector checks were a tenth of their time and code to
    /// compile (docs/benchmarks.md, "issue 9, the analyzers' first run"). Without it, <see cref="LoweringResult.Dependencies"/>
    /// is empty and every callee is taken to have no vector bodies.
    /// </param>
    public CalleeValidator(Compilation compilation, CancellationToken cancellationToken, bool wholeFiles = true, bool emits = true)
    {
        this.compilation = compilation;
        this.cancellationToken = cancellationToken;
        this.wholeFiles = wholeFiles;
        this.emits = emits;
        known = (emits ? Verdicts : AnalyzerVerdicts).GetValue(compilation, _ => new ConcurrentDictionary<IMethodSymbol, (CalleeVerdict, DependencySet, bool, bool)>(SymbolEqualityComparer.Default));
    }

    /// <summary>Starts collecting the source files one lowering depends on (nothing when the lowering emits nothing).</summary>
    public void BeginDependencies()
    {
        if (emits)
        {
            dependencies.Push(new DependencyBuilder());
        }
    }

    /// <summary>Ends the collection started last; what it found also counts for the enclosing lowering.</summary>
    public DependencySet EndDependencies()
    {
        if (!emits)
        {
            return DependencySet.Empty;
        }

        DependencySet found = dependencies.Pop().ToSet();
        if (dependencies.Count > 0)
        {
            dependencies.Peek().Add(found);
        }

        return found;
    }

    /// <summary>Records that the current lowering depends on the declarations of <paramref name="type"/> and its enclosing types.</summary>
    public void DependOn(INamedTypeSymbol? type)
    {
        for (; type is not null && dependencies.Count > 0; type = type.ContainingType)
        {
            dependencies.Peek().Add(type);
        }
    }

    /// <summary>The compilation being generated for.</summary>
    public Compilation Compilation => compilation;

    /// <summary>Marks <paramref name="method"/> as being lowered.</summary>
    public void Enter(IMethodSymbol method) => active.Add(Key(method));

    /// <summary>Marks <paramref name="method"/> as done.</summary>
    public void Exit(IMethodSymbol method) => active.Remove(Key(method));

    /// <summary>Whether <paramref name="method"/> is being lowered now (a call to it is recursion).</summary>
    public bool IsActive(IMethodSymbol method)
    {
        bool active = this.active.Contains(Key(method));
        cyclesSeen += active ? 1 : 0;
        return active;
    }

    /// <summary>One symbol per method: a partial method's two parts and a generic method's constructions are the same method.</summary>
    private static IMethodSymbol Key(IMethodSymbol method) => (method.PartialDefinitionPart ?? method).OriginalDefinition;

    /// <summary>Whether a [Differentiable] method declared in source lowers without errors, and if not, whether recursion is why.</summary>
    public CalleeVerdict Check(IMethodSymbol callee)
    {
        callee = Key(callee);
        if (known.TryGetValue(callee, out (CalleeVerdict Verdict, DependencySet Dependencies, bool Vectorizes, bool VectorizesHigher) cached))
        {
            if (dependencies.Count > 0)
            {
                dependencies.Peek().Add(cached.Dependencies);
            }

            return cached.Verdict;
        }

        // A partial method's body is on its implementation part.
        MethodDeclarationSyntax? syntax = (callee.PartialImplementationPart ?? callee).DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(s => s.Body is not null || s.ExpressionBody is not null);
        if (syntax is null)
        {
            return (known[callee] = (CalleeVerdict.Fails, DependencySet.Empty, false, false)).Verdict;
        }

        SemanticModel model = LoweringModels.Of(compilation, syntax.SyntaxTree);
        int cyclesBefore = cyclesSeen;
        LoweringResult result = MethodLowering.Lower(callee, syntax, model, this, cancellationToken);
        if (result.Method is not null && (wholeFiles ? CompilerErrors.In(model, syntax, cancellationToken) : CompilerErrors.InMethod(model, syntax, cancellationToken)))
        {
            // It lowers, but the generator will not emit it until it compiles (CS0221 and the like): a caller must not call its members.
            result = result with { Method = null, HasCompilerErrors = true };
        }

        CalleeVerdict verdict = result.Method is not null ? CalleeVerdict.Differentiable
            : cyclesSeen > cyclesBefore ? CalleeVerdict.Recursive
            : CalleeVerdict.Fails;
        if (!result.HasCompilerErrors)
        {
            // A callee that does not compile may compile after an edit anywhere: never remembered.
            (bool vectorizes, bool higher) = emits && result.Method is LoweredMethod lowered ? Vectorizable(lowered) : (false, false);
            known[callee] = (verdict, result.Dependencies, vectorizes, higher);
        }

        return verdict;
    }

    /// <summary>
    /// Whether the generated code of a [Differentiable] callee declared in source has vector bodies: its value and
    /// derivative graphs have a vector form throughout (see <see cref="VectorSupport"/>).
    /// </summary>
    public bool Vectorizes(IMethodSymbol callee)
    {
        callee = Key(callee);
        if (!known.ContainsKey(callee))
        {
            Check(callee);
        }

        return known.TryGetValue(callee, out var cached) && cached.Vectorizes;
    }

    /// <summary>
    /// Whether the generated code of a [Differentiable] callee declared in source has second-order (and, at
    /// <c>Order = 3</c>, third-order) vector bodies: its function struct implements the second-order vector interface,
    /// so a caller's second-order vector bodies may call them. False when the callee's order is 1.
    /// </summary>
    public bool VectorizesHigher(IMethodSymbol callee)
    {
        callee = Key(callee);
        if (!known.ContainsKey(callee))
        {
            Check(callee);
        }

        return known.TryGetValue(callee, out var cached) && cached.VectorizesHigher;
    }

    /// <summary>
    /// Whether the callee's first-order graphs have a vector form throughout, and whether its higher-order ones do
    /// too: the same roots as the emitter's plan (the second derivative, or the Hessian-vector product in a symbolic
    /// direction; the third derivative at <c>Order = 3</c>), so the answer is the callee's own kernels'.
    /// </summary>
    private (bool Vectorizes, bool VectorizesHigher) Vectorizable(LoweredMethod lowered)
    {
        GraphBuilder b = lowered.Builder;
        var roots = new List<Node> { lowered.Result };
        Node?[] gradient = Differentiator.Gradient(b, lowered.Result, lowered.Inputs, cancellationToken);
        roots.AddRange(gradient.OfType<Node>());
        if (VectorSupport.Obstacle(roots, lowered.Type) is not null)
        {
            return (false, false);
        }

        if (lowered.Order < 2)
        {
            return (true, false);
        }

        IReadOnlyList<Node> inputs = lowered.Inputs;
        Node zero = b.Zero(lowered.Type);
        if (inputs.Count == 1)
        {
            Node second = Differentiator.NextGradient(b, gradient[0] ?? zero, inputs, cancellationToken)[0] ?? zero;
            roots.Add(second);
            if (lowered.Order > 2)
            {
                roots.AddRange(Differentiator.NextGradient(b, second, inputs, cancellationToken).OfType<Node>());
            }
        }
        else
        {
            // ∇F·v for a direction v of fresh inputs: its gradient is H·v (as SecondOrderPlan builds it).
            Node sum = zero;
            for (int i = 0; i < inputs.Count; i++)
            {
                sum = b.Add(sum, b.Multiply(gradient[i] ?? zero, b.Input(inputs.Count + 1 + i, "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), lowered.Type)));
            }

            roots.AddRange(Differentiator.NextGradient(b, sum, inputs, cancellationToken).OfType<Node>());
        }

        return (true, VectorSupport.Obstacle(roots, lowered.Type) is null);
    }
}

/// <summary>What lowering a [Differentiable] callee found.</summary>
internal enum CalleeVerdict
{
    /// <summary>It differentiates: its generated members will exist.</summary>
    Differentiable,

    /// <summary>It cannot be differentiated (its own diagnostics say why).</summary>
    Fails,

    /// <summary>It cannot be differentiated because it leads back to a method being differentiated.</summary>
    Recursive,
}
