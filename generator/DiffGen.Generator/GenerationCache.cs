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
/// <para>
/// Still needed after the kernels moved into the runtime: without it a keystroke re-lowers, differentiates and
/// emits all methods of the compilation, not only those of the edited file (docs/benchmarks.md, "Editing in the
/// IDE": <c>Edit_DiffGen</c> against <c>Edit_DiffGen_WithoutResultCache</c>).
/// </para>
/// <para>
/// <b>Invalidation contract.</b> A result is reused only while all of these hold; whatever else a result depends on
/// must be added here or recorded in its <see cref="DependencySet"/>:
/// </para>
/// <list type="number">
/// <item>the method's own syntax node is the same object (the key: an edited or re-parsed file has new nodes, and
/// parse options are part of a tree, so a language version change re-lowers everything);</item>
/// <item>the compilation has the same metadata references (the same objects: the IDE keeps them across keystrokes)
/// and equal options (a promoted warning, say, decides whether a method compiles);</item>
/// <item>every file recorded in the method's <see cref="DependencySet"/> is still in the compilation, and every
/// recorded type has as many partial declarations as before. The front end records them in one place,
/// <see cref="CalleeValidator.DependOn"/>: every lowering rule that reads a symbol declared outside the method
/// (a callee and its overloads and <c>[DerivativeOf]</c> registrations, a field, a property, a const folded into a
/// literal, the containing type's other parts) calls it, and a callee's own dependencies count for its callers.</item>
/// </list>
/// Never stored: results of methods that do not compile yet (an edit elsewhere may fix them) and internal failures.
/// Keys are held weakly, so nothing outlives its file.
/// </remarks>
internal static class GenerationCache
{
    private static readonly ConditionalWeakTable<MethodDeclarationSyntax, Entry> Entries = new();
    private static readonly ConditionalWeakTable<Compilation, MetadataReference[]> References = new();

    /// <summary>The remembered result for <paramref name="syntax"/>, if it is still valid in <paramref name="compilation"/>.</summary>
    public static MethodResult? Find(MethodDeclarationSyntax syntax, Compilation compilation)
    {
        return Entries.TryGetValue(syntax, out Entry? entry)
            && (ReferenceEquals(entry.Options, compilation.Options) || entry.Options.Equals(compilation.Options))
            && SameReferences(entry.References, compilation)
            && entry.Dependencies.StillHolds(compilation)
            ? entry.Result
            : null;
    }

    /// <summary>Remembers <paramref name="result"/>, valid while <paramref name="dependencies"/> and the references stay.</summary>
    public static void Store(MethodDeclarationSyntax syntax, Compilation compilation, DependencySet dependencies, MethodResult result)
    {
        var entry = new Entry(dependencies, compilation.Options, ReferencesOf(compilation), result);
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

    private sealed record Entry(DependencySet Dependencies, CompilationOptions Options, MetadataReference[] References, MethodResult Result);
}
