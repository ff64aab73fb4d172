using System;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>
/// The generator runs on every keystroke in the IDE, so it sees broken code all the time: random edits of
/// valid programs (spans deleted, garbage inserted, text cut off) must never crash it or make it emit
/// broken code.
/// </summary>
public sealed class MutationProperties
{
    private readonly ITestOutputHelper _output;

    /// <summary>Creates the test class with xunit's output sink.</summary>
    public MutationProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Unmutated_programs_are_valid_and_fully_generated()
    {
        // The starting point of the mutations must be good code, or the other properties test little.
        MutationGen.Program.Sample(
            p =>
            {
                GeneratorRunResult result = GeneratorHarness.Run(p.Source);
                Assert.Empty(result.GeneratorDiagnostics);
                Assert.DoesNotContain(result.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

                // Every differentiable method gets members; the two deliberately unsupported ones get none.
                string generated = string.Concat(result.GeneratedSources.Select(g => g.Text));
                Assert.All(new[] { "Alpha", "Kappa", "Sigma", "Square" }, name => Assert.Contains(" " + name + "Backward(", generated, StringComparison.Ordinal));
                Assert.All(new[] { "Omega", "Theta" }, name => Assert.DoesNotContain(" " + name + "Backward(", generated, StringComparison.Ordinal));
            },
            iter: PropertySettings.Iterations(5),
            threads: 1,
            print: p => p.Source);
    }

    [Fact]
    public void Edited_programs_never_crash_the_generator_or_break_generated_code()
    {
        int runs = 0, withOutput = 0;
        MutationGen.Program.Sample(
            p =>
            {
                GeneratorRunResult result = GeneratorHarness.Run(p.Mutated);
                runs++;
                withOutput += result.GeneratedSources.Count > 0 ? 1 : 0;
                var all = result.GeneratorDiagnostics.Concat(result.CompilationDiagnostics).ToList();

                // DIFF000 is DiffGen's internal error; CS8784/CS8785 are the compiler reporting a generator that threw.
                var crashes = all.Where(d => d.Id is "DIFF000" or "CS8784" or "CS8785").ToList();
                if (crashes.Count > 0)
                {
                    throw new XunitException("Generator crashed:\n" + string.Join("\n", crashes));
                }

                // The user's broken code has errors of its own; the generated files must have none.
                var generatedErrors = result.CompilationDiagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error && GeneratedBatch.IsGenerated(d))
                    .ToList();
                if (generatedErrors.Count > 0)
                {
                    throw new XunitException("Errors in generated code:\n" + string.Join("\n", generatedErrors) +
                        "\n--- generated ---\n" + string.Join("\n", result.GeneratedSources.Select(g => g.Text)));
                }
            },
            iter: PropertySettings.Iterations(40),
            threads: 1,
            print: p => p.ToString());

        // Edits mostly leave some methods intact: the generated-code check must have had code to check.
        _output.WriteLine($"{runs} edited programs, {withOutput} with generated output");
        Assert.True(withOutput >= runs / 4, $"only {withOutput} of {runs} edited programs produced output");
    }
}
