using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>
/// What the analyzers' lighter use of the shared front end (no dependency sets, no vector facts, docs/benchmarks.md
/// "issue 9, the analyzers' first run") must not change, and the per-symbol and per-name lookups it relies on: the
/// generator's answers stay its own on the same compilation, a type's <c>[DerivativeOf]</c> registrations are those of
/// the compilation asked about, and only DiffGen's own attributes are recognised by name.
/// </summary>
public sealed class AnalyzerFrontEndTests
{
    private const string CallerAndCallee = """
        using DiffGen;
        public static partial class M
        {
            [Differentiable] public static double Inner(double x) => x * x + 1.0;
            [Differentiable] public static double Outer(double x) => Inner(x) * 3.0;
        }
        """;

    [Fact]
    public void A_callee_checked_for_the_analyzers_first_keeps_its_vector_bodies_and_dependencies_for_the_generator()
    {
        CSharpCompilation compilation = Compile(CallerAndCallee);

        // The analyzers' lowering first, on the same compilation object: its verdict on Inner is remembered.
        LoweringResult forAnalyzers = Lower(compilation, "Outer", new CalleeValidator(compilation, CancellationToken.None, wholeFiles: false, emits: false));
        Assert.NotNull(forAnalyzers.Method);
        Assert.Empty(forAnalyzers.Dependencies.Trees);
        Assert.False(UserCall(forAnalyzers.Method!).CalleeHasVectorBodies);

        // The generator's lowering must not take that verdict: Inner vectorizes, and Outer depends on its file.
        LoweringResult forGenerator = Lower(compilation, "Outer", new CalleeValidator(compilation, CancellationToken.None));
        Assert.NotNull(forGenerator.Method);
        Assert.True(UserCall(forGenerator.Method!).CalleeHasVectorBodies);
        Assert.Contains(compilation.SyntaxTrees.Single(), forGenerator.Dependencies.Trees);
    }

    [Fact]
    public void The_analyzers_lowering_finds_the_same_problems_as_the_generators()
    {
        const string Source = """
            using DiffGen;
            public static partial class M
            {
                [Differentiable] public static double Bad(double x) => x * 2.0 + Bad(x);
                [Differentiable] public static double Caller(double x) => Bad(x) * 2.0;
            }
            """;
        CSharpCompilation first = Compile(Source), second = Compile(Source);
        string[] forAnalyzers = Messages(first, new CalleeValidator(first, CancellationToken.None, wholeFiles: false, emits: false));
        string[] forGenerator = Messages(second, new CalleeValidator(second, CancellationToken.None));
        Assert.NotEmpty(forAnalyzers);
        Assert.Equal(forGenerator, forAnalyzers);

        static string[] Messages(Compilation compilation, CalleeValidator validator) =>
            Lower(compilation, "Caller", validator).Diagnostics.Select(d => d.ToDiagnostic(compilation.SyntaxTrees.Single()).ToString()).ToArray();
    }

    [Fact]
    public void Derivative_registrations_are_those_of_the_compilation_asked()
    {
        const string Without = """
            using DiffGen;
            public static partial class M
            {
                public static double Step(double x) => x > 0 ? 1.0 : 0.0;
            }
            """;
        CSharpCompilation before = Compile(Without);
        IMethodSymbol step = Method(before, "Step");
        Assert.Empty(DerivativeRegistry.Find(step, step.ContainingType));

        // The same type in the next compilation (an edit added the registration): found there, and still absent before.
        CSharpCompilation after = before.ReplaceSyntaxTree(before.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(Without.Replace(
            "public static double Step",
            "[DerivativeOf(nameof(Step))] public static double StepDerivative(double x) => 1.0;\n    public static double Step"), GeneratorHarness.LatestParseOptions));
        IMethodSymbol stepAfter = Method(after, "Step");
        Assert.Equal("StepDerivative", Assert.Single(DerivativeRegistry.Find(stepAfter, stepAfter.ContainingType)).Name);
        Assert.Equal("StepDerivative", Assert.Single(DerivativeRegistry.DeclaredIn(stepAfter.ContainingType)).Derivative.Name);
        Assert.Empty(DerivativeRegistry.Find(step, step.ContainingType));
    }

    [Fact]
    public void Only_DiffGens_own_attribute_is_recognised_by_name()
    {
        CSharpCompilation compilation = Compile("""
            namespace Other.DiffGen { public sealed class DifferentiableAttribute : System.Attribute { } }
            namespace DiffGenX { public sealed class DifferentiableAttribute : System.Attribute { } }
            namespace DiffGen.Inner { public sealed class DifferentiableAttribute : System.Attribute { } }
            namespace Iff { public sealed class DifferentiableAttribute : System.Attribute { } }
            public sealed class DifferentiableAttribute : System.Attribute { }
            public static partial class M
            {
                [DiffGen.Differentiable] public static double Real(double x) => x;
                [Other.DiffGen.Differentiable] public static double Nested(double x) => x;
                [DiffGenX.Differentiable] public static double Longer(double x) => x;
                [DiffGen.Inner.Differentiable] public static double Deeper(double x) => x;
                [Iff.Differentiable] public static double Suffix(double x) => x;
                [global::Differentiable] public static double Global(double x) => x;
            }
            """);
        INamedTypeSymbol m = compilation.GetTypeByMetadataName("M")!;
        string[] recognised = m.GetMembers().OfType<IMethodSymbol>()
            .Where(method => KnownNames.HasAttribute(method, KnownNames.DifferentiableAttribute))
            .Select(method => method.Name).ToArray();
        Assert.Equal(new[] { "Real" }, recognised);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create(
            "AnalyzerFrontEnd",
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.LatestParseOptions) },
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(DiffGen.DifferentiableAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static IMethodSymbol Method(Compilation compilation, string name) =>
        compilation.GetTypeByMetadataName("M")!.GetMembers(name).OfType<IMethodSymbol>().Single();

    private static LoweringResult Lower(Compilation compilation, string name, CalleeValidator validator)
    {
        IMethodSymbol method = Method(compilation, name);
        var syntax = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences.Single().GetSyntax();
        return MethodLowering.Lower(method, syntax, compilation.GetSemanticModel(syntax.SyntaxTree), validator, CancellationToken.None);
    }

    private static Node UserCall(LoweredMethod method) =>
        Graph.TopologicalOrder(new[] { method.Result }).Single(n => n.Kind == NodeKind.UserCall);
}
