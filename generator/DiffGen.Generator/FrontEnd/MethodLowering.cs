using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// The one front end: lowers a <c>[Differentiable]</c> C# method to IR, or says precisely why it cannot.
/// It works on Roslyn's <see cref="IOperation"/> tree, where implicit conversions, constant values and
/// argument-to-parameter binding are already explicit.
/// </summary>
internal sealed partial class MethodLowering
{
    /// <summary>The deepest expression nesting lowered before DIFF010 is reported.</summary>
    public const int MaxDepth = 300;

    /// <summary>
    /// The deepest syntax tree handed to Roslyn's GetOperation: a few syntax levels per expression level
    /// (parentheses, unary operators, arguments), so anything deeper exceeds <see cref="MaxDepth"/> anyway.
    /// </summary>
    private const int MaxSyntaxDepth = 4 * MaxDepth;

    private readonly IMethodSymbol method;
    private readonly SemanticModel model;
    private readonly CalleeValidator validator;
    private readonly CancellationToken cancellationToken;
    private readonly GraphBuilder b = new();
    private readonly List<DiagnosticInfo> diagnostics = new();
    private readonly Dictionary<Node, SyntaxNode> origins = new();
    private readonly Node[] inputs;

    /// <summary>The derivative order the method asks for: its callees must have as high an order.</summary>
    private readonly int order;
    private int depth;

    private MethodLowering(IMethodSymbol method, ValueType type, SemanticModel model, CalleeValidator validator, CancellationToken cancellationToken)
    {
        this.method = method;
        this.model = model;
        this.validator = validator;
        frameOwner = method;
        frameType = type;
        this.cancellationToken = cancellationToken;
        Type = type;
        order = DerivativeOrder.Of(method);
        inputs = method.Parameters.Select(p => b.Input(p.Ordinal, p.Name, type)).ToArray();
    }

    /// <summary>The method's numeric type.</summary>
    private ValueType Type { get; }

    /// <summary>Lowers <paramref name="method"/>, declared by <paramref name="syntax"/>.</summary>
    public static LoweringResult Lower(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, CancellationToken cancellationToken) =>
        Lower(method, syntax, model, new CalleeValidator(model.Compilation, cancellationToken), cancellationToken);

    /// <summary>Lowers <paramref name="method"/> as part of validating a caller.</summary>
    internal static LoweringResult Lower(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, CalleeValidator validator, CancellationToken cancellationToken)
    {
        if (syntax.Body is null && syntax.ExpressionBody is null && method.PartialImplementationPart is { } implementation
            && implementation.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is MethodDeclarationSyntax implementationSyntax)
        {
            // [Differentiable] on the defining declaration of a partial method: the body to lower is the implementation's.
            method = implementation;
            syntax = implementationSyntax;
            // The implementing part may be in another file; resolved once per method.
            model = syntax.SyntaxTree == model.SyntaxTree ? model : LoweringModels.Of(model.Compilation, syntax.SyntaxTree);
        }

        validator.BeginDependencies();
        LoweringResult result;
        DependencySet dependencies;
        try
        {
            validator.DependOn(method.ContainingType);
            result = LowerChecked(method, syntax, model, validator, cancellationToken);
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or TooDeepException)
        {
            // Our depth limit, or the stack itself (Roslyn's own binding can exhaust it on a thread with a small stack).
            result = TooComplex(method, syntax, $"expressions are nested more than {MaxDepth} levels deep");
        }
        finally
        {
            // Balanced even when cancelled: the validator is reused by the enclosing lowering.
            dependencies = validator.EndDependencies();
        }

        return result with { Dependencies = dependencies };
    }

    private static LoweringResult LowerChecked(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, CalleeValidator validator, CancellationToken cancellationToken)
    {
        // Mid-edit code (syntax or binding errors): the compiler's own errors speak, DiffGen stays silent.
        LoweringResult result = LowerMethod(method, syntax, model, validator, cancellationToken);
        if (result.Diagnostics.Count > 0 && HasErrors(model, syntax, cancellationToken))
        {
            // Binding diagnostics are costly: asked for only when DiffGen has something to say.
            return new LoweringResult(null, Array.Empty<DiagnosticInfo>(), HasCompilerErrors: true);
        }

        return result;
    }

