using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// What every rejected method must satisfy, as a consumer sees it (generator and analyzers together): a precise
/// diagnostic, no generated members, no crash, and output that still compiles.
/// </summary>
internal static class RejectionAssert
{
    /// <summary>
    /// Asserts that DiffGen rejected <paramref name="method"/> with a diagnostic <paramref name="id"/> located exactly
    /// on <paramref name="locatedText"/>, generated nothing for it, did not crash, and left a compilation without errors.
    /// </summary>
    /// <returns>The matching diagnostic, for further checks of its message.</returns>
    public static Diagnostic Rejected(GeneratorRunResult result, string id, string locatedText, string method) =>
        Rejected(result, id, new[] { locatedText }, method);

    /// <summary>As <see cref="Rejected(GeneratorRunResult, string, string, string)"/>, accepting any of several locations.</summary>
    public static Diagnostic Rejected(GeneratorRunResult result, string id, string[] locatedTexts, string method)
    {
        GeneratorAssert.NoCrash(result);
        var all = result.DiffGenDiagnostics.ToList();
        var matching = all.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > 0, $"Expected {id}; got:\n" + GeneratorAssert.Describe(result, all));

        var located = matching.FirstOrDefault(d => locatedTexts.Contains(GeneratorAssert.LocatedText(result, d)));
        Assert.True(located is not null,
            $"No {id} located on '{string.Join("' or '", locatedTexts)}'; got:\n" + GeneratorAssert.Describe(result, result.GeneratorDiagnostics));
        Assert.Equal(DiagnosticSeverity.Error, located!.Severity);

        NothingGeneratedFor(result, method);
        GeneratorAssert.CompilesWithoutErrors(result);
        return located;
    }

    /// <summary>The generated code has no derivative, backward or kernel for <paramref name="method"/>.</summary>
    public static void NothingGeneratedFor(GeneratorRunResult result, string method)
    {
        var text = GeneratorAssert.GeneratedFor(result, CaseSource.TypeHint);
        if (text is null)
        {
            return;
        }

        Assert.DoesNotContain(method + "Derivative(", text);
        Assert.DoesNotContain(method + "Backward(", text);
        Assert.DoesNotContain(" " + method + "(global::System.ReadOnlySpan", text);
    }
}
