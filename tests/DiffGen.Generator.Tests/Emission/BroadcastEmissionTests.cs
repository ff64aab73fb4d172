using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Generator.Tests;

/// <summary>
/// What the generator writes for <c>[Broadcast]</c> parameters and at the 16-input limit: code that compiles on every
/// path (SIMD drivers, scalar loops below C# 10), nothing where DIFF014 applies, and a generated size linear in the inputs.
/// </summary>
public sealed class BroadcastEmissionTests
{
    private readonly ITestOutputHelper output;

    public BroadcastEmissionTests(ITestOutputHelper output) => this.output = output;

    private static string Inputs(int count, bool broadcastLast) =>
        string.Join(", ", Enumerable.Range(0, count).Select(k => (broadcastLast && k == count - 1 ? "[Broadcast] " : string.Empty) + $"float a{k}"));

    private static string Sum(int count) => string.Join(" + ", Enumerable.Range(0, count).Select(k => $"a{k} * MathF.Sin(a{(k + 1) % count})"));

    private static string Method(int count, bool broadcastLast) => $$"""
        using System;
        using DiffGen;

        public static partial class Wide
        {
            [Differentiable]
            public static float F({{Inputs(count, broadcastLast)}}) => {{Sum(count)}};
        }
        """;

    [Fact]
    public void Sixteen_inputs_generate_compiling_code_of_linear_size()
    {
        var clock = Stopwatch.StartNew();
        var eight = GeneratorHarness.Run(Method(8, broadcastLast: false));
        long eightMs = clock.ElapsedMilliseconds;
        clock.Restart();
        var sixteen = GeneratorHarness.Run(Method(16, broadcastLast: false));
        long sixteenMs = clock.ElapsedMilliseconds;
        var parametric = GeneratorHarness.Run(Method(16, broadcastLast: true));

        foreach (var result in new[] { eight, sixteen, parametric })
        {
            GeneratorAssert.NoGeneratorDiagnostics(result);
            GeneratorAssert.CompilesCleanly(result);
        }

        int Lines(GeneratorRunResult r) => r.GeneratedSources.Sum(s => s.Text.Split('\n').Length);
        int Characters(GeneratorRunResult r) => r.GeneratedSources.Sum(s => s.Text.Length);
        output.WriteLine($"8 inputs: {Lines(eight)} lines ({Characters(eight)} chars), 16 inputs: {Lines(sixteen)} lines ({Characters(sixteen)} chars), "
            + $"15 spans + 1 broadcast: {Lines(parametric)} lines ({Characters(parametric)} chars); "
            + $"generator and compilation {eightMs} ms and {sixteenMs} ms");

        // Forward mode is one linear pass per input: twice the inputs, at most about four times the code.
        Assert.True(Characters(sixteen) <= 4 * Characters(eight), $"{Characters(sixteen)} characters for 16 inputs vs {Characters(eight)} for 8");
        Assert.Contains("IVectorFunction16<float>", sixteen.GeneratedSources.Single().Text);
        Assert.Contains("IParametricVectorFunction15<float>", parametric.GeneratedSources.Single().Text);
    }

    [Fact]
    public void Seventeen_inputs_are_DIFF003_with_the_limit_in_the_message()
    {
        var result = GeneratorHarness.RunWithAnalyzers(Method(17, broadcastLast: false));

        var diagnostic = Assert.Single(result.DiffGenDiagnostics);
        Assert.Equal("DIFF003", diagnostic.Id);
        Assert.Contains("1 to 16", diagnostic.GetMessage());
        Assert.DoesNotContain(result.GeneratedSources, s => s.Text.Contains("FBackward"));
    }

    [Fact]
    public void One_span_input_gets_the_per_channel_members_with_free_names_and_several_do_not()
    {
        // The span input is named like the per-lane members' argument and a parameter like its type parameter: both
        // must be renamed in the generated members, which then compile.
        var result = GeneratorHarness.Run("""
            using System;
            using DiffGen;

            public static partial class Lanes
            {
                [Differentiable]
                public static float Scaled(float parameters, [Broadcast] float TParameters, [Broadcast] float parameters_ = 2f) => TParameters * MathF.Exp(parameters) + parameters_;

                [Differentiable]
                public static float Two(float x, float z, [Broadcast] float b) => x * z + b;
            }
            """);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.Contains("global::DiffGen.IPerChannelFunction<ScaledKernel, float>", text);
        Assert.DoesNotContain("IPerChannelFunction<TwoKernel", text);
        Assert.Contains("public static V Value<V, TParameters_>(V parameters, in TParameters_ parameters__)", text);
        Assert.Contains("BackwardPartials<V>(parameters, parameters__[0], parameters__[1], dy)", text);
    }

    [Fact]
    public void Below_CSharp_10_broadcast_kernels_are_scalar_loops_with_the_compensated_sum()
    {
        var result = GeneratorHarness.Run(new CSharpParseOptions(LanguageVersion.CSharp9), strict: true, """
            using System;
            using DiffGen;

            public static partial class Old
            {
                [Differentiable]
                public static float Swish(float x, [Broadcast] float beta = 1f) => x / (1f + MathF.Exp(-beta * x));

                [Differentiable]
                public static double Two([Broadcast] double g, double x, double z, [Broadcast] double b) => g * x * z + b;
            }
            """);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.Contains("global::DiffGen.GradientSum<float>", text);
        Assert.Contains("public static (double dg, double db) TwoBackward(double g, global::System.ReadOnlySpan<double> x", text);
        Assert.DoesNotContain("Elementwise", text);
    }

    [Fact]
    public void Nothing_is_generated_where_DIFF014_applies()
    {
        var result = GeneratorHarness.RunWithAnalyzers("""
            using DiffGen;

            public static partial class AllShared
            {
                [Differentiable]
                public static float F([Broadcast] float a, [Broadcast] float b) => a * b;
            }
            """);

        Assert.Equal("DIFF014", Assert.Single(result.DiffGenDiagnostics).Id);
        Assert.DoesNotContain(result.GeneratedSources, s => s.Text.Contains("FBackward"));
        GeneratorAssert.CompilesWithoutErrors(result);
    }
}
