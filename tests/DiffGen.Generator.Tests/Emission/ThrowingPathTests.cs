using System;
using System.Linq;
using DiffGen.Generator.Tests.Numerics;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// A path that throws (a <c>throw</c> in a guard, <c>Math.Clamp</c> with constant bounds in the wrong order) makes the
/// generated derivative throw on exactly the method's inputs, with the same exception, and its doc comment says so;
/// the throwing path's slope is the call that throws, not <c>0 · call</c>.
/// </summary>
public sealed class ThrowingPathTests
{
    private const string Source = """
        using System;
        using DiffGen;
        namespace T;
        public static partial class C
        {
            [Differentiable] public static double Guarded(double x) => x >= 0 ? Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));
            [Differentiable] public static double Reversed(double x) => x > 5.0 ? Math.Clamp(x, 1.0, 0.0) : x * x;
            [Differentiable] public static double Guarded2(double x, double y)
            {
                if (y == 0) { throw new DivideByZeroException(); }
                return x / y;
            }
            [Differentiable] public static double NoThrow(double x) => x * x;
        }
        """;

    [Fact]
    public void The_derivative_throws_where_the_method_throws_and_says_so()
    {
        GeneratorRunResult result = GeneratorHarness.Run(Source);
        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesWithoutErrors(result);
        string text = string.Concat(result.GeneratedSources.Select(s => s.Text));
        foreach (string member in new[] { "GuardedDerivative(double x)", "ReversedDerivative(double x)", "GuardedBackward(double x, double dy)", "Guarded2Backward(double x, double y, double " })
        {
            Assert.Contains("Throws on the same inputs as", Doc(text, member));
        }

        Assert.DoesNotContain("Throws on the same inputs", Doc(text, "NoThrowDerivative(double x)"));
        Assert.DoesNotContain("0.0 * ", text);
        Assert.DoesNotContain("0 · ", text);

        Compiled c = Compiled.Of(GeneratorHarness.CompileAndLoad(result.OutputCompilation), "T.C");
        Assert.Equal(0.25, c.Call("GuardedDerivative", 4.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.Call("GuardedDerivative", -1.0));
        Assert.Equal(4.0, c.Call("ReversedDerivative", 2.0));
        Assert.Throws<ArgumentException>(() => c.Call("ReversedDerivative", 6.0));
        Assert.Throws<ArgumentException>(() => c.Call("Reversed", 6.0));
        Assert.Equal(new[] { 0.5, -1.5 / 4 }, c.CallTuple("Guarded2Backward", 1.5, 2.0, 1.0));
        Assert.Throws<DivideByZeroException>(() => c.CallTuple("Guarded2Backward", 1.0, 0.0, 1.0));
    }

    /// <summary>The doc comment just above the member whose signature ends with <paramref name="signature"/>.</summary>
    private static string Doc(string text, string signature)
    {
        int at = text.IndexOf(signature, StringComparison.Ordinal);
        Assert.True(at >= 0, signature + " not generated");
        string[] lines = text.Substring(0, at).Split('\n');
        return string.Join("\n", lines.Reverse().Skip(1).TakeWhile(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal) || l.TrimStart().StartsWith("[", StringComparison.Ordinal)));
    }
}
