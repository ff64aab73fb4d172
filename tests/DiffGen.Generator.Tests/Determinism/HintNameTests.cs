using System;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The compiler compares hint names ignoring case and drops every generated file (CS8785) when two collide: names must be
/// unique under that comparison, for types whose names differ only by case or meet after generic-arity mangling.
/// </summary>
public sealed class HintNameTests
{
    private const string Relu = """
        using DiffGen;

        namespace Cases;

        public static partial class Relu
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """;

    private const string ReLU = """
        using DiffGen;

        namespace Cases;

        public static partial class ReLU
        {
            [Differentiable]
            public static double G(double x) => x * x * x;
        }
        """;

    private const string PairOfT = """
        using DiffGen;

        namespace Cases;

        public partial class Pair<T>
        {
            [Differentiable]
            public static double H(double x) => 2 * x;
        }
        """;

    private const string Pair1 = """
        using DiffGen;

        namespace Cases;

        public partial class Pair_1
        {
            [Differentiable]
            public static double K(double x) => x + x * x;
        }
        """;

    [Fact]
    public void Types_differing_only_by_case_or_colliding_after_arity_mangling_all_get_their_files()
    {
        var result = GeneratorHarness.Run(Relu, ReLU, PairOfT, Pair1);

        GeneratorAssert.NoCrash(result);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "CS8784");
        Assert.Equal(4, result.GeneratedSources.Count);
        Assert.Equal(4, result.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        GeneratorAssert.CompilesCleanly(result);
        foreach (string member in new[] { "FDerivative(double x)", "GDerivative(double x)", "HDerivative(double x)", "KDerivative(double x)" })
        {
            Assert.Single(result.GeneratedSources, s => s.Text.Contains(member, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Colliding_names_do_not_depend_on_source_order()
    {
        var forward = GeneratorHarness.Run(Relu, ReLU, PairOfT, Pair1);
        var backward = GeneratorHarness.Run(Pair1, PairOfT, ReLU, Relu);

        Assert.Equal(
            forward.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.Text)),
            backward.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.Text)));
        // The first in ordinal order keeps the plain name, so a lone type's file name never changes.
        Assert.Contains(forward.GeneratedSources, s => s.HintName == "Cases.ReLU.g.cs");
        Assert.Contains(forward.GeneratedSources, s => s.HintName == "Cases.Relu.2.g.cs");
    }
}
