using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator;

/// <summary>
/// The generated files' names. The compiler compares hint names ignoring case and drops every generated file of the
/// generator (CS8785) when two are equal, so names that are unique as type names are not enough: <c>Relu</c> and
/// <c>ReLU</c> differ only by case, and <c>Pair&lt;T&gt;</c> (metadata name <c>Pair`1</c>, written <c>Pair_1</c>)
/// meets a type named <c>Pair_1</c>.
/// </summary>
internal static class HintNames
{
    /// <summary>How the compiler compares hint names.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>A type's file name before collisions are settled: its metadata name, nested types separated by dots, other characters made safe.</summary>
    public static string Of(INamedTypeSymbol type)
    {
        var name = new StringBuilder(KnownNames.MetadataName(type).Replace('+', '.'));
        for (int i = 0; i < name.Length; i++)
        {
            if (!(char.IsLetterOrDigit(name[i]) || name[i] is '.' or '_' or '-'))
            {
                name[i] = '_';
            }
        }

        return name + ".g.cs";
    }

    /// <summary>
    /// The files with names unique under <see cref="Comparer"/>. Files are ordered by name and then by the type's
    /// declaration (ordinal), independently of source order; the first keeps its name and each later one that collides
    /// gets <c>.2</c>, <c>.3</c>, … before <c>.g.cs</c> (no type name has a segment starting with a digit).
    /// </summary>
    public static IEnumerable<GeneratedFile> MakeUnique(IEnumerable<GeneratedFile> files)
    {
        var used = new HashSet<string>(Comparer);
        foreach (GeneratedFile file in files.OrderBy(f => f.Type.HintName, StringComparer.Ordinal).ThenBy(Identity, StringComparer.Ordinal))
        {
            string name = file.Type.HintName;
            string stem = name.Substring(0, name.Length - ".g.cs".Length);
            for (int n = 2; !used.Add(name); n++)
            {
                name = stem + "." + n + ".g.cs";
            }

            yield return name == file.Type.HintName ? file : file with { Type = file.Type with { HintName = name } };
        }
    }

    private static string Identity(GeneratedFile file) =>
        file.Type.Namespace + "|" + string.Join("|", file.Type.Types.Select(t => t.Keyword + " " + t.Name));
}
