using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using DiffGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DiffGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// The references every analyzer and code-fix test compiles against: .NET 10 reference assemblies from
/// Basic.Reference.Assemblies.Net100 (offline; the testing library's own ReferenceAssemblies.Net.* would
/// download reference packs the package mirror lacks) and DiffGen.dll for the attributes.
/// </summary>
internal static class TestEnvironment
{
    /// <summary>No reference package: nothing to resolve, so nothing is downloaded; the references come from <see cref="References"/>.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    /// <summary>.NET 10 plus DiffGen's runtime library.</summary>
    public static ImmutableArray<MetadataReference> References { get; } =
        ImmutableArray.CreateRange<MetadataReference>(Net100.References.All)
            .Add(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location));

    /// <summary>Points a test's solution at <see cref="References"/>.</summary>
    public static void Configure(SolutionState state)
    {
        state.ReferenceAssemblies = ReferenceAssemblies;
        state.AdditionalReferences.AddRange(References);
    }
}
