using CsCheck;
using Xunit;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>Generated code must compile without warnings for any valid input, not only without errors.</summary>
public sealed class WarningProperties
{
    [Fact]
    public void Generated_code_for_random_functions_has_no_warnings()
    {
        // Generate and check diagnostics only (no emit, no evaluation), so a batch is cheaper; both scalar types.
        // (This found "x == x" re-emitted into generated code after folding "(c ? x : x) == x": CS1718.)
        Gen.Select(ExprGen.Function.Array[40], Gen.Bool).Sample(
            (batch, isFloat) => GeneratedBatch.Generate(batch, isFloat),
            iter: PropertySettings.Iterations(2),
            threads: 1,
            print: t => $"a batch of {t.Item1.Length} {(t.Item2 ? "float" : "double")} functions; the source is in the exception message");
    }
}
