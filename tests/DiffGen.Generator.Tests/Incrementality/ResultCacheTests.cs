using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>
/// The generator remembers each method's result while the files it depended on are unchanged; these edits
/// happen outside the method's own file and must still reach its generated code (no stale derivative).
/// </summary>
public sealed class ResultCacheTests
{
    private const string Functions = """
        using DiffGen;
        namespace Cache;
        public static partial class Functions
        {
            public static double Helper(double x)
            {
                double s = 0;
                for (int i = 0; i < 3; i++) { s += x; }
                return s;
            }

            [Differentiable]
            public static double Scaled(double x) => Constants.Factor * x;

            [Differentiable]
            public static double UsesHelper(double x) => Helper(x) * x;
        }
        """;

    private const string ConstantsFile = """
        namespace Cache;
        public static class Constants
        {
            public const double Factor = 2.0;
        }
        """;

    [Fact]
    public void Changing_a_constant_in_another_file_changes_the_derivative()
    {
        var run = new TrackedRun(("Functions.cs", Functions), ("Constants.cs", ConstantsFile));
        Assert.Contains("ScaledDerivative(double x) => 2.0;", Generated(run));

        run.Replace("Constants.cs", "Factor = 2.0", "Factor = 3.0");

        Assert.Contains("ScaledDerivative(double x) => 3.0;", Generated(run));
    }

    /// <summary>
    /// C# folds <c>2 * Constants.Factor</c> into one literal and an int const into a double one: no rule visits those
    /// field references, so the constants' file was not recorded and the remembered derivative went stale.
    /// </summary>
    [Fact]
    public void Changing_a_constant_folded_into_a_literal_changes_the_derivative()
    {
        var run = new TrackedRun(("Folded.cs", """
            using DiffGen;
            namespace Cache;
            public static partial class Folded
            {
                [Differentiable] public static double Doubled(double x) => (2 * Constants.Factor) * x;
                [Differentiable] public static double Counted(double x) => Constants.Count * x;
                [Differentiable] public static double Matched(double x) => x is Constants.Missing ? 0 : x;
            }
            """), ("Constants.cs", """
            namespace Cache;
            public static class Constants
            {
                public const double Factor = 2.0;
                public const int Count = 7;
                public const double Missing = double.NaN;
            }
            """));
        Assert.Contains("DoubledDerivative(double x) => 4.0;", Generated(run));
        Assert.Contains("CountedDerivative(double x) => 7.0;", Generated(run));
        Assert.Contains("double.IsNaN(x)", Generated(run));

        run.Replace("Constants.cs", "Factor = 2.0", "Factor = 3.0");
        run.Replace("Constants.cs", "Count = 7", "Count = 9");
        run.Replace("Constants.cs", "Missing = double.NaN", "Missing = 1.5");

        Assert.Contains("DoubledDerivative(double x) => 6.0;", Generated(run));
        Assert.Contains("CountedDerivative(double x) => 9.0;", Generated(run));
        Assert.DoesNotContain("double.IsNaN(x)", Generated(run));
    }

    [Fact]
    public void A_derivative_registered_in_a_new_partial_part_is_used()
    {
        var run = new TrackedRun(("Functions.cs", Functions), ("Constants.cs", ConstantsFile));
        Assert.DoesNotContain("UsesHelperDerivative", Generated(run));

        run.Add("Registration.cs", """
            using DiffGen;
            namespace Cache;
            public static partial class Functions
            {
                [DerivativeOf(nameof(Helper))]
                public static double HelperDerivative(double x) => 3.0;
            }
            """);

        Assert.Contains("UsesHelperDerivative", Generated(run));
    }

    /// <summary>The generated text with each run of whitespace folded to one space.</summary>
    private static string Generated(TrackedRun run) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join("\n", run.Sources.Values), @"\s+", " ");
}
