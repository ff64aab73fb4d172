using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Determinism;

/// <summary>
/// The generated files do not depend on the order in which methods, types and files are declared: reordering
/// code (or the IDE handing files to the compiler in another order) must not rewrite generated files.
/// </summary>
public sealed class DeclarationOrderTests
{
    private static readonly string[] ActivationMethods =
    {
        "[Differentiable] public static double Softplus(double x) => Math.Log(1.0 + Math.Exp(x));",
        "[Differentiable] public static float Softsign(float x) => x / (1f + MathF.Abs(x));",
        "[Differentiable] public static double Blend(double a, double b) => a * Math.Tanh(b);",
        "[Differentiable] internal static double Cube(double x) => x * x * x;",
        "[Differentiable] public static double Chain(double x) => Losses.Squared(Cube(x), 1.0);",
    };

    private static readonly string[] LossMethods =
    {
        "[Differentiable] public static double Squared(double p, double t) => (p - t) * (p - t);",
        "[Differentiable] public static double Absolute(double p, double t) => Math.Abs(p - t);",
    };

    private static readonly string[] NestedMethods =
    {
        "[Differentiable] public static float Half(float x) => x / 2f;",
        "[Differentiable] public static float Twice(float x) => x * 2f;",
    };

    [Fact]
    public void Permuting_methods_and_types_within_one_file_gives_identical_files()
    {
        var expected = Generate(OneFile(ActivationMethods, LossMethods, NestedMethods, typesReversed: false));

        var actual = Generate(OneFile(Reversed(ActivationMethods), Rotated(LossMethods), Reversed(NestedMethods), typesReversed: true));

        AssertSameFiles(expected, actual);
    }

    [Fact]
    public void Permuting_files_and_splitting_partial_types_across_files_gives_identical_files()
    {
        var expected = Generate(OneFile(ActivationMethods, LossMethods, NestedMethods, typesReversed: false));

        // Each type's methods spread over three files, every part with the same modifiers, in two file orders.
        string[] files =
        {
            Part("Activations", ActivationMethods.Take(2)) + Part("Losses", LossMethods.Take(1)),
            Part("Activations", ActivationMethods.Skip(2).Take(2)) + Nested(NestedMethods.Take(1)),
            Nested(NestedMethods.Skip(1)) + Part("Losses", LossMethods.Skip(1)) + Part("Activations", ActivationMethods.Skip(4)),
        };

        AssertSameFiles(expected, Generate(files));
        AssertSameFiles(expected, Generate(files.Reverse().ToArray()));
        AssertSameFiles(expected, Generate(new[] { files[1], files[2], files[0] }));
    }

    [Fact]
    public void Modifiers_given_on_only_one_part_of_a_partial_type_do_not_depend_on_file_order()
    {
        // C# lets one part carry 'sealed' (or 'unsafe', 'abstract') for all: which part the generator copies
        // the modifiers from must not depend on which file the compiler sees first.
        string sealedPart = Header + "public sealed partial class Model\n{\n    [Differentiable] public static double A(double x) => x * x;\n}\n";
        string plainPart = Header + "public partial class Model\n{\n    [Differentiable] public static double B(double x) => Math.Sin(x);\n}\n";

        var first = Generate(sealedPart, plainPart);
        var second = Generate(plainPart, sealedPart);

        AssertSameFiles(first, second);
    }

    [Fact]
    public void Overloads_in_either_order_give_identical_compiling_files()
    {
        // Overloads share a name, so only the parameter types order them; the generated file must compile too.
        string doubleOverload = "[Differentiable] public static double Softplus(double x) => Math.Log(1.0 + Math.Exp(x));";
        string floatOverload = "[Differentiable] public static float Softplus(float x) => MathF.Log(1f + MathF.Exp(x));";

        var first = Generate(Part("Overloads", new[] { doubleOverload, floatOverload }));
        var second = Generate(Part("Overloads", new[] { floatOverload, doubleOverload }));

        AssertSameFiles(first, second);
    }

    private const string Header = "using System;\nusing DiffGen;\n\nnamespace Ordered;\n\n";

    private static string OneFile(string[] activations, string[] losses, string[] nested, bool typesReversed)
    {
        string[] types = { Part("Activations", activations), Part("Losses", losses), Nested(nested) };
        return string.Concat(typesReversed ? types.Reverse() : types);
    }

    private static string Part(string type, IEnumerable<string> methods) =>
        $"namespace Ordered\n{{\n    public static partial class {type}\n    {{\n        {string.Join("\n\n        ", methods)}\n    }}\n}}\n\n";

    private static string Nested(IEnumerable<string> methods) =>
        $"namespace Ordered\n{{\n    public partial struct Outer\n    {{\n        public static partial class Inner\n        {{\n            {string.Join("\n\n            ", methods)}\n        }}\n    }}\n}}\n\n";

    private static string[] Reversed(string[] items) => items.Reverse().ToArray();

    private static string[] Rotated(string[] items) => items.Skip(1).Concat(items.Take(1)).ToArray();

    private static SortedDictionary<string, string> Generate(params string[] files)
    {
        string[] sources = files.Select(f => f.StartsWith("using", StringComparison.Ordinal) ? f : "using System;\nusing DiffGen;\n\n" + f).ToArray();
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, sources);
        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        Assert.NotEmpty(result.GeneratedSources);
        return new SortedDictionary<string, string>(result.GeneratedSources.ToDictionary(s => s.HintName, s => s.Text), StringComparer.Ordinal);
    }

    private static void AssertSameFiles(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (string hintName in expected.Keys)
        {
            Assert.Equal(expected[hintName], actual[hintName]);
        }
    }
}