    private static LoweringResult LowerMethod(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, CalleeValidator validator, CancellationToken cancellationToken)
    {
        // Mid-edit code, a broken namespace or type header, or a method outside any type (it lands in a compiler-made
        // type): nothing sound to generate and nothing for DiffGen to say, for the generator and the analyzers alike.
        if (syntax.ContainsDiagnostics || HasBrokenDeclaration(syntax)
            || method.ContainingType is not { IsImplicitlyDeclared: false, IsScriptClass: false })
        {
            return new LoweringResult(null, Array.Empty<DiagnosticInfo>(), HasCompilerErrors: true);
        }

        var signatureErrors = new List<DiagnosticInfo>();
        ValueType? type = SignatureCheck.Check(method, syntax, signatureErrors);
        bool[]? broadcast = BroadcastCheck.Check(method, model.Compilation, syntax.Identifier.GetLocation(), signatureErrors);
        if (type is null || broadcast is null)
        {
            return new LoweringResult(null, signatureErrors, HasCompilerErrors: false);
        }

        var lowering = new MethodLowering(method, type.Value, model, validator, cancellationToken);
        lowering.diagnostics.AddRange(signatureErrors);
        if (DerivativeOrder.Check(method, syntax) is DiagnosticInfo badOrder)
        {
            lowering.diagnostics.Add(badOrder);
        }
        // Roslyn builds IOperation trees recursively with no stack guard of its own: a deep enough expression
        // overflows the stack inside GetOperation, which no catch survives. Such nesting is DIFF010 anyway.
        if (SyntaxDepth(syntax) > MaxSyntaxDepth)
        {
            // The compiler may have given up on it first (CS8078): then its error speaks, as for any mid-edit code.
            return HasErrors(model, syntax, cancellationToken)
                ? new LoweringResult(null, Array.Empty<DiagnosticInfo>(), HasCompilerErrors: true)
                : throw new TooDeepException();
        }

        validator.Enter(method);
        try
        {
            if (model.GetOperation(syntax, cancellationToken) is not IMethodBodyOperation body
                || (body.BlockBody ?? body.ExpressionBody) is not IBlockOperation block)
            {
                throw new CompilerErrorException(syntax.Body ?? (SyntaxNode?)syntax.ExpressionBody ?? syntax);
            }

            Node result = lowering.LowerBody(block);
            lowering.UseRegisteredDerivative(result);
            if (lowering.diagnostics.Count > 0)
            {
                return new LoweringResult(null, lowering.diagnostics, HasCompilerErrors: false);
            }

            return new LoweringResult(new LoweredMethod(lowering.b, type.Value, lowering.inputs, result, lowering.origins) { CalleeKernels = lowering.calleeKernels, HigherCalleeMembers = lowering.higherCalleeMembers, ReversedClamps = lowering.reversedClamps, Broadcast = broadcast, Order = lowering.order }, lowering.diagnostics, HasCompilerErrors: false);
        }
        catch (CompilerErrorException e)
        {
            // The operation tree looked broken. If the compiler agrees, its errors speak and DiffGen stays silent.
            // If it does not, the gap is DiffGen's: a value a construct it could not lower left unbound (the local of
            // an out argument, say). What was already reported says why; a method must never get neither code nor
            // a diagnostic.
            if (HasErrors(model, syntax, cancellationToken))
            {
                return new LoweringResult(null, Array.Empty<DiagnosticInfo>(), HasCompilerErrors: true);
            }

            if (lowering.diagnostics.Count == 0)
            {
                lowering.diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, e.At.GetLocation(), Describe(e.At)));
            }

