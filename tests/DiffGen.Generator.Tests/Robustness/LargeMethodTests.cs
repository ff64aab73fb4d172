using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Generator.Tests;

/// <summary>
/// Large and deep methods: DiffGen must generate correct, warning-free code quickly, and the code must grow
/// linearly with the input (no expression blow-up from repeated subexpressions).
/// </summary>
public sealed class LargeMethodTests
{
    private static readonly TimeSpan BlowUpGuard = TimeSpan.FromSeconds(10);

    /// <summary>One small run first, so that timings measure DiffGen's work and not JIT compilation of it.</summary>
    private static readonly Lazy<GeneratorRunResult> WarmUp = new(() => GeneratorHarness.Run(LargeInputs.NestedTanh(2)));
    private readonly ITestOutputHelper output;

    public LargeMethodTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Thirty_nested_tanh_calls()
    {
        var text = GenerateChecked("30 nested MathF.Tanh", LargeInputs.NestedTanh(30), out var result);

        var (generated, fd) = NumericCheck.Derivative(GeneratorHarness.CompileAndLoad(result.OutputCompilation), LargeInputs.TypeName, "F", 0.8, 1e-3);
        Assert.True(Math.Abs(generated - fd) <= 1e-2 * Math.Abs(fd), $"generated {generated}, finite difference {fd}");
        // Linear, not exponential: the chain is written once per member (scalar ones plus the value, derivative
        // and backward overloads on each of three vector widths), about 1,800 characters per call in all.
        Assert.True(text.Length < 80_000, $"Generated text is {text.Length} characters for 30 calls.");
    }

    [Fact]
    public void Two_thousand_term_sum()
    {
        var text = GenerateChecked("2000-term sum", LargeInputs.LongSum(2000), out var result);
        var half = GenerateChecked("1000-term sum", LargeInputs.LongSum(1000), out _);

        var (generated, fd) = NumericCheck.Derivative(GeneratorHarness.CompileAndLoad(result.OutputCompilation), LargeInputs.TypeName, "F", 0.37, 1e-3);
        Assert.Equal(2000.0 * 2001.0 / 2.0, generated, 6);
        Assert.True(Math.Abs(generated - fd) <= 1e-6 * Math.Abs(fd), $"generated {generated}, finite difference {fd}");
        AssertLinear(half.Length, text.Length);
    }

