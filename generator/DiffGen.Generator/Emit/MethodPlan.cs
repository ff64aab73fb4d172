using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Everything decided about one method before any member is written: its graphs (value, gradient, backward roots),
/// whether its kernels run on vectors and why not, which members exist and every name they use. Built once per
/// method; the member writers only print it.
/// </summary>
internal sealed partial class MethodPlan
{
    private readonly Dictionary<string, string> gradients = new();
    private readonly HashSet<string> taken;

    private MethodPlan(IMethodSymbol method, LoweredMethod lowered, EmitTargets targets, CancellationToken cancellationToken)
    {
        GraphBuilder b = lowered.Builder;
        Type = lowered.Type;
        T = ExpressionPrinter.TypeName(Type);
        Targets = targets;
        Value = lowered.Result;
        CalleeKernels = lowered.CalleeKernels;
        HigherCalleeMembers = lowered.HigherCalleeMembers;
        Gradient = Differentiator.Gradient(b, lowered.Result, lowered.Inputs, cancellationToken)
            .Select(g => g ?? b.Zero(lowered.Type))
            .ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        Name = GeneratedNames.Identifier(method.Name);
        Qualified = KnownNames.QualifiedMemberName(method);
        KernelStructName = GeneratedNames.KernelStruct(method);
        Names = method.Parameters.Select(p => GeneratedNames.Identifier(p.Name)).ToList();
        Cref = $"{method.Name}({string.Join(", ", Names.Select(_ => T))})";
        Accessibility = AccessibilityKeyword(method.DeclaredAccessibility);

        // The contract's names (y, dy, dx) unless the user's parameters (or the method's own name, which a
        // parameter of that name would hide inside the generated members) already use them.
        taken = new HashSet<string>(Names) { Name };
        Index = GeneratedNames.Free(taken, GeneratedNames.Index, GeneratedNames.Index + "1");
        Output = GeneratedNames.Free(taken, GeneratedNames.Output, GeneratedNames.OutputFallback);
        Seed = GeneratedNames.Free(taken, Output == GeneratedNames.Output ? GeneratedNames.Seed : GeneratedNames.SeedFallback, GeneratedNames.SeedFallback);
        foreach (string name in Names)
        {
            string bare = name.TrimStart('@');
            gradients[name] = GeneratedNames.Free(taken, GeneratedNames.GradientPrefix + bare, GeneratedNames.GradientFallbackPrefix + bare);
        }

        Width = GeneratedNames.Free(taken, GeneratedNames.WidthParameter, "TVector");
        PlanBroadcast(method, lowered);

        // The backward pass of several inputs: the seed times each partial derivative, built once for every dialect.
        Node dy = b.Input(Names.Count, Seed, Type);
        BackwardRoots = Names.Count == 1 ? new[] { b.Multiply(dy, Gradient[0]) } : Gradient.Select(g => b.Multiply(dy, g)).ToArray();
        PartialRoots = Names.Select((_, k) => Broadcast[k] ? Gradient[k] : BackwardRoots[k]).ToArray();

        // A throwing path is a call to the method itself (the front end's Throwing): no other call can name it.
        Throws = Graph.TopologicalOrder(Gradient).Exists(n => n.Kind == NodeKind.UserCall && n.Callee == Qualified);

        string? obstacle = VectorSupport.Obstacle(Gradient.Prepend(Value).ToArray(), Type);
        ScalarReason = !targets.Vectors ? "SIMD kernels need .NET 10 or later and C# 10 or later"
            : obstacle is not null ? obstacle + " has no vector form in DiffGen"
            : null;
        SecondOrder = lowered.Order > 1 ? new SecondOrderPlan(this, lowered, taken, cancellationToken) : null;
    }

    /// <summary>The second- and third-order members' graphs and names, or null at <c>Order = 1</c>.</summary>
    public SecondOrderPlan? SecondOrder { get; }

    /// <summary>Plans <paramref name="method"/>, lowered to <paramref name="lowered"/>, for <paramref name="targets"/>.</summary>
    public static MethodPlan Create(IMethodSymbol method, LoweredMethod lowered, EmitTargets targets, CancellationToken cancellationToken) =>
        new(method, lowered, targets, cancellationToken);

    /// <summary>The element type.</summary>
    public ValueType Type { get; }

    /// <summary>The element type's C# keyword.</summary>
    public string T { get; }

    /// <summary>What the consumer's compilation can take.</summary>
    public EmitTargets Targets { get; }

