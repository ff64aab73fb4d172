using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DiffGen.Benchmarks.Corpus;
using DiffGen.Generator;
using DiffGen.Generator.Emit;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Benchmarks;

/// <summary>
/// Where the generator's time goes, phase by phase, in a new process (the first pass is the cold run, JIT included,
/// as every <c>csc</c> build pays it) and then warm. It replays <c>MethodTransform.Run</c>'s steps on one thread over a
/// new compilation of the corpus for each pass: finding the method's symbol, binding its body (<c>GetOperation</c>,
/// the first step of lowering), DiffGen's lowering (callees included), the compiler-error check, and emission,
/// each in this thread's processor time (robust under load) and this thread's JIT time.
/// </summary>
internal static class GeneratorPhaseReport
{
    private static readonly string[] Phases = { "symbol", "bind (GetOperation)", "lower (DiffGen)", "compiler errors", "emit" };

    /// <summary>Runs <paramref name="rounds"/> passes (the first is cold) and prints each; returns the exit code.</summary>
    public static int Run(int rounds)
    {
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());
        Console.WriteLine($"Corpus: {SyntheticCorpus.MethodCount} [Differentiable] methods; load average {LoadAverage()}");
        for (int round = 0; round < rounds; round++)
        {
            foreach (bool withoutNullable in new[] { false, true })
            {
                // No concurrent build: the file's method bodies compiled for their errors then run on this thread, so
                // this thread's processor time is all of the phase's.
                CSharpCompilation compilation = CorpusCompilation.Create(CorpusCompilation.Parse(trees));
                Replay(compilation.WithOptions(compilation.Options.WithConcurrentBuild(false)), (round == 0 ? "cold" : "warm") + (withoutNullable ? ", semantic model without nullable analysis" : string.Empty), withoutNullable);
            }
        }

        return 0;
    }

    private static void Replay(Compilation compilation, string label, bool withoutNullable)
    {
        INamedTypeSymbol attribute = compilation.GetTypeByMetadataName(KnownNames.DifferentiableAttribute)!;
        var cpu = new double[Phases.Length];
        var jit = new double[Phases.Length];
        int methods = 0, emitted = 0;
        long characters = 0;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
#pragma warning disable RSEXPERIMENTAL001 // Measured against the model the generator gets today.
            SemanticModel model = withoutNullable ? compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis) : compilation.GetSemanticModel(tree);
#pragma warning restore RSEXPERIMENTAL001
            foreach (MethodDeclarationSyntax syntax in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                IMethodSymbol? method = null;
                Measure(0, () =>
                {
                    method = syntax.AttributeLists.Count > 0 && model.GetDeclaredSymbol(syntax) is IMethodSymbol m
                        && m.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)) ? m : null;
                });
                if (method is null)
                {
                    continue;
                }

                methods++;
                Measure(1, () => model.GetOperation(syntax));
                LoweringResult result = default!;
                Measure(2, () => result = MethodLowering.Lower(method, syntax, model, CancellationToken.None));
                if (result.Method is not { } lowered)
                {
                    continue;
                }

                bool errors = false;
                Measure(3, () => errors = CompilerErrors.In(model, syntax, CancellationToken.None));
                if (errors)
                {
                    continue;
                }

                Measure(4, () => characters += MemberEmitter.Emit(method, lowered, MethodTransform.Targets(compilation), CancellationToken.None).Length);
                emitted++;
            }
        }

        Console.WriteLine($"{label} replay, {methods} methods, {emitted} emitted ({characters / 1000} k characters), one thread; load average {LoadAverage()}:");
        Console.WriteLine($"  {"phase",-22} {"thread CPU",12} {"per method",12} {"thread JIT",12}");
        for (int i = 0; i < Phases.Length; i++)
        {
            Console.WriteLine($"  {Phases[i],-22} {cpu[i],9:F0} ms {cpu[i] * 1000 / methods,9:F0} μs {jit[i],9:F0} ms");
        }

        Console.WriteLine($"  {"total",-22} {cpu.Sum(),9:F0} ms {cpu.Sum() * 1000 / methods,9:F0} μs {jit.Sum(),9:F0} ms");

        void Measure(int phase, Action action)
        {
            double jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: true).TotalMilliseconds;
            double before = CpuClock.ThreadNanoseconds() / 1e6;
            action();
            cpu[phase] += (CpuClock.ThreadNanoseconds() / 1e6) - before;
            jit[phase] += System.Runtime.JitInfo.GetCompilationTime(currentThread: true).TotalMilliseconds - jitBefore;
        }
    }

    private static string LoadAverage() =>
        System.IO.File.Exists("/proc/loadavg") ? string.Join(" ", System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
