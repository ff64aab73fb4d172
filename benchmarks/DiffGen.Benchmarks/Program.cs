using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace DiffGen.Benchmarks;

/// <summary>
/// Entry point. With no special option it hands the arguments to BenchmarkDotNet (e.g. <c>--filter '*'</c>);
/// <c>--cpu-time [N]</c> measures the same operations in processor time (robust on a busy machine),
/// <c>--diagnostics [--write-corpus DIR] [--warm-roslyn]</c> prints what DiffGen reports on the synthetic corpus,
/// <c>--check FILE.cs …</c> what it reports on the given files, <c>--profile generator|analyzers|compiler [N]</c> runs
/// one operation in a loop for a profiler, <c>--analyzer-phases [N] [--whole-files]</c> where the analyzer's time goes (cold, then warm),
/// <c>--analyzer-driver [--warm-roslyn]</c> the analyzers alone in processor time,
/// <c>--analyzer-cpu [N] [--other-build DIR [--this-first]]</c> processor time inside their actions (another build alongside),
/// <c>--compile-cost [N] [--write-generated DIR] [--compare-generated DIR]</c> what compiling the generated code costs,
/// <c>--sdk-analyzer-cost [N]</c> what the SDK's analyzers of generated code spend on it, and
/// <c>--generator-phases [N]</c> where the generator's time goes (cold, then warm).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks or one of the reports.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--diagnostics")
        {
            int write = Array.IndexOf(args, "--write-corpus");
            return await DiagnosticsReport.CorpusAsync(write >= 0 && write + 1 < args.Length ? args[write + 1] : null, warmRoslyn: args.Contains("--warm-roslyn"));
        }

        if (args.Length > 0 && args[0] == "--cpu-time")
        {
            return CpuTimeReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
        }

        if (args.Length > 0 && args[0] == "--profile")
        {
            return ProfileLoop.Run(args.Length > 1 ? args[1] : "generator", args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
        }

        if (args.Length > 0 && args[0] == "--compile-cost")
        {
            int write = Array.IndexOf(args, "--write-generated");
            int compare = Array.IndexOf(args, "--compare-generated");
            return CompileCostReport.Run(
                args.Length > 1 && write != 1 && compare != 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3,
                write >= 0 && write + 1 < args.Length ? args[write + 1] : null,
                compare >= 0 && compare + 1 < args.Length ? args[compare + 1] : null);
        }

        if (args.Length > 0 && args[0] == "--generator-phases")
        {
            return GeneratorPhaseReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        }

        if (args.Length > 0 && args[0] == "--sdk-analyzer-cost")
        {
            return SdkAnalyzerCostReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        }

        if (args.Length > 0 && args[0] == "--analyzer-phases")
        {
            return await AnalyzerPhaseReport.RunAsync(args.Length > 1 && args[1] != "--whole-files" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2, wholeFiles: args.Contains("--whole-files"));
        }

        if (args.Length > 0 && args[0] == "--analyzer-cpu")
        {
            int other = Array.IndexOf(args, "--other-build");
            int rounds = args.Length > 1 && int.TryParse(args[1], out int n) ? n : 3;
            return await AnalyzerPhaseReport.ActionsAsync(other >= 0 && other + 1 < args.Length ? args[other + 1] : null, rounds, thisFirst: args.Contains("--this-first"));
        }

        if (args.Length > 0 && args[0] == "--analyzer-driver")
        {
            return await AnalyzerPhaseReport.DriverAsync(warmRoslyn: args.Contains("--warm-roslyn"));
        }

        if (args.Length > 0 && args[0] == "--check")
        {
            return await DiagnosticsReport.FilesAsync(args.Skip(1));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
