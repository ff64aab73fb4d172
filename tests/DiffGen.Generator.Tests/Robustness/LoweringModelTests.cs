using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The semantic models lowering binds with (<see cref="LoweringModels"/>) skip the compiler's nullable analysis, which
/// lowering never reads and which cost a third of binding a body in a nullable-enabled project.
/// </summary>
public sealed class LoweringModelTests
{
    private const string Source = """
        #nullable enable
        static class C
        {
            static int F(string? s)
            {
                s = "a";
                return s.Length;
            }
        }
        """;

    [Fact]
    public void The_compilers_DiffGen_is_tested_with_can_skip_the_nullable_analysis() =>
        Assert.True(LoweringModels.SkipNullableAnalysis);

    [Fact]
    public void A_lowering_model_has_no_nullable_flow_state_where_an_ordinary_one_has()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Source, GeneratorHarness.LatestParseOptions);
        var compilation = CSharpCompilation.Create("Nullable", new[] { tree }, Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        ExpressionSyntax read = tree.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().Single().Expression;

        // After s = "a" the analysis knows s is not null; without it, only the declaration (string?) is known.
        Assert.Equal(NullableFlowState.NotNull, compilation.GetSemanticModel(tree).GetTypeInfo(read).Nullability.FlowState);
        Assert.NotEqual(NullableFlowState.NotNull, LoweringModels.Of(compilation, tree).GetTypeInfo(read).Nullability.FlowState);
    }
}
