using System.Linq;
using System.Runtime.CompilerServices;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator;

/// <summary>
/// Remembers each method's result across compilations, for the IDE. <c>ForAttributeWithMetadataName</c>
/// re-runs the transform of every <c>[Differentiable]</c> method whenever anything changes; a method whose
/// syntax node is the same object (its file did not change) and whose recorded dependencies (the files
/// declaring the types it calls into, reads fields of, and its callees transitively) are all still in the
/// compilation, with the same references, has the same result: it is returned without binding anything.
/// </summary>
/// <remarks>
/// Keys are syntax nodes, held weakly: a rebuilt or edited tree has new nodes, so nothing outlives its file.
/// Not cached: results of methods that do not compile yet (an edit elsewhere may fix them).
/// </remarks>
internal static class GenerationCache
{
    private static readonly ConditionalWeakTable<MethodDeclarationSyntax, Entry> Entries = new();
    private static readonly ConditionalWeakTable<Compilation, MetadataReference[]> References = new();

    /// <summary>The remembered result for <paramref name="syntax"/>, if it is still valid in <paramref name="compilation"/>.</summary>
    public static MethodResult? Find(MethodDeclarationSyntax syntax, Compilation compilation)
    {
        return Entries.TryGetValue(syntax, out Entry? entry)
            && SameReferences(entry.References, compilation)
            && entry.Dependencies.StillHolds(compilation)
            ? entry.Result
            : null;
    }

    /// <summary>Remembers <paramref name="result"/>, valid while <paramref name="dependencies"/> and the references stay.</summary>
    public static void Store(MethodDeclarationSyntax syntax, Compilation compilation, DependencySet dependencies, MethodResult result)
    {
        var entry = new Entry(dependencies, ReferencesOf(compilation), result);
        lock (Entries)
        {
            Entries.Remove(syntax);
            Entries.Add(syntax, entry);
        }
    }

    private static MetadataReference[] ReferencesOf(Compilation compilation) =>
        References.GetValue(compilation, c => c.References.ToArray());

    private static bool SameReferences(MetadataReference[] remembered, Compilation compilation)
    {
        MetadataReference[] current = ReferencesOf(compilation);
        if (ReferenceEquals(remembered, current))
        {
            return true;
        }

        if (remembered.Length != current.Length)
        {
            return false;
        }

        for (int i = 0; i < current.Length; i++)
        {
            if (!ReferenceEquals(remembered[i], current[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(DependencySet Dependencies, MetadataReference[] References, MethodResult Result);
}
