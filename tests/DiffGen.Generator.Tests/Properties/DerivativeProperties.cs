using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>
/// Property tests: random expression trees over every supported operation, differentiated by the
/// generator, must agree with an independent dual-number evaluation (and with finite differences)
/// wherever the function is smooth.
/// </summary>
public sealed class DerivativeProperties
{
    // Compiling is the cost, so many functions share one generator run.
    private const int BatchSize = 40;

    private readonly ITestOutputHelper _output;

    /// <summary>Creates the test class with xunit's output sink.</summary>
    public DerivativeProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Double_derivatives_match_dual_numbers_and_finite_differences()
    {
        var stats = new CheckStats();
        ExprGen.Function.Array[BatchSize].Sample(
            batch => DerivativeChecks.RunBatch(batch, isFloat: false, stats),
            writeLine: _output.WriteLine,
            iter: PropertySettings.Iterations(3),
            threads: 1,
            print: Describe);
        _output.WriteLine(stats.ToString());

        // Guards against a vacuous pass: most random points must survive the smoothness filters.
        Assert.True(stats.Compared >= stats.Functions / 2, "too few points compared: " + stats);
        Assert.True(stats.FiniteDifferenceChecks >= stats.Functions / 2, "too few finite-difference checks: " + stats);
    }

    [Fact]
    public void Float_derivatives_match_double_dual_numbers()
    {
        var stats = new CheckStats();
        ExprGen.Function.Array[BatchSize].Sample(
            batch => DerivativeChecks.RunBatch(batch, isFloat: true, stats),
            writeLine: _output.WriteLine,
            iter: PropertySettings.Iterations(2),
            threads: 1,
            print: Describe);
        _output.WriteLine(stats.ToString());
        Assert.True(stats.Compared >= stats.Functions / 2, "too few points compared: " + stats);
    }

    private static string Describe(TestFunction[] batch) =>
        $"a batch of {batch.Length} functions; the failing one and its shrunk form are in the exception message";
}
