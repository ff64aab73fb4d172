using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DiffGen.Benchmarks.Corpus;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// Where <c>DifferentiableAnalyzer</c>'s time goes, phase by phase, in a new process (so the first pass is the cold
/// run, JIT included) and then warm. It replays the analyzer's steps on one thread over a new compilation of the
/// corpus: finding the method's symbol and attribute, binding the body (<c>GetOperation</c>), DiffGen's lowering
/// (callees included), and the gradient checks, each in processor time (robust under load: this thread's, and the
/// process's, which includes the compiler's own worker threads and the background JIT) and this thread's JIT time.
/// With <c>--whole-files</c> the callees are checked as the generator checks them (their compiler errors with their whole
/// file's, dependency sets and vector facts recorded), so the two can alternate in one process. Then the real analyzers run
/// through the analyzer driver, sequentially, in process CPU time.
/// </summary>
internal static class AnalyzerPhaseReport
{
    private static readonly string[] Phases = { "symbol + attribute", "bind (GetOperation)", "lower (DiffGen)", "gradient checks" };

    /// <summary>Runs <paramref name="rounds"/> passes (the first is cold) and prints each; returns the exit code.</summary>
    public static async Task<int> RunAsync(int rounds, bool wholeFiles)
    {
        IReadOnlyList<SourceFile> files = SyntheticCorpus.Generate();
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(files);
        Console.WriteLine($"Corpus: {SyntheticCorpus.MethodCount} [Differentiable] methods; load average {LoadAverage()}");
        for (int round = 0; round < rounds; round++)
        {
            Replay(CorpusCompilation.Create(CorpusCompilation.Parse(trees)), round == 0 ? "cold" : "warm", wholeFiles);
        }

        for (int round = 0; round < 2; round++)
        {
            Compilation compilation = CorpusCompilation.Create(CorpusCompilation.Parse(trees));
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(
                CorpusCompilation.Analyzers(),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime();
            ImmutableArray<Diagnostic> found = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            Console.WriteLine($"analyzer driver, both DiffGen analyzers, sequential: process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms, " +
                $"JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms, {found.Length} diagnostics (binding included; this process has already bound the corpus {rounds} times)");
        }

        Console.WriteLine($"load average {LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// Only the real analyzers through the analyzer driver, sequentially, in a new process: the first run (after
    /// Roslyn's own first run over another compilation of the corpus when <paramref name="warmRoslyn"/>), then a
    /// second; process and thread processor time. Runs with any build of the analyzers, so an older one can be timed
    /// against a newer one in alternating processes.
    /// </summary>
    public static async Task<int> DriverAsync(bool warmRoslyn)
    {
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());
        if (warmRoslyn)
        {
            await CorpusCompilation.WithAnalyzers(CorpusCompilation.Create(CorpusCompilation.Parse(trees)), ImmutableArray.Create<DiagnosticAnalyzer>(new OperationTreeAnalyzer()), logExecutionTime: false)
                .GetAnalyzerDiagnosticsAsync();
        }

        for (int round = 0; round < 2; round++)
        {
            CompilationWithAnalyzers withAnalyzers = CorpusCompilation.Create(CorpusCompilation.Parse(trees)).WithAnalyzers(
                CorpusCompilation.Analyzers(),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            double process = ProcessCpuMs(), thread = ThreadCpuMs();
            double jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
            long jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var wall = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> found = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            Console.WriteLine($"{(round == 0 ? "first" : "second")} run{(warmRoslyn && round == 0 ? " (Roslyn warmed)" : string.Empty)}: process CPU {ProcessCpuMs() - process:F0} ms, thread CPU {ThreadCpuMs() - thread:F0} ms, " +
                $"wall {wall.ElapsedMilliseconds} ms, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds - jit:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods, " +
                $"{found.Length} diagnostics; load average {LoadAverage()}");
        }

        return 0;
    }

    /// <summary>
    /// Processor time inside the analyzers' own actions (<see cref="CpuTimedAnalyzer"/>; the thread's is the measure, the
    /// process's also holds the driver's own compile of the corpus), sequential driver, no concurrent build, Roslyn's
    /// own first run done first over another compilation, for <paramref name="rounds"/> rounds (the first is DiffGen's
    /// first run). With <paramref name="otherBuild"/> (a folder holding another build's DiffGen.Analyzers.dll and
    /// DiffGen.Generator.dll, loaded side by side in their own load context) the two builds alternate in each round, the
    /// other build first unless <paramref name="thisFirst"/>: before and after in one process.
    /// </summary>
    public static async Task<int> ActionsAsync(string? otherBuild, int rounds, bool thisFirst)
    {
        ImmutableArray<SyntaxTree> trees = CorpusCompilation.Parse(SyntheticCorpus.Generate());
        await CorpusCompilation.WithAnalyzers(CorpusCompilation.Create(CorpusCompilation.Parse(trees)), ImmutableArray.Create<DiagnosticAnalyzer>(new OperationTreeAnalyzer()), logExecutionTime: false)
            .GetAnalyzerDiagnosticsAsync();
        var builds = new List<(string Name, Func<DiagnosticAnalyzer[]> Create)> { ("this build", () => CorpusCompilation.Analyzers().ToArray()) };
        if (otherBuild is not null)
        {
            System.Reflection.Assembly other = new OtherBuild(otherBuild).LoadFromAssemblyPath(System.IO.Path.Combine(otherBuild, "DiffGen.Analyzers.dll"));
            builds.Insert(thisFirst ? 1 : 0, ("other build", () => new[] { "DifferentiableAnalyzer", "DerivativeOfAnalyzer" }
                .Select(n => (DiagnosticAnalyzer)Activator.CreateInstance(other.GetType("DiffGen.Analyzers." + n, throwOnError: true)!)!).ToArray()));
        }

        Console.WriteLine($"Processor time inside the DiffGen analyzers' actions, 500 methods, sequential driver, no concurrent build, Roslyn warmed; load average {LoadAverage()}");
        // The floor: OperationTreeAnalyzer (finds each [Differentiable] method and binds its body, as DiffGen's action
        // does before its own work) timed the same way, once per round. DiffGen's own share is its figure minus this one.
        builds.Add(("binding", () => new DiagnosticAnalyzer[] { new OperationTreeAnalyzer(), new NoOpMethodAnalyzer() }));
        for (int round = 0; round < rounds; round++)
        {
            foreach ((string name, Func<DiagnosticAnalyzer[]> create) in builds)
            {
                CpuTimedAnalyzer[] timed = create().Select(a => new CpuTimedAnalyzer(a)).ToArray();
                // No concurrent build: the compiler work an action starts (a file's method bodies compiled for their
                // errors) then runs on the action's own thread, so the thread's processor time is all of the action's, and
                // the compile of the whole corpus that the driver runs meanwhile for its events is not in it.
                Compilation compilation = CorpusCompilation.Create(CorpusCompilation.Parse(trees));
                CompilationWithAnalyzers withAnalyzers = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false)).WithAnalyzers(
                    timed.ToImmutableArray<DiagnosticAnalyzer>(),
                    new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
                ImmutableArray<Diagnostic> found = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
                Console.WriteLine($"  round {round + 1}{(round == 0 ? " (first run)" : string.Empty)}, {name,-11}: " +
                    $"{(name == "binding" ? "OperationTreeAnalyzer " : "DifferentiableAnalyzer")} thread {timed[0].ThreadMs,6:F0} ms ({timed[0].ThreadMs * 1000 / SyntheticCorpus.MethodCount,5:F0} μs/method, JIT {timed[0].JitMs,4:F0} ms, {timed[0].AllocatedBytes / 1024.0 / SyntheticCorpus.MethodCount,4:F0} KB/method), process {timed[0].ProcessMs,6:F0} ms; " +
                    $"{(name == "binding" ? "NoOpMethodAnalyzer  " : "DerivativeOfAnalyzer")} thread {timed[1].ThreadMs,5:F0} ms; {found.Length} diagnostics; load {LoadAverage()}");
            }
        }

        return 0;
    }

    /// <summary>Another build of the analyzers and their front end, beside this one; Roslyn and the rest are shared.</summary>
    private sealed class OtherBuild(string directory) : System.Runtime.Loader.AssemblyLoadContext("other DiffGen build")
    {
        protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName name) =>
            name.Name is "DiffGen.Analyzers" or "DiffGen.Generator" ? LoadFromAssemblyPath(System.IO.Path.Combine(directory, name.Name + ".dll")) : null;
    }

    private static void Replay(Compilation compilation, string label, bool wholeFiles)
    {
        INamedTypeSymbol attribute = compilation.GetTypeByMetadataName(KnownNames.DifferentiableAttribute)!;
        var cpu = new double[Phases.Length];
        var processCpu = new double[Phases.Length];
        var jit = new double[Phases.Length];
        int methods = 0;
        int findings = 0;
        double firstMethod = 0;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax syntax in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                double before = ThreadCpuMs();
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
                Measure(2, () => result = MethodLowering.Lower(method, syntax, model, new CalleeValidator(compilation, CancellationToken.None, wholeFiles, emits: wholeFiles), CancellationToken.None));
                if (result.Method is { } lowered)
                {
                    Measure(3, () => findings += GradientChecks.Run(lowered, method.Name, CancellationToken.None).Count);
                }

                if (methods == 1)
                {
                    firstMethod = ThreadCpuMs() - before;
                }
            }
        }

