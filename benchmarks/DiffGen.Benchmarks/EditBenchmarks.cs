using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiffGen.Benchmarks;

/// <summary>
/// The IDE's case on a project of 1,000 [Differentiable] methods: a driver that has already run, and one keystroke
/// in one method's body (a constant changed), as a new compilation sharing every other tree. DiffGen against a
/// trivial generator of the same shape in the same run; the goal is that DiffGen costs under 20 ms more.
/// Also a full run of DiffGen over the 1,000 methods from a new driver (goal: under 1 s).
/// </summary>
[Config(typeof(EditBenchmarkConfig))]
public class EditBenchmarks
{
    private const int Methods = 1000;
    private CSharpCompilation baseline = null!;
    private string changedText = null!;
    private GeneratorDriver diffGen = null!;
    private GeneratorDriver trivial = null!;
    private ImmutableArray<SyntaxTree> trees;

    /// <summary>Runs both generators once over the corpus, as the IDE has before the keystroke.</summary>
    [GlobalSetup]
    public void Setup()
    {
        trees = CorpusCompilation.Parse(SyntheticCorpus.Generate(Methods));
        baseline = CorpusCompilation.Create(trees);
        SyntaxTree first = trees[0];
        string text = first.GetText().ToString();
        int at = text.IndexOf("0.5", System.StringComparison.Ordinal);
        changedText = at >= 0 ? text.Substring(0, at) + "0.25" + text.Substring(at + 3) : text + "\n// edited\n";

        diffGen = CorpusCompilation.Driver().RunGenerators(baseline);
        trivial = CSharpGeneratorDriver.Create(new[] { new TrivialGenerator().AsSourceGenerator() }, parseOptions: CorpusCompilation.ParseOptions).RunGenerators(baseline);
    }

    /// <summary>The trivial generator after the keystroke.</summary>
    [Benchmark(Baseline = true)]
    public int Edit_TrivialGenerator() => trivial.RunGenerators(Fresh()).GetRunResult().GeneratedTrees.Length;

    /// <summary>DiffGen after the keystroke.</summary>
    [Benchmark]
    public int Edit_DiffGen() => diffGen.RunGenerators(Fresh()).GetRunResult().GeneratedTrees.Length;

    /// <summary>
    /// DiffGen after the keystroke with its result cache (<c>GenerationCache</c>) emptied first, as if it did not
    /// exist: every method is lowered, differentiated and emitted again. What the cache saves is this minus
    /// <see cref="Edit_DiffGen"/>.
    /// </summary>
    [Benchmark]
    public int Edit_DiffGen_WithoutResultCache()
    {
        ClearResultCache();
        return diffGen.RunGenerators(Fresh()).GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>
    /// DiffGen over all 1,000 methods from a new driver and freshly parsed files, as in a clean build (the parse is
    /// included: reusing the parsed trees would let DiffGen's per-syntax-node result cache answer everything).
    /// </summary>
    [Benchmark]
    public int FullRun_DiffGen() => CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(CorpusCompilation.Parse(trees))).GetRunResult().GeneratedTrees.Length;

    /// <summary>The same clean build with the trivial generator, for the parse and binding it shares.</summary>
    [Benchmark]
    public int FullRun_TrivialGenerator() =>
        CSharpGeneratorDriver.Create(new[] { new TrivialGenerator().AsSourceGenerator() }, parseOptions: CorpusCompilation.ParseOptions)
            .RunGenerators(CorpusCompilation.Create(CorpusCompilation.Parse(trees))).GetRunResult().GeneratedTrees.Length;


    /// <summary>Empties the generator's static result cache (internal, so through reflection).</summary>
    private static void ClearResultCache()
    {
        System.Type cache = typeof(DiffGen.Generator.DifferentiableGenerator).Assembly.GetType("DiffGen.Generator.GenerationCache", throwOnError: true)!;
        object entries = cache.GetField("Entries", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        entries.GetType().GetMethod("Clear")!.Invoke(entries, null);
    }

    /// <summary>
    /// The compilation after the keystroke, new each time: the edited file is a new tree (as after a real
    /// keystroke, so nothing remembered for its methods applies), every other file the same tree as before.
    /// </summary>
    private Compilation Fresh()
    {
        SyntaxTree first = trees[0];
        SyntaxTree edited = first.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(changedText));
        return CorpusCompilation.Create(trees.Replace(first, edited));
    }
}

/// <summary>Like <see cref="BenchmarkConfig"/>, with the per-method column for 1,000 methods.</summary>
public sealed class EditBenchmarkConfig : BenchmarkDotNet.Configs.ManualConfig
{
    /// <summary>The configuration of <see cref="EditBenchmarks"/>.</summary>
    public EditBenchmarkConfig()
    {
        AddJob(BenchmarkDotNet.Jobs.Job.ShortRun.WithWarmupCount(4).WithIterationCount(10)
            .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance).WithId("Short-InProcess"));
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }
}
