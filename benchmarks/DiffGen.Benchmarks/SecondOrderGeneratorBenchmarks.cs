using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace DiffGen.Benchmarks;

/// <summary>
/// Generator time per method at <c>Order = 1</c> and <c>Order = 2</c> on the synthetic corpus (issue 12's goal: at most
/// 2×). At Order = 2 every <c>[Differentiable]</c> becomes <c>[Differentiable(Order = 2)]</c>; the corpus's calls to a
/// <c>[DerivativeOf]</c> helper then have no registered second derivative and are DIFF001 (no code for those methods).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class SecondOrderGeneratorBenchmarks
{
    private ImmutableArray<SyntaxTree> trees;

    /// <summary>The order every method asks for.</summary>
    [Params(1, 2)]
    public int Order { get; set; }

    /// <summary>Parses the corpus at <see cref="Order"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        IEnumerable<SourceFile> files = SyntheticCorpus.Generate();
        if (Order > 1)
        {
            files = files.Select(f => f with { Text = f.Text.Replace("[Differentiable]", $"[Differentiable(Order = {Order})]") });
        }

        trees = CorpusCompilation.Parse(files);
    }

    /// <summary>A clean generator run over a fresh compilation.</summary>
    [Benchmark]
    public int Generator_RunGenerators() =>
        CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(CorpusCompilation.Parse(trees))).GetRunResult().GeneratedTrees.Length;
}
