using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Benchmarks;

/// <summary>
/// Wraps an analyzer and adds up the processor time spent inside its actions: the process's (the compiler work an
/// action starts on other threads included; meant for a sequential driver, where no other analysis runs meanwhile)
/// and the calling thread's. Unlike the driver's own telemetry (wall time), this holds up on a loaded machine.
/// </summary>
/// <remarks>
/// A wrapper, not an analyzer of its own: the wrapped analyzer configures concurrency and generated code, and its
/// actions are registered through the forwarding contexts, which the analyzer rules cannot follow.
/// </remarks>
#pragma warning disable RS1001, RS1025, RS1026, RS1012
internal sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer inner;
    private long processNs;
    private long threadNs;
    private long jitTicks;
    private long allocated;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public CpuTimedAnalyzer(DiagnosticAnalyzer inner) => this.inner = inner;

    /// <summary>Processor time of the whole process inside the actions, in milliseconds.</summary>
    public double ProcessMs => Interlocked.Read(ref processNs) / 1e6;

    /// <summary>Processor time of the calling threads inside the actions, in milliseconds.</summary>
    public double ThreadMs => Interlocked.Read(ref threadNs) / 1e6;

    /// <summary>Time the calling threads spent JIT-compiling inside the actions, in milliseconds (part of <see cref="ThreadMs"/>).</summary>
    public double JitMs => TimeSpan.FromTicks(Interlocked.Read(ref jitTicks)).TotalMilliseconds;

    /// <summary>Bytes the calling threads allocated inside the actions.</summary>
    public long AllocatedBytes => Interlocked.Read(ref allocated);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, this));

    private Action<T> Timed<T>(Action<T> action) => argument =>
    {
        long process = CpuClock.ProcessNanoseconds(), thread = CpuClock.ThreadNanoseconds();
        long jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true).Ticks, bytes = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref threadNs, CpuClock.ThreadNanoseconds() - thread);
            Interlocked.Add(ref processNs, CpuClock.ProcessNanoseconds() - process);
            Interlocked.Add(ref jitTicks, System.Runtime.JitInfo.GetCompilationTime(currentThread: true).Ticks - jit);
            Interlocked.Add(ref allocated, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }
    };

    private sealed class Context(AnalysisContext inner, CpuTimedAnalyzer owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(owner.Timed<CompilationStartAnalysisContext>(start => action(new StartContext(start, owner))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(owner.Timed(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(owner.Timed(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Timed(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(owner.Timed(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(owner.Timed(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            inner.RegisterSyntaxNodeAction(owner.Timed(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(owner.Timed(action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(owner.Timed(action));
    }

    private sealed class StartContext(CompilationStartAnalysisContext inner, CpuTimedAnalyzer owner)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(owner.Timed(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(owner.Timed(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Timed(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(owner.Timed(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(owner.Timed(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            inner.RegisterSyntaxNodeAction(owner.Timed(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(owner.Timed(action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(owner.Timed(action));
    }
}
#pragma warning restore RS1001, RS1025, RS1026, RS1012
