using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Benchmarks;

/// <summary>
/// Not a measurement of DiffGen itself: what the code DiffGen generates for the corpus costs the compiler, and which
/// part of it. Emits the corpus alone, then with the generated files, then with the generated files less one kind of
/// member or trivia at a time (removed from the syntax, so the rest still compiles), in rounds; prints medians of
/// wall and processor time over the corpus alone.
/// </summary>
internal static class CompileCostReport
{
    /// <summary>Runs <paramref name="rounds"/> measured rounds after one warm-up round.</summary>
    /// <param name="rounds">Measured rounds.</param>
    /// <param name="writeGeneratedTo">A folder to write the generated files to (to read what is measured), or null.</param>
    /// <param name="compareWith">
    /// A folder of generated files (another build's <c>--write-generated</c>) compiled with the corpus as one more set,
    /// in place of the stripped variants, or null.
    /// </param>
    public static int Run(int rounds, string? writeGeneratedTo = null, string? compareWith = null)
    {
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());
        GeneratorDriverRunResult run = CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(trees)).GetRunResult();
        ImmutableArray<SyntaxTree> generated = run.GeneratedTrees;
        if (writeGeneratedTo is not null)
        {
            Directory.CreateDirectory(writeGeneratedTo);
            foreach (SyntaxTree tree in generated)
            {
                File.WriteAllText(Path.Combine(writeGeneratedTo, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
            }
        }

        Console.WriteLine($"{SyntheticCorpus.MethodCount} methods, {generated.Length} generated files, {generated.Sum(t => t.GetText().Lines.Count)} generated lines");

        var variants = new (string Name, Func<SyntaxNode, string> Strip)[]
        {
            ("all generated code", root => root.ToFullString()),
            ("with #nullable disable", root => WithNullable(root, "#nullable disable")),
            ("with #nullable enable (warnings on)", root => WithNullable(root, "#nullable enable")),
            ("without doc comments", root => string.Join("\n", root.ToFullString().Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)))),
            ("without [GeneratedCode] and [MethodImpl]", root => root.RemoveNodes(root.DescendantNodes().OfType<AttributeListSyntax>(), SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString()),
            ("without [GeneratedCode] (doc comments kept)", root => WithoutAttribute(root, "GeneratedCode")),
            ("without [MethodImpl] (doc comments kept)", root => WithoutAttribute(root, "MethodImpl")),
            ("scalar literal operands as static readonly fields", WithoutConstantOperands),
            ("generic vector bodies as throw", root => WithoutBodies(root, m => m.TypeParameterList is not null)),
            ("every generated body as throw", root => WithoutBodies(root, _ => true)),
        };

        if (compareWith is not null)
        {
            // A comparison of two generators' output: only the whole of each, so that more rounds fit.
            variants = variants.Take(1).ToArray();
        }

        var sets = new List<(string Name, ImmutableArray<SyntaxTree> Trees)> { ("corpus alone", trees) };

        foreach ((string name, Func<SyntaxNode, string> strip) in variants)
        {
            IEnumerable<SyntaxTree> changed = generated.Select(t => CSharpSyntaxTree.ParseText(strip(t.GetRoot()), CorpusCompilation.ParseOptions, t.FilePath));
            sets.Add((name, trees.AddRange(changed)));
        }

        // Last in each round, after this build's own output (the earlier run had it first).
        if (compareWith is not null)
        {
            sets.Add(("generated code from " + compareWith, trees.AddRange(Directory.GetFiles(compareWith, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), CorpusCompilation.ParseOptions, Path.GetFileName(f))))));
        }

        var wall = sets.Select(_ => new List<double>()).ToArray();
        var cpu = sets.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds + 1; round++)
        {
            for (int s = 0; s < sets.Count; s++)
            {
                // Parsed again each time (as a build does), then emitted to memory.
                CSharpCompilation compilation = CorpusCompilation.Create(CorpusCompilation.Parse(sets[s].Trees));
                GC.Collect();
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(new MemoryStream());
                stopwatch.Stop();
                if (!result.Success)
                {
                    Console.WriteLine($"{sets[s].Name}: does not compile: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
                }

                if (round > 0)
                {
                    wall[s].Add(stopwatch.Elapsed.TotalMilliseconds);
                    cpu[s].Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }
        }

        Console.WriteLine("| compiled | Emit wall (median) | Emit CPU (median) | CPU over the corpus alone |");
        Console.WriteLine("|---|---:|---:|---:|");
        double corpus = Median(cpu[0]);
        for (int s = 0; s < sets.Count; s++)
        {
            Console.WriteLine($"| {sets[s].Name} | {Median(wall[s]):F0} ms | {Median(cpu[s]):F0} ms | {Median(cpu[s]) - corpus:+0;-0} ms |");
        }

        return 0;
    }

    /// <summary>The generated code with its <c>#nullable</c> lines replaced by <paramref name="directive"/>: what nullable analysis of the generated bodies costs.</summary>
    private static string WithNullable(SyntaxNode root, string directive)
    {
        string[] lines = root.ToFullString().Split('\n');
        int first = Array.FindIndex(lines, l => l.StartsWith("#nullable", StringComparison.Ordinal));
        return string.Join("\n", lines.Select((l, i) => i == first ? directive : l.StartsWith("#nullable", StringComparison.Ordinal) ? string.Empty : l));
    }

    /// <summary>The generated code without the attribute lists naming <paramref name="name"/>, their leading trivia (doc comments) kept.</summary>
    private static string WithoutAttribute(SyntaxNode root, string name) =>
        root.RemoveNodes(
            root.DescendantNodes().OfType<AttributeListSyntax>().Where(l => l.Attributes.Any(a => a.Name.ToString().Contains(name, StringComparison.Ordinal))),
            SyntaxRemoveOptions.KeepLeadingTrivia)!.ToFullString();

    /// <summary>
    /// The generated code with every numeric literal that is an operand of a binary operator outside the vector bodies
    /// read from a <c>static readonly</c> field instead: Roslyn skips its fast path for built-in operators whenever an
    /// operand is a constant other than <c>int</c>, <c>bool</c> or <c>string</c> (<c>x + 0.6f</c>, <c>2.0 * t</c>), and
    /// this variant measures what that slow path costs on the generated scalar code.
    /// </summary>
    private static string WithoutConstantOperands(SyntaxNode root)
    {
        var fields = new Dictionary<string, (string Name, string Type)>();
        SyntaxNode rewritten = root.ReplaceNodes(
            root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l =>
                l.IsKind(SyntaxKind.NumericLiteralExpression)
                && l.Parent is BinaryExpressionSyntax
                && l.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { TypeParameterList: null }),
            (literal, _) =>
            {
                string text = literal.Token.Text;
                if (!fields.TryGetValue(text, out (string Name, string Type) field))
                {
                    string type = literal.Token.Value switch { float => "float", double => "double", long => "long", _ => "int" };
                    fields[text] = field = ("C" + fields.Count, type);
                }

                return SyntaxFactory.ParseExpression("DiffGenCompileCostLiterals." + field.Name).WithTriviaFrom(literal);
            });
        return rewritten.ToFullString() + "\nfile static class DiffGenCompileCostLiterals\n{\n"
            + string.Concat(fields.Select(f => $"    public static readonly {f.Value.Type} {f.Value.Name} = {f.Key};\n")) + "}\n";
    }

    /// <summary>The generated code with the bodies of the chosen methods replaced by <c>throw null!</c>: their declarations stay, their binding goes.</summary>
    private static string WithoutBodies(SyntaxNode root, Func<MethodDeclarationSyntax, bool> which) =>
        root.ReplaceNodes(
            root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(which),
            (_, m) => m.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block(SyntaxFactory.ParseStatement("throw null!;")))).ToFullString();

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
