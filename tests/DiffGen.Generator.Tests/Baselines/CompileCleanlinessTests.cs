using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The generated code must compile in strict consumer projects: warnings as errors with the newest warning wave
/// and nullable enabled, and also in projects stuck on C# 7.3 (no <c>#nullable</c>, no newer syntax).
/// </summary>
public sealed class CompileCleanlinessTests
{
    /// <summary>
    /// Methods written in C# 7.3 (block namespaces, no records): nothing in them needs a newer compiler, so nothing
    /// DiffGen adds may need one either.
    /// </summary>
    private const string CSharp73Source = """
        using System;
        using DiffGen;

        namespace Legacy.Activations
        {
            public static partial class Legacy
            {
                private const float Slope = 0.01f;

                [Differentiable]
                public static float LeakyQuadratic(float x) => x >= 0f ? x * x / (x + 0.6f) : Slope * x;

                [Differentiable]
                public static double Blend(double a, double b)
                {
                    var t = a * b;
                    t += Math.Exp(-a);
                    if (t > 1.0 && !(b < 0.0))
                    {
                        return Math.Sqrt(t);
                    }

                    return Math.Max(a, b) - Legacy.Square(b);
                }

                [Differentiable]
                public static double Square(double x) => x * x;

                public partial struct Inner
                {
                    [Differentiable]
                    internal static float Casted(float x) => (float)Math.Tanh((double)x) * MathF.Cos(x);
                }
            }
        }

        public static partial class LegacyGlobal
        {
            [Differentiable]
            public static float Clamped(float x) => Math.Clamp(x, -1f, 1f) + MathF.Abs(x);
        }
        """;

    [Fact]
    public void All_baseline_inputs_compile_together_with_warnings_as_errors()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, BaselineSources.All.Values.ToArray());

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);

        // One file per containing type: every baseline contributes at least one, CallsDifferentiable two.
        Assert.Equal(BaselineSources.All.Count + 1, result.GeneratedSources.Count);
        Assert.All(result.GeneratedSources, g => Assert.Contains("#nullable enable", g.Text));
    }

    [Fact]
    public void CSharp_7_3_consumer_gets_code_without_nullable_directive_that_compiles_with_warnings_as_errors()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3);

        var result = GeneratorHarness.Run(parseOptions, strict: true, CSharp73Source);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        Assert.Equal(
            new[] { "Legacy.Activations.Legacy.Inner.g.cs", "Legacy.Activations.Legacy.g.cs", "LegacyGlobal.g.cs" },
            result.GeneratedSources.Select(g => g.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.All(result.GeneratedSources, g => Assert.DoesNotContain("#nullable", g.Text));
        Assert.All(
            result.OutputCompilation.SyntaxTrees,
            t => Assert.Equal(LanguageVersion.CSharp7_3, ((CSharpParseOptions)t.Options).LanguageVersion));
    }
}
