using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DiffGen.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace DiffGen.Benchmarks;

/// <summary>
/// Generator time and generated size of one method of 16 inputs (the input limit; issue 11), at <c>Order = 1</c> and
/// <c>Order = 2</c> (issue 12's goal: at most 2× per method). The body mixes products, <c>Exp</c>, <c>Tanh</c> and a
/// branch, so every input has a non-trivial row of the Hessian. The setup prints the generated size.
/// </summary>
[Config(typeof(SixteenInputGeneratorBenchmarks.Config))]
public class SixteenInputGeneratorBenchmarks
{
    private ImmutableArray<SyntaxTree> trees;

    /// <summary>The order the method asks for.</summary>
    [Params(1, 2)]
    public int Order { get; set; }

    /// <summary>The method's source at <paramref name="order"/>.</summary>
    public static string Source(int order)
    {
        string[] x = Enumerable.Range(0, 16).Select(i => "x" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        string terms = string.Join("\n            + ", Enumerable.Range(0, 4).Select(k =>
        {
            string a = x[4 * k], b = x[4 * k + 1], c = x[4 * k + 2], d = x[4 * k + 3];
            return $"{a} * {b} + MathF.Exp({c} * {d} / 4) - {a} * MathF.Tanh({d}) + ({b} > 0 ? {b} * {c} : 0.01f * {c})";
        }));
        return $$"""
            using System;
            using DiffGen;

            namespace Bench;

            public static partial class Sixteen
            {
                [Differentiable(Order = {{order}})]
                public static float F({{string.Join(", ", x.Select(v => "float " + v))}})
                    => {{terms}};
            }
            """;
    }

    /// <summary>Parses the method and prints what the generator makes of it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        trees = CorpusCompilation.Parse(new[] { new SourceFile("Sixteen.cs", Source(Order)) });
        GeneratorRunResult result = CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(trees)).GetRunResult().Results.Single();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.GeneratedSources.Length != 1)
        {
            throw new InvalidOperationException("The 16-input method did not generate: " + string.Join("; ", result.Diagnostics));
        }

        string text = result.GeneratedSources[0].SourceText.ToString();
        Console.WriteLine($"// 16 inputs, Order = {Order}: {text.Split('\n').Length} lines, {text.Length} characters generated");
    }

    /// <summary>A clean generator run over a fresh compilation of the one method.</summary>
    [Benchmark]
    public int Generator_RunGenerators() =>
        CorpusCompilation.Driver().RunGenerators(CorpusCompilation.Create(CorpusCompilation.Parse(trees))).GetRunResult().GeneratedTrees.Length;

    /// <summary>The short in-process job of <see cref="BenchmarkConfig"/>, without its per-corpus-method column (one method here).</summary>
    public sealed class Config : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public Config()
        {
            AddJob(Job.ShortRun.WithWarmupCount(4).WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short-InProcess"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
