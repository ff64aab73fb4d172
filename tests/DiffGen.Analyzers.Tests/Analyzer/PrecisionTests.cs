using System.Threading.Tasks;
using DiffGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<DiffGen.Analyzers.DifferentiableAnalyzer>;

namespace DiffGen.Analyzers.Tests.Analyzer;

/// <summary>
/// The precision cases of the gradient checks: the standard safe activations and guarded forms raise neither
/// DIFF005 nor DIFF006, and the genuinely singular or discontinuous ones do, at the offending operation.
/// </summary>
public sealed class PrecisionTests
{
    /// <summary>Each is finite with a finite derivative for every real x (softplus, a smooth norm, SiLU, softsign,
    /// the seed activation and its relatives behind their guards, sinc with its removable point excluded).</summary>
    [Theory]
    [InlineData("Math.Log(1 + Math.Exp(x))")]
    [InlineData("Math.Sqrt(x * x + 1)")]
    [InlineData("x / (1 + Math.Exp(-x))")]
    [InlineData("x / (1 + Math.Abs(x))")]
    [InlineData("x >= 0 ? x * x / (x + 0.6) : 0.01 * x")]
    [InlineData("x < 0 ? 0.01 * x : Math.Sqrt(x + 1) - 1")]
    [InlineData("x > 1e-6 ? Math.Log(x) : Math.Log(1e-6)")]
    [InlineData("x == 0 ? 1 : Math.Sin(x) / x")]
    public Task Safe_expressions_raise_no_singularity_or_discontinuity(string body) =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod(body));

    /// <summary>Each has a point where a denominator is zero or a function leaves its domain.</summary>
    [Theory]
    [InlineData("{|DIFF005:x * x / (x + 0.6)|}")]
    [InlineData("{|DIFF005:Math.Log(x)|}")]
    [InlineData("{|DIFF005:Math.Asin(x)|}")]
    [InlineData("x >= 0 ? {|DIFF005:Math.Sqrt(x)|} : 0")]
    public Task Singular_expressions_raise_DIFF005(string body) =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod(body));

    /// <summary>
    /// The guard keeps x in [-3, 3), so x * x reaches 9 at x = -3 and the square root's argument reaches 0, where its
    /// derivative is infinite. Regression: the interval of |[-3, 3)| was [0, 3) (open at 3, as if -3 were excluded
    /// too), so x * x stayed below 9 and the singular point at x = -3 went unreported.
    /// </summary>
    [Fact]
    public Task A_singular_point_at_the_closed_negative_end_of_a_guard_raises_DIFF005() =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod("x >= -3 && x < 3 ? {|DIFF005:Math.Sqrt(9 - x * x)|} : 0"));

    /// <summary>The seed case: the message names the denominator and solves for the input that zeroes it.</summary>
    [Fact]
    public Task Seed_case_message_names_the_denominator_and_the_witness() =>
        Verify.VerifyAnalyzerAsync(
            Sources.DoubleMethod("{|#0:x * x / (x + 0.6)|}"),
            Verify.Diagnostic("DIFF005").WithLocation(0).WithArguments("denominator", "x + 0.6", "is zero", "at x = -0.6"));

    /// <summary>A division by another input can be a division by zero.</summary>
    [Fact]
    public Task Division_by_an_input_raises_DIFF005() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x, double a) => {|DIFF005:x / a|};"));

    /// <summary>At x = 0 the sides are 1 and 0: gradient descent cannot see the jump.</summary>
    [Fact]
    public Task Jump_at_the_boundary_raises_DIFF006() =>
        Verify.VerifyAnalyzerAsync(
            Sources.DoubleMethod("{|#0:x > 0 ? x + 1 : x|}"),
            Verify.Diagnostic("DIFF006").WithLocation(0).WithArguments("x = 0", "1", "0"));

    /// <summary>
    /// A flag set in a branch is a select between two conditions; the comparisons it chooses from flip too: at x = 1
    /// the flag turns on and the sides are 2 and 1.
    /// </summary>
    [Fact]
    public Task Jump_under_a_flag_set_in_a_branch_raises_DIFF006() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("""
                [Differentiable]
                public static double F(double x)
                {
                    bool on = x > 1;
                    if (x < 0)
                    {
                        on = x < -1;
                    }

                    return {|#0:on ? x + 1 : x|};
                }
            """),
            Verify.Diagnostic("DIFF006").WithLocation(0).WithArguments("x = 1", "2", "1"));
}
