using System;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// The semantic models the generator lowers method bodies with: without the compiler's nullable analysis wherever the
/// compiler that loads DiffGen can skip it.
/// </summary>
/// <remarks>
/// In a project with nullable reference types on, <c>GetOperation</c> on an ordinary semantic model binds the body and
/// then runs the nullable analysis over it to annotate every operation's type; lowering reads types, constants and
/// symbols, never their nullability, and the analysis took about a third of <c>GetOperation</c>
/// (docs/benchmarks.md, "issue 9, the generator's own time"). Roslyn 4.9 and later (every .NET 8.0.2xx SDK and newer)
/// can make a model without it (<c>SemanticModelOptions.DisableNullableAnalysis</c>, still marked experimental). DiffGen
/// references Roslyn 4.8 so that older compilers load it, so the option is looked up once by reflection; where it is
/// missing the ordinary model is used, with the same result, only slower.
/// </remarks>
internal static class LoweringModels
{
    private static readonly Func<Compilation, SyntaxTree, SemanticModel>? WithoutNullableAnalysis = Find();

    /// <summary>Whether the loading compiler can skip the nullable analysis (for tests and benchmarks).</summary>
    public static bool SkipNullableAnalysis => WithoutNullableAnalysis is not null;

    /// <summary>A semantic model of <paramref name="tree"/> to lower a method of it with.</summary>
    public static SemanticModel Of(Compilation compilation, SyntaxTree tree) =>
#pragma warning disable RS1030 // One model per lowered method, as the driver's own, minus the nullable analysis lowering never reads.
        WithoutNullableAnalysis?.Invoke(compilation, tree) ?? compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    private static Func<Compilation, SyntaxTree, SemanticModel>? Find()
    {
        try
        {
            Type? options = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions");
            MethodInfo? get = options is null ? null : typeof(Compilation).GetMethod("GetSemanticModel", new[] { typeof(SyntaxTree), options });
            if (options is null || get is null || !Enum.IsDefined(options, "DisableNullableAnalysis"))
            {
                return null;
            }

            object disable = Enum.Parse(options, "DisableNullableAnalysis");
            return (compilation, tree) => (SemanticModel)get.Invoke(compilation, new[] { tree, disable })!;
        }
        catch (Exception e) when (e is AmbiguousMatchException or ArgumentException or TypeLoadException or MemberAccessException)
        {
            // A compiler whose API differs from the one this was written against: the ordinary model serves.
            return null;
        }
    }
}
