using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Architecture;

/// <summary>
/// The generator's folders are layers: the IR knows nothing of the others, the front end (which the analyzers share)
/// never reaches into the emitter or the analyses. Checked on the generator's own source, by binding every name in it,
/// so a fully qualified reference (<c>Emit.ExpressionPrinter.Identifier</c>) counts as much as a <c>using</c>.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "DiffGen.Generator";

    /// <summary>What each layer may use besides itself (<c>""</c> is the root namespace: the entry point, names, caches).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Ir"] = Array.Empty<string>(),
        ["Diagnostics"] = Array.Empty<string>(),
        ["Model"] = new[] { "Diagnostics" },
        ["FrontEnd"] = new[] { "Ir", "Model", "Diagnostics", "" },
        ["Analysis"] = new[] { "Ir", "FrontEnd", "Model", "Diagnostics", "Emit" },
        ["Emit"] = new[] { "Ir", "FrontEnd", "Model", "Diagnostics", "" },
    };

    [Fact]
    public void Every_layer_uses_only_the_layers_below_it()
    {
        Dictionary<(string From, string To), string> edges = References();
        Assert.Contains(("FrontEnd", "Ir"), edges.Keys);
        Assert.Contains(("Emit", "FrontEnd"), edges.Keys);
        var violations = edges
            .Where(e => Allowed.TryGetValue(e.Key.From, out string[]? allowed) && !allowed.Contains(e.Key.To))
            .Select(e => $"{e.Key.From} -> {(e.Key.To.Length == 0 ? Root : e.Key.To)} ({e.Value})")
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToList();
        Assert.True(violations.Count == 0, "Layering broken:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_a_fully_qualified_reference()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText("""
            namespace DiffGen.Generator.FrontEnd { internal static class K { public static string N() => Emit.P.Id(); } }
            namespace DiffGen.Generator.Emit { internal static class P { public static string Id() => ""; } }
            """);
        Assert.Contains(("FrontEnd", "Emit"), References(new[] { tree }).Keys);
    }

    /// <summary>Layer to layer references in the generator's source, each with one place it occurs.</summary>
    private static Dictionary<(string From, string To), string> References([CallerFilePath] string callerFilePath = "")
    {
        string generator = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFilePath)!, "..", "..", "..", "generator", "DiffGen.Generator"));
        string[] files = Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();
        Assert.True(files.Length > 50, $"the generator's sources were not found under {generator}");
        return References(files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToArray());
    }

    private static Dictionary<(string From, string To), string> References(SyntaxTree[] trees)
    {
        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(CSharpSyntaxTree).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location));
        CSharpCompilation compilation = CSharpCompilation.Create("Layers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        // Only names spelled like one of the generator's own types or extension methods can reach another layer
        // (a member is reached through its type's name); binding only those keeps the test fast.
        var declared = new HashSet<string>(trees.SelectMany(t => t.GetRoot().DescendantNodes())
            .SelectMany(n => n switch
            {
                BaseTypeDeclarationSyntax type => new[] { type.Identifier.Text },
                DelegateDeclarationSyntax d => new[] { d.Identifier.Text },
                MethodDeclarationSyntax m when m.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true => new[] { m.Identifier.Text },
                _ => Array.Empty<string>(),
            }), StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), string>();
        foreach (SyntaxTree tree in trees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (!declared.Contains(name.Identifier.Text) || name.Ancestors().Any(a => a is UsingDirectiveSyntax || (a is BaseNamespaceDeclarationSyntax ns && ns.Name.Span.Contains(name.Span))))
                {
                    continue;
                }

                SymbolInfo info = model.GetSymbolInfo(name);
                ISymbol? symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                ISymbol? enclosing = model.GetEnclosingSymbol(name.SpanStart);
                string? from = Layer(enclosing as INamespaceSymbol ?? enclosing?.ContainingNamespace);
                string? to = symbol is INamespaceSymbol or null ? null : Layer(symbol is ITypeSymbol t ? t.ContainingNamespace : symbol.ContainingType?.ContainingNamespace ?? symbol.ContainingNamespace);
                if (from is not null && to is not null && from != to && !edges.ContainsKey((from, to)))
                {
                    edges[(from, to)] = $"{Path.GetFileName(tree.FilePath)}:{name.GetLocation().GetLineSpan().StartLinePosition.Line + 1} {name}";
                }
            }
        }

        return edges;
    }

    /// <summary>The layer of a namespace of the generator (its first part under the root, "" for the root), or null outside it.</summary>
    private static string? Layer(INamespaceSymbol? ns)
    {
        string? name = ns?.ToDisplayString();
        if (name == Root)
        {
            return "";
        }

        return name is not null && name.StartsWith(Root + ".", StringComparison.Ordinal) ? name.Substring(Root.Length + 1).Split('.')[0] : null;
    }
}
