using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>
/// The generator re-runs only what an edit affects: the IDE runs it on every keystroke, so cached steps and
/// outputs are what keeps it invisible. Each test edits a compilation kept across runs by one driver.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private static readonly string[] AllTrackedSteps =
    {
        TrackingNames.Methods, TrackingNames.Diagnostics, TrackingNames.Files, TrackingNames.LanguageVersion,
    };

    private readonly ITestOutputHelper output;

    /// <summary>Receives xunit's output.</summary>
    public IncrementalityTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void First_run_generates_one_file_per_type()
    {
        TrackedRun run = Sources.Start();

        Assert.Equal(
            new[] { Sources.ActivationsFile, Sources.HelpersFile, Sources.LossesFile },
            run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.All(run.FileOutputReasons().Values, r => Assert.Equal(IncrementalStepRunReason.New, r));
        Assert.Contains("CallerDerivative", run.Sources[Sources.ActivationsFile], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Rerun_without_change_leaves_every_step_and_output_cached()
    {
        TrackedRun run = Sources.Start();
        var before = run.Sources;

        run.Run();

        foreach (string name in AllTrackedSteps.Where(n => n != TrackingNames.Diagnostics))
        {
            var outputs = run.StepOutputs(name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        AssertOutputsReused(run, IncrementalStepRunReason.Cached);
        Assert.Equal(before, run.Sources);
    }

    [Fact]
    public void Editing_a_comment_reuses_every_output()
    {
        TrackedRun run = Sources.Start();
        var before = run.Sources;

        // A longer comment shifts every later position in the file: nothing generated may depend on positions.
        run.Replace(Sources.ActivationsPath, "// A comment the tests edit.", "// A comment the tests edit,\n    // now two lines long.");
        Log(run);

        AssertStepsReused(run, TrackingNames.Methods, TrackingNames.Files, TrackingNames.LanguageVersion);
        AssertOutputsReused(run);
        Assert.Equal(before, run.Sources);
    }

    [Fact]
    public void Editing_an_unrelated_file_reuses_every_output()
    {
        TrackedRun run = Sources.Start();
        var before = run.Sources;

        run.Replace(Sources.UnrelatedPath, "=> 42;", "=> 41 + 1;");
        AssertStepsReused(run, TrackingNames.Methods, TrackingNames.Files, TrackingNames.LanguageVersion);
        AssertOutputsReused(run);

        run.Add("Another.cs", "namespace Sample; public static class Another { public static double Twice(double x) => 2 * x; }");
        AssertStepsReused(run, TrackingNames.Methods, TrackingNames.Files, TrackingNames.LanguageVersion);
        AssertOutputsReused(run);
        Assert.Equal(before, run.Sources);
    }

    [Fact]
    public void Editing_one_method_regenerates_only_its_types_file()
    {
        TrackedRun run = Sources.Start();
        var before = run.Sources;

        run.Replace(Sources.LossesPath, "=> 0.5f * x;", "=> 0.25f * x;");
        Log(run);

        Assert.Equal(IncrementalStepRunReason.Modified, run.MethodStepReason("Scaled"));
        foreach (string unaffected in new[] { "Squared", "Softplus", "Caller", "Square" })
        {
            Assert.Contains(run.MethodStepReason(unaffected), Reused);
        }

        Assert.Equal(IncrementalStepRunReason.Modified, run.FileStepReason(Sources.LossesFile));
        Assert.Contains(run.FileStepReason(Sources.ActivationsFile), Reused);
        Assert.Contains(run.FileStepReason(Sources.HelpersFile), Reused);

        var reasons = run.FileOutputReasons();
        Assert.Equal(IncrementalStepRunReason.Modified, reasons[Sources.LossesFile]);
        Assert.Contains(reasons[Sources.ActivationsFile], Reused);
        Assert.Contains(reasons[Sources.HelpersFile], Reused);

        Assert.NotEqual(before[Sources.LossesFile], run.Sources[Sources.LossesFile]);
        Assert.Contains("0.25f", run.Sources[Sources.LossesFile], System.StringComparison.Ordinal);
        Assert.Equal(before[Sources.ActivationsFile], run.Sources[Sources.ActivationsFile]);
        Assert.Equal(before[Sources.HelpersFile], run.Sources[Sources.HelpersFile]);
    }

    [Fact]
    public void Callee_body_edit_that_keeps_it_differentiable_leaves_the_callers_file_unchanged()
    {
        TrackedRun run = Sources.Start();
        var before = run.Sources;

        // Same signature, different body: the caller's generated code calls the callee's generated members by name only.
        run.Replace(Sources.HelpersPath, "=> x * x;", "=> Math.Sin(x) * x;");
        Log(run);

        Assert.Equal(IncrementalStepRunReason.Modified, run.MethodStepReason("Square"));
        Assert.Contains(run.MethodStepReason("Caller"), Reused);
        Assert.Equal(IncrementalStepRunReason.Modified, run.FileOutputReasons()[Sources.HelpersFile]);
        Assert.Contains(run.FileOutputReasons()[Sources.ActivationsFile], Reused);
        Assert.Equal(before[Sources.ActivationsFile], run.Sources[Sources.ActivationsFile]);
        AssertGeneratedCodeCompiles(run);

        // Not stale: the reused caller code computes the derivative of the new callee, d/dx (x sin x + 3x).
        const double x = 0.7;
        AssertClose((x * Math.Cos(x)) + Math.Sin(x) + 3.0, Invoke(run, "Sample.Activations", "CallerDerivative", x));
    }

    [Fact]
    public void DerivativeOf_edits_reach_the_callers_and_removing_the_registration_removes_them()
    {
        const string special = """
            using System;
            using DiffGen;

            namespace Sample;

            public static partial class Special
            {
                public static double Bump(double x) => Math.Exp(-x * x);

                [DerivativeOf(nameof(Bump))]
                public static double BumpPrime(double x) => -2.0 * x * Math.Exp(-x * x);
            }
            """;
        const string user = """
            using DiffGen;

            namespace Sample;

            public static partial class User
            {
                [Differentiable]
                public static double Scaled(double x) => x * Special.Bump(2.0 * x);
            }
            """;
        TrackedRun run = new(("Special.cs", special), ("User.cs", user));
        const string userFile = "Sample.User.g.cs";
        string before = run.Sources[userFile];
        const double x = 0.3;
        AssertClose(Math.Exp(-4 * x * x) + (x * 2.0 * -2.0 * (2 * x) * Math.Exp(-4 * x * x)), Invoke(run, "Sample.User", "ScaledDerivative", x));

        // A different registered derivative (deliberately not Bump's true one, so staleness would show).
        run.Replace("Special.cs", "=> -2.0 * x * Math.Exp(-x * x);", "=> 5.0 * x;");
        Log(run);
        Assert.Contains(run.FileOutputReasons()[userFile], Reused);
        Assert.Equal(before, run.Sources[userFile]);
        AssertClose(Math.Exp(-4 * x * x) + (x * 2.0 * 5.0 * (2 * x)), Invoke(run, "Sample.User", "ScaledDerivative", x));

        // Without the registration Bump has no derivative: nothing of Scaled may remain.
        run.Replace("Special.cs", "[DerivativeOf(nameof(Bump))]", string.Empty);
        Log(run);
        Assert.False(run.Sources.ContainsKey(userFile), run.Sources.TryGetValue(userFile, out string? left) ? left : null);
        AssertGeneratedCodeCompiles(run);
    }

    [Theory]
    [InlineData("=> x * x;", "{ double s = 0; for (int i = 0; i < 2; i++) { s += x; } return s * x / 2; }")]
    [InlineData("[Differentiable]\n    public static double Square", "public static double Square")]
    [InlineData("Square(double x)", "Square(in double x)")]
    public void Callee_that_stops_being_differentiable_removes_the_callers_members(string oldText, string newText)
    {
        TrackedRun run = Sources.Start();
        Assert.Contains("CallerBackward", run.Sources[Sources.ActivationsFile], System.StringComparison.Ordinal);

        run.Replace(Sources.HelpersPath, oldText, newText);
        Log(run);

        // Never stale: no member of Caller may survive once Square has no derivative, and what is left compiles.
        string activations = run.Sources.TryGetValue(Sources.ActivationsFile, out string? text) ? text : string.Empty;
        Assert.DoesNotContain("CallerDerivative", activations, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CallerBackward", activations, System.StringComparison.Ordinal);
        Assert.Contains("SoftplusDerivative", activations, System.StringComparison.Ordinal);
        Assert.NotEqual(IncrementalStepRunReason.Cached, run.MethodStepReason("Caller"));
        Assert.NotEqual(IncrementalStepRunReason.Unchanged, run.MethodStepReason("Caller"));
        AssertGeneratedCodeCompiles(run);

        // And back: the caller's members return as soon as the callee is differentiable again.
        run.Edit(Sources.HelpersPath, Sources.Helpers);
        Assert.Contains("CallerBackward", run.Sources[Sources.ActivationsFile], System.StringComparison.Ordinal);
        AssertGeneratedCodeCompiles(run);
    }

    [Theory]
    [InlineData("Square(double x) => x * x;", "Square(double x, double scale = 1.0) => scale * x * x;")]
    [InlineData("static double Square(double x) => x * x;", "static float Square(float x) => x * x;")]
    public void Callee_signature_change_regenerates_the_caller_consistently(string oldText, string newText)
    {
        TrackedRun run = Sources.Start();

        run.Replace(Sources.HelpersPath, oldText, newText);
        Log(run);

        // The caller's generated code depends on the callee's signature, so whatever it is now must match it.
        Assert.Equal(IncrementalStepRunReason.Modified, run.MethodStepReason("Square"));
        AssertGeneratedCodeCompiles(run);
    }

    private static void AssertStepsReused(TrackedRun run, params string[] names)
    {
        foreach (string name in names)
        {
            var outputs = run.StepOutputs(name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Contains(o.Reason, Reused));
        }
    }

    private static void AssertOutputsReused(TrackedRun run, params IncrementalStepRunReason[] allowed)
    {
        allowed = allowed.Length == 0 ? Reused : allowed;
        var reasons = run.FileOutputReasons();
        Assert.Equal(3, reasons.Count);
        Assert.All(reasons, r => Assert.True(allowed.Contains(r.Value), $"{r.Key} output ran again: {r.Value}"));
    }

    private static void AssertGeneratedCodeCompiles(TrackedRun run)
    {
        Compilation withGenerated = run.Compilation.AddSyntaxTrees(run.Result.GeneratedSources.Select(s => s.SyntaxTree));
        var errors = withGenerated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0 || errors.All(e => e.Location.SourceTree is { } t && !t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)),
            string.Join("\n", errors));
        Assert.DoesNotContain(errors, e => e.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) ?? false);
    }

    private static double Invoke(TrackedRun run, string type, string method, double argument)
    {
        Compilation withGenerated = run.Compilation.AddSyntaxTrees(run.Result.GeneratedSources.Select(s => s.SyntaxTree));
        var assembly = GeneratorHarness.CompileAndLoad(withGenerated);
        var target = assembly.GetType(type, throwOnError: true)!.GetMethod(method, new[] { typeof(double) })!;
        return (double)target.Invoke(null, new object[] { argument })!;
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1.0, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private void Log(TrackedRun run)
    {
        foreach (KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> step in run.Result.TrackedSteps)
        {
            output.WriteLine($"{step.Key}: {string.Join(", ", step.Value.SelectMany(s => s.Outputs).Select(o => o.Reason))}");
        }

        foreach (KeyValuePair<string, IncrementalStepRunReason> file in run.FileOutputReasons())
        {
            output.WriteLine($"output {file.Key}: {file.Value}");
        }
    }
}