    /// <summary>
    /// Whether the derivative has a path that throws (a <c>throw</c> in a guard, a <c>Math.Clamp</c> with reversed
    /// bounds): there it calls the method itself, so it throws on exactly the inputs the method throws on.
    /// </summary>
    public bool Throws { get; }

    /// <summary>The doc-comment line that says so, for <see cref="Throws"/>.</summary>
    public string ThrowsRemark => $"/// <remarks>Throws on the same inputs as <see cref=\"{Cref}\"/>, with the same exception: on its throwing paths it calls it.</remarks>";

    /// <summary>The method's value graph.</summary>
    public Node Value { get; }

    /// <summary>One partial derivative per input (a constant zero where no gradient flows).</summary>
    public IReadOnlyList<Node> Gradient { get; }

    /// <summary>The backward pass: the seed times each partial derivative.</summary>
    public IReadOnlyList<Node> BackwardRoots { get; }

    /// <summary>
    /// The parametric kernels' backward pass: <see cref="BackwardRoots"/> for the span inputs, the bare partial
    /// derivative for each <c>[Broadcast]</c> input (whose accumulator multiplies it by the seed exactly).
    /// </summary>
    public IReadOnlyList<Node> PartialRoots { get; }

    /// <summary>For each call to a [Differentiable] callee, the callee's function struct (holding its vector bodies).</summary>
    public IReadOnlyDictionary<Node, string> CalleeKernels { get; }

    /// <summary>The vector bodies of the callees' higher derivatives, by the scalar member's qualified name: see <see cref="LoweredMethod.HigherCalleeMembers"/>.</summary>
    public IReadOnlyDictionary<string, string> HigherCalleeMembers { get; }

    /// <summary>Why the kernels run one element at a time, or null when they run on vectors.</summary>
    public string? ScalarReason { get; }

    /// <summary>Whether the function struct carries vector bodies and the span kernels call the SIMD drivers.</summary>
    public bool Vectorized => ScalarReason is null && Targets.Spans;

    /// <summary>Whether the method gets span kernels.</summary>
    public bool HasSpanKernels => Targets.Spans;

    /// <summary>Whether the method gets a function struct: <c>IElementwiseFunction</c> (one input) and/or the vector bodies.</summary>
    public bool HasKernelStruct => Targets.Spans && (Vectorized || (Single && Targets.KernelStruct));

    /// <summary>Whether the method has one input.</summary>
    public bool Single => Names.Count == 1;

    /// <summary>The method's name, escaped if it is a keyword.</summary>
    public string Name { get; }

    /// <summary>The method's <c>global::</c>-qualified name.</summary>
    public string Qualified { get; }

    /// <summary>The name of the generated function struct.</summary>
    public string KernelStructName { get; }

    /// <summary>The parameters' names, escaped.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>A <c>cref</c> to the method.</summary>
    public string Cref { get; }

    /// <summary>The method's accessibility keyword, which every generated member takes.</summary>
    public string Accessibility { get; }

    /// <summary>The scalar kernels' loop index.</summary>
    public string Index { get; }

    /// <summary>The kernels' output span: <c>y</c>, unless that name is taken.</summary>
    public string Output { get; }

    /// <summary>The incoming gradient: <c>dy</c>, unless that name is taken.</summary>
    public string Seed { get; }

    /// <summary>The vector bodies' width type parameter: <c>V</c>, unless that name is taken.</summary>
    public string Width { get; }

    /// <summary>The <c>[GeneratedCode]</c> attribute every member carries.</summary>
    public static string GeneratedCode { get; } = $"[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"{GeneratorInfo.Version}\")]";

    /// <summary>The gradient name of a parameter: <c>x</c> → <c>dx</c> (or <c>grad_x</c> when <c>dx</c> is taken).</summary>
    public string GradientName(string parameter) => gradients[parameter];

    /// <summary>The names a member's own locals must avoid.</summary>
    public HashSet<string> ReservedNames() => new(taken);

    /// <summary><c>T a, T b</c>.</summary>
    public string Parameters(IEnumerable<string> names, string type) => string.Join(", ", names.Select(n => $"{type} {n}"));

    /// <summary><c>ReadOnlySpan&lt;T&gt; a, …</c>.</summary>
    public string ReadOnlySpans(IEnumerable<string> names) => Parameters(names, $"global::System.ReadOnlySpan<{T}>");

    /// <summary><c>Span&lt;T&gt; a, …</c>.</summary>
    public string Spans(IEnumerable<string> names) => Parameters(names, $"global::System.Span<{T}>");

    private static string AccessibilityKeyword(Accessibility accessibility) => accessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };
}