            return new LoweringResult(null, lowering.diagnostics, HasCompilerErrors: false);
        }
        catch (GraphTooLargeException e)
        {
            return TooComplex(method, syntax, e.Message);
        }
        finally
        {
            validator.Exit(method);
        }
    }

    private static bool HasBrokenDeclaration(MethodDeclarationSyntax syntax)
    {
        foreach (SyntaxNode ancestor in syntax.Ancestors())
        {
            bool broken = ancestor switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Name.ContainsDiagnostics || ns.Name.IsMissing,
                TypeDeclarationSyntax t => t.Identifier.IsMissing || t.Identifier.ContainsDiagnostics || (t.TypeParameterList?.ContainsDiagnostics ?? false),
                _ => false,
            };
            if (broken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasErrors(SemanticModel model, MethodDeclarationSyntax syntax, CancellationToken cancellationToken)
    {
        foreach (Diagnostic diagnostic in model.GetDiagnostics(syntax.Span, cancellationToken))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The depth of the deepest node under <paramref name="root"/> as Roslyn recurses on it, found without recursion.</summary>
    /// <remarks>
    /// Run on every method, so it allocates no enumerator per node and uses no stack of tuples (a generic instantiation
    /// of its own to JIT-compile on an analyzer's first run): two arrays grown by hand.
    /// </remarks>
    private static int SyntaxDepth(SyntaxNode root)
    {
        int deepest = 0, count = 1;
        var nodes = new SyntaxNode[64];
        var depths = new int[64];
        nodes[0] = root;
        while (count > 0)
        {
            count--;
            SyntaxNode node = nodes[count];
            int depth = depths[count];
            nodes[count] = null!;
            deepest = Math.Max(deepest, depth);
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is not SyntaxNode childNode)
                {
                    continue;
                }

                if (count == nodes.Length)
                {
                    Array.Resize(ref nodes, 2 * count);
                    Array.Resize(ref depths, 2 * count);
                }

                // Roslyn walks the left spine of a + b + c + … iteratively: long sums cost it no stack.
                bool leftSpine = node is BinaryExpressionSyntax binary && childNode == binary.Left;
                nodes[count] = childNode;
                depths[count++] = leftSpine ? depth : depth + 1;
            }
        }

        return deepest;
    }

    private static LoweringResult TooComplex(IMethodSymbol method, MethodDeclarationSyntax syntax, string reason) =>
        new(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.TooComplex, syntax.Identifier.GetLocation(), method.Name, reason) }, HasCompilerErrors: false);

    /// <summary>Remembers the first syntax <paramref name="node"/> came from, and returns it.</summary>
    private Node Origin(Node node, SyntaxNode syntax)
    {
        if (!origins.ContainsKey(node))
        {
            origins.Add(node, syntax);
        }

        return node;
    }

    /// <summary>Reports DIFF003 at <paramref name="at"/> and returns a stand-in so lowering can go on and find further problems.</summary>
    private Node Unsupported(IOperation at, string what, ValueType type)
    {
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, at.Syntax.GetLocation(), what));
        return type == ValueType.Bool ? b.Bool(false) : b.Zero(type);
    }

    /// <summary>Reports DIFF001 for a call and returns a stand-in.</summary>
    private Node NoDerivative(IOperation at, IMethodSymbol callee, string reason, ValueType type)
    {
        string name = callee.ContainingType.Name + "." + callee.Name;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoDerivative, at.Syntax.GetLocation(), name, reason));
        return b.Zero(type);
    }

    /// <summary>Guards recursion depth: deep nesting becomes DIFF010, never a stack overflow in the compiler.</summary>
    private DepthScope Deeper()
    {
        if (++depth > MaxDepth)
        {
            throw new TooDeepException();
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        cancellationToken.ThrowIfCancellationRequested();
        return new DepthScope(this);
    }

    private readonly struct DepthScope : IDisposable
    {
        private readonly MethodLowering owner;

        public DepthScope(MethodLowering owner) => this.owner = owner;

        public void Dispose() => owner.depth--;
    }

    /// <summary>What a construct DiffGen met where the operation tree looked broken is, in C# terms.</summary>
    private static string Describe(SyntaxNode at) => at switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name => $"The value of '{name.Identifier.ValueText}' here (it was set by a construct DiffGen does not follow)",
        _ => $"The construct '{FirstLine(at.ToString())}'",
    };

    /// <summary>The method does not seem to compile (yet); DiffGen stays silent if the compiler reports an error.</summary>
    private sealed class CompilerErrorException : Exception
    {
        public CompilerErrorException(IOperation at)
            : this(at.Syntax)
        {
        }

        public CompilerErrorException(SyntaxNode at) => At = at;

        /// <summary>Where the tree looked broken.</summary>
        public SyntaxNode At { get; }
    }

    private sealed class TooDeepException : Exception
    {
    }
}