    [Fact]
    public void Chain_of_two_hundred_locals_each_using_the_previous_two()
    {
        var text = GenerateChecked("chain of 200 locals", LargeInputs.LocalChain(200), out var result);
        var half = GenerateChecked("chain of 100 locals", LargeInputs.LocalChain(100), out _);

        var assembly = GeneratorHarness.CompileAndLoad(result.OutputCompilation);
        foreach (var x in new[] { 0.3, 1.3, -0.8 })
        {
            var (generated, fd) = NumericCheck.Derivative(assembly, LargeInputs.TypeName, "F", x, 1e-6);
            Assert.True(Math.Abs(generated - fd) <= 1e-6 * Math.Max(1.0, Math.Abs(fd)), $"at {x}: generated {generated}, finite difference {fd}");
        }

        AssertLinear(half.Length, text.Length);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_reports_DIFF010_instead_of_crashing()
    {
        // 1,000 levels: valid C# the compiler accepts, far beyond DiffGen's nesting limit.
        var result = GeneratorHarness.RunWithAnalyzers(LargeInputs.DeepUnary(1_000));
        output.WriteLine($"1,000-deep nesting: generator ran {result.GeneratorTime.TotalMilliseconds:F0} ms");

        GeneratorAssert.NoCrash(result);
        var diagnostic = Assert.Single(result.DiffGenDiagnostics);
        Assert.Equal("DIFF010", diagnostic.Id);
        Assert.Equal("F", GeneratorAssert.LocatedText(result, diagnostic));
        Assert.Empty(result.GeneratedSources);
        GeneratorAssert.CompilesWithoutErrors(result);
        Assert.True(result.GeneratorTime < BlowUpGuard, $"took {result.GeneratorTime}");
    }

    [Fact]
    public void A_ladder_of_1500_returns_generates_code_linear_in_its_size()
    {
        // Each rung is a select whose else side is the rest of the ladder: written as nested if/else blocks (one
        // indentation level per rung) the output was quadratic, 44 MB for 1,500 rungs (issue 13).
        // (Size only: the generator's time on this input is another matter, see the output.)
        string source = LargeInputs.Ladder(1_500);
        string text = GenerateSized("1,500-rung ladder", source);
        string half = GenerateSized("750-rung ladder", LargeInputs.Ladder(750));
        AssertLinear(half.Length, text.Length);
        int longestIndent = text.Split('\n').Max(line => line.Length - line.TrimStart(' ').Length);
        output.WriteLine($"source {source.Length} characters, generated {text.Length}, deepest indentation {longestIndent}");
        Assert.True(text.Length < 40 * source.Length, $"{text.Length} characters generated from {source.Length}");
        Assert.True(longestIndent <= 40, $"indented {longestIndent} spaces");
    }

    [Fact]
    public void Three_thousand_deep_nesting_does_not_crash_the_generator()
    {
        // Deep enough that building Roslyn's IOperation tree for it could overflow a thread-pool thread's stack
        // (the analyzers run there); DiffGen measures the syntax first and reports DIFF010 without asking for it.
        // Ten thousand levels also overflow the C# compiler itself (an InsufficientExecutionStackException out of
        // its method compiler), which is no test of DiffGen.
        var result = GeneratorHarness.RunWithAnalyzers(LargeInputs.DeepUnary(3_000));
        output.WriteLine($"3,000-deep nesting: generator ran {result.GeneratorTime.TotalMilliseconds:F0} ms");

        GeneratorAssert.NoCrash(result);
        Assert.Empty(result.GeneratedSources);
        Assert.True(result.GeneratorTime < BlowUpGuard, $"took {result.GeneratorTime}");

        // Roslyn itself may give up first (CS8078, expression too complex); then the method has a compiler error and
        // DiffGen stays silent. Otherwise DiffGen must say why it generated nothing.
        bool compilerGaveUp = result.CompilationDiagnostics.Any(d => d.Id == "CS8078");
        if (compilerGaveUp)
        {
            Assert.Empty(result.DiffGenDiagnostics);
        }
        else
        {
            Assert.Equal("DIFF010", Assert.Single(result.DiffGenDiagnostics).Id);
        }
    }

    /// <summary>Runs the generator on <paramref name="source"/>, asserts silence, clean compilation and speed; returns the generated text.</summary>
    private string GenerateChecked(string label, string source, out GeneratorRunResult result)
    {
        _ = WarmUp.Value;
        result = GeneratorHarness.Run(source);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        var text = Assert.Single(result.GeneratedSources).Text;
        output.WriteLine($"{label}: generator ran {result.GeneratorTime.TotalMilliseconds:F0} ms, {text.Length} characters generated");
        Assert.True(result.GeneratorTime < BlowUpGuard, $"{label} took {result.GeneratorTime}");
        return text;
    }

    /// <summary>Runs the generator on <paramref name="source"/>, asserts silence and clean compilation; returns the generated text.</summary>
    private string GenerateSized(string label, string source)
    {
        _ = WarmUp.Value;
        GeneratorRunResult result = GeneratorHarness.Run(source);
        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = Assert.Single(result.GeneratedSources).Text;
        output.WriteLine($"{label}: generator ran {result.GeneratorTime.TotalMilliseconds:F0} ms, {text.Length} characters generated");
        return text;
    }

    /// <summary>Doubling the input may at most (roughly) double the output; quadratic or exponential growth fails.</summary>
    private void AssertLinear(int sizeForN, int sizeFor2N)
    {
        double ratio = (double)sizeFor2N / sizeForN;
        output.WriteLine($"size ratio 2N/N: {ratio:F2}");
        Assert.True(ratio < 2.5, $"Generated text grew by {ratio:F2}x when the input doubled ({sizeForN} -> {sizeFor2N}).");
    }
}
