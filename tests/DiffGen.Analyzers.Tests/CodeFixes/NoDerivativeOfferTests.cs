using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DiffGen.Analyzers.Tests.Infrastructure;
using DiffGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Analyzers.Tests.CodeFixes;

/// <summary>
/// Which DIFF001 fix is offered: the decision comes from running the generator's front end on the callee, so a
/// callee it can lower gets "Add [Differentiable]", anything else gets a stub, and hopeless cases get nothing.
/// </summary>
public sealed class NoDerivativeOfferTests
{
    private const string Caller = "    [Differentiable]\n    public static double F(double x) => Helper(x) + 1;\n\n";

    /// <summary>A callee with straight-line arithmetic can be differentiated: only "Add [Differentiable]".</summary>
    [Fact]
    public async Task Differentiable_callee_gets_Add_Differentiable_only()
    {
        IReadOnlyList<string> titles = await CodeFixOffers.TitlesAsync(
            new NoDerivativeCodeFixProvider(), "DIFF001",
            Sources.InClass(Caller + "    public static double Helper(double x) => x > 0 ? Math.Exp(-x) : 1 + x;"));
        Assert.Equal(new[] { "Add [Differentiable] to 'Helper'" }, titles);
    }

    /// <summary>A callee with a loop cannot: only the stub.</summary>
    [Fact]
    public async Task Callee_with_a_loop_gets_the_stub_only()
    {
        IReadOnlyList<string> titles = await CodeFixOffers.TitlesAsync(
            new NoDerivativeCodeFixProvider(), "DIFF001",
            Sources.InClass(Caller + "    public static double Helper(double x)\n    {\n        for (int i = 0; i < 2; i++)\n        {\n            x = x * x;\n        }\n\n        return x;\n    }"));
        Assert.Equal(new[] { "Add a [DerivativeOf] stub for 'Helper'" }, titles);
    }

    /// <summary>
    /// A callee whose own type is not partial would get DIFF004 once [Differentiable]: the front end says no,
    /// so the stub is offered instead ([DerivativeOf] needs no partial type).
    /// </summary>
    [Fact]
    public async Task Callee_in_a_non_partial_type_gets_the_stub()
    {
        IReadOnlyList<string> titles = await CodeFixOffers.TitlesAsync(
            new NoDerivativeCodeFixProvider(), "DIFF001",
            "using DiffGen;\n\npublic static partial class C\n{\n    [Differentiable]\n    public static double F(double x) => Lib.Helper(x);\n}\n\n" +
            "public static class Lib\n{\n    public static double Helper(double x) => x * x;\n}\n");
        Assert.Equal(new[] { "Add a [DerivativeOf] stub for 'Helper'" }, titles);
    }

    /// <summary>A callee that is already [Differentiable] but fails (DIFF003 on it) gets neither fix: its own errors say what to do.</summary>
    [Fact]
    public async Task Failing_Differentiable_callee_gets_no_fix()
    {
        IReadOnlyList<string> titles = await CodeFixOffers.TitlesAsync(
            new NoDerivativeCodeFixProvider(), "DIFF001",
            Sources.InClass(Caller + "    [Differentiable]\n    public static double Helper(double x)\n    {\n        while (x > 1)\n        {\n            x = x / 2;\n        }\n\n        return x;\n    }"));
        Assert.Empty(titles);
    }

    /// <summary>A callee that takes an int cannot have a [DerivativeOf] of the supported shape: nothing is offered.</summary>
    [Fact]
    public async Task Callee_with_a_non_float_parameter_gets_no_fix()
    {
        IReadOnlyList<string> titles = await CodeFixOffers.TitlesAsync(
            new NoDerivativeCodeFixProvider(), "DIFF001",
            Sources.InClass("    [Differentiable]\n    public static double F(double x) => Helper(x, 2);\n\n    public static double Helper(double x, int n) => x * n;"));
        Assert.Empty(titles);
    }

    /// <summary>
    /// A callee from a referenced assembly cannot be edited: the stub goes into the caller's type, after the caller,
    /// registered with <c>[DerivativeOf(typeof(T), nameof(T.Foo))]</c>, which then removes the DIFF001.
    /// </summary>
    [Fact]
    public async Task Callee_from_metadata_gets_a_stub_in_the_callers_type()
    {
        MetadataReference library = CompileLibrary(
            "namespace Vendor;\n\npublic static class Special\n{\n    public static double Erf(double x)\n    {\n        double s = 0;\n        for (int i = 0; i < 10; i++)\n        {\n            s += x / (i + 1);\n        }\n\n        return s;\n    }\n}\n");
        string source = """
            using DiffGen;
            using Vendor;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => Special.Erf(x) * 2;
            }
            """;
        var actions = await CodeFixOffers.ActionsAsync(new NoDerivativeCodeFixProvider(), "DIFF001", new[] { library }, source);
        (Document document, var action) = Assert.Single(actions);
        Assert.Equal("Add a [DerivativeOf] stub for 'Erf'", action.Title);

        string fixedText = Assert.Single(await CodeFixOffers.ApplyAsync(document, action));
        Assert.Equal(
            """
            using DiffGen;
            using Vendor;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => Special.Erf(x) * 2;

                [DerivativeOf(typeof(Special), nameof(Special.Erf))]
                public static double ErfDerivative(double x)
                {
                    throw new System.NotImplementedException("TODO: return the derivative of Erf with respect to x.");
                }
            }
            """,
            fixedText);

        // The registration in the caller's type is what the front end looks for: the fixed code has no DIFF001 left.
        (_, var after) = await CodeFixOffers.AnalyzeAsync(new[] { library }, fixedText);
        Assert.DoesNotContain(after, d => d.Id == "DIFF001");
    }

    private static MetadataReference CompileLibrary(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Vendor",
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestEnvironment.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
