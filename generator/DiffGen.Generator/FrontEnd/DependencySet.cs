using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// What a lowering read besides its own syntax: the source files of the types it depended on, and how many
/// partial declarations each of those types had (a new part in another file can add an overload or a
/// [DerivativeOf] registration). While all files are still there and no type gained or lost a part, a
/// remembered result is still right.
/// </summary>
/// <param name="Trees">The files.</param>
/// <param name="Types">Each source type's metadata name and its number of declarations.</param>
internal sealed record DependencySet(SyntaxTree[] Trees, (string MetadataName, int Parts)[] Types)
{
    /// <summary>No dependencies.</summary>
    public static readonly DependencySet Empty = new(System.Array.Empty<SyntaxTree>(), System.Array.Empty<(string, int)>());

    /// <summary>Whether everything recorded is unchanged in <paramref name="compilation"/>.</summary>
    public bool StillHolds(Compilation compilation)
    {
        foreach (SyntaxTree tree in Trees)
        {
            if (!compilation.ContainsSyntaxTree(tree))
            {
                return false;
            }
        }

        foreach ((string name, int parts) in Types)
        {
            if (compilation.GetTypeByMetadataName(name)?.DeclaringSyntaxReferences.Length != parts)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Collects a <see cref="DependencySet"/> during one lowering.</summary>
internal sealed class DependencyBuilder
{
    private readonly HashSet<SyntaxTree> trees = new();
    private readonly Dictionary<string, int> types = new();

    // Every rule that reads a symbol records its type, so most types come again and again; spelling a metadata name
    // costs a display string of the namespace, so each type is spelled once.
    private readonly HashSet<INamedTypeSymbol> seen = new(SymbolEqualityComparer.Default);

    /// <summary>Adds a type declared in source (types from references are covered by the references themselves).</summary>
    public void Add(INamedTypeSymbol type)
    {
        if (type.DeclaringSyntaxReferences.Length == 0 || !seen.Add(type.OriginalDefinition))
        {
            return;
        }

        types[KnownNames.MetadataName(type.OriginalDefinition)] = type.DeclaringSyntaxReferences.Length;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            trees.Add(reference.SyntaxTree);
        }
    }

    /// <summary>Adds everything another lowering depended on.</summary>
    public void Add(DependencySet other)
    {
        trees.UnionWith(other.Trees);
        foreach ((string name, int parts) in other.Types)
        {
            types[name] = parts;
        }
    }

    /// <summary>The collected set.</summary>
    public DependencySet ToSet() => new(trees.ToArray(), types.Select(t => (t.Key, t.Value)).ToArray());
}