        Console.WriteLine($"{label} replay{(wholeFiles ? " (callees' errors: whole files)" : string.Empty)}, {methods} methods, one thread ({findings} findings); first method {firstMethod:F0} ms; load average {LoadAverage()}:");
        Console.WriteLine($"  {"phase",-22} {"thread CPU",12} {"per method",12} {"process CPU",12} {"per method",12} {"thread JIT",12}");
        for (int i = 0; i < Phases.Length; i++)
        {
            Console.WriteLine($"  {Phases[i],-22} {cpu[i],9:F0} ms {cpu[i] * 1000 / methods,9:F0} μs {processCpu[i],9:F0} ms {processCpu[i] * 1000 / methods,9:F0} μs {jit[i],9:F0} ms");
        }

        Console.WriteLine($"  {"total",-22} {cpu.Sum(),9:F0} ms {cpu.Sum() * 1000 / methods,9:F0} μs {processCpu.Sum(),9:F0} ms {processCpu.Sum() * 1000 / methods,9:F0} μs {jit.Sum(),9:F0} ms");

        void Measure(int phase, Action action)
        {
            double jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: true).TotalMilliseconds;
            double before = ThreadCpuMs();
            double processBefore = ProcessCpuMs();
            action();
            cpu[phase] += ThreadCpuMs() - before;
            processCpu[phase] += ProcessCpuMs() - processBefore;
            jit[phase] += System.Runtime.JitInfo.GetCompilationTime(currentThread: true).TotalMilliseconds - jitBefore;
        }
    }

    private static string LoadAverage() =>
        System.IO.File.Exists("/proc/loadavg") ? string.Join(" ", System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>This thread's processor time (Linux: CLOCK_THREAD_CPUTIME_ID), in milliseconds.</summary>
    private static double ThreadCpuMs() => CpuClock.ThreadNanoseconds() / 1e6;

    /// <summary>The whole process's processor time (Linux: CLOCK_PROCESS_CPUTIME_ID), in milliseconds.</summary>
    private static double ProcessCpuMs() => CpuClock.ProcessNanoseconds() / 1e6;
}
