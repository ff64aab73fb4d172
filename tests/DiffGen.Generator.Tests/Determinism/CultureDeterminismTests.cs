using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Determinism;

/// <summary>
/// The generated code does not depend on the current culture: a build machine set to German or French must not
/// print <c>0,6f</c> or a Unicode minus into C# source, nor change a single byte of the output.
/// </summary>
public sealed class CultureDeterminismTests
{
    private const string Source = """
        using System;
        using DiffGen;

        namespace Cultures;

        public static partial class Constants
        {
            private const double Offset = -2.5;
            private static readonly float Gain = -0.125f;

            [Differentiable]
            public static float Seed(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;

            [Differentiable]
            public static double Tiny(double x) => Math.Log(x * x + 1e-6) * 2.5 - 3.75 * x;

            [Differentiable]
            public static double Negatives(double a, double b) => -1.5 * a * a + Offset * Math.Exp(-0.5 * b) + 1.5e10 * a * b - 1e-300;

            [Differentiable]
            public static float Mixed(float x)
            {
                float y = Gain * x * x + (float)(0.1 * x);
                if (y < -0.75f)
                {
                    return MathF.Pow(-y, 1.5f) - 1234567.5f;
                }

                return y * 1.25e-3f;
            }
        }
        """;

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    // ICU's Swedish writes negative numbers with U+2212, not '-': a culture-sensitive ToString would not even compile.
    [InlineData("sv-SE")]
    public void Output_is_byte_identical_to_the_invariant_culture_output(string cultureName)
    {
        var expected = RunUnder(CultureInfo.InvariantCulture);
        var actual = RunUnder(CultureInfo.GetCultureInfo(cultureName));

        Assert.Equal(expected.Select(s => s.HintName), actual.Select(s => s.HintName));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Text, actual[i].Text);
            Assert.Equal(Utf8(expected[i].Text), Utf8(actual[i].Text));
        }
    }

    [Fact]
    public void Invariant_culture_output_spells_the_constants_as_csharp_literals()
    {
        string text = Assert.Single(RunUnder(CultureInfo.InvariantCulture)).Text;

        // The derivative of x²/(x + 0.6) keeps 0.6 and the leaky slope; a culture-formatted literal would read 0,6f.
        Assert.Contains("0.6f", text, StringComparison.Ordinal);
        Assert.Contains("0.01f", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0,6", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2212", text, StringComparison.Ordinal);
    }

    private static (string HintName, string Text)[] RunUnder(CultureInfo culture)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture;
        CultureInfo uiCulture0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;

            // The test means nothing if the culture did not take effect (e.g. invariant globalization mode).
            string probe = (-0.5).ToString(CultureInfo.CurrentCulture);
            Assert.True(culture.Equals(CultureInfo.InvariantCulture) ? probe == "-0.5" : probe != "-0.5", $"{culture.Name} formats -0.5 as {probe}");

            var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, Source);
            GeneratorAssert.NoGeneratorDiagnostics(result);
            GeneratorAssert.CompilesCleanly(result);
            Assert.NotEmpty(result.GeneratedSources);
            return result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = uiCulture0;
        }
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
