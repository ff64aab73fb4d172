using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>
/// Nothing the pipeline caches holds an ISymbol, SyntaxNode, SemanticModel, Compilation, SyntaxTree or Location:
/// such a value keeps a whole compilation alive and, compared by reference, makes every step look modified.
/// </summary>
public sealed class ModelPurityTests
{
    private const string Representative = """
        using System;
        using DiffGen;

        namespace Purity
        {
            public static partial class Functions
            {
                private const double Slope = 0.01;

                [Differentiable]
                public static double Leaky(double x) => x > 0 ? x : Slope * x;

                [Differentiable]
                internal static float Gelu(float x)
                {
                    float c = 0.7978846f;
                    float t = MathF.Tanh(c * (x + 0.044715f * x * x * x));
                    return 0.5f * x * (1f + t);
                }

                [Differentiable]
                public static double Mix(double a, double b, double w) => Math.Clamp(w, 0.0, 1.0) * a + (1 - w) * Math.Max(a, b);

                [Differentiable]
                public static double Calls(double x) => Leaky(x) * Other.Cube(x);

                [Differentiable]
                public static double Loops(double x) { double s = 0; for (int i = 0; i < 3; i++) { s += x; } return s; }
            }

            public partial struct Other
            {
                [Differentiable]
                public static double Cube(double x) => x * x * x;

                public static partial class Nested<T>
                {
                    [Differentiable]
                    public static double Half(double x) => x / 2;
                }
            }
        }
        """;

    [Fact]
    public void Every_tracked_step_output_is_free_of_roslyn_objects()
    {
        TrackedRun run = new(("Representative.cs", Representative), ("Deep.cs", LargeInputs.DeepUnary(1_000)));
        run.Replace("Representative.cs", "x / 2;", "x / 4;");

        var names = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(4, names.Count);

        int values = 0;
        var problems = new List<string>();
        foreach (string name in names)
        {
            // Roslyn records no step that had no entries: the diagnostics step is empty when the generator reports
            // nothing (the analyzers report why a method is not generated); DiagnosticInfo's type is walked below.
            if (name == TrackingNames.Diagnostics && !run.Result.TrackedSteps.ContainsKey(name))
            {
                continue;
            }

            Assert.True(run.Result.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            foreach ((object value, IncrementalStepRunReason _) in run.StepOutputs(name))
            {
                values++;
                problems.AddRange(ModelWalker.FindInValue(value, name));
            }
        }

        Assert.True(values >= 8, $"only {values} step outputs were walked");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData(typeof(MethodResult))]
    [InlineData(typeof(GeneratedFile))]
    [InlineData(typeof(DiagnosticInfo))]
    [InlineData(typeof(ContainingTypeInfo))]
    [InlineData(typeof(TypeDeclarationInfo))]
    public void Model_types_declare_no_field_that_could_hold_a_roslyn_object(Type model)
    {
        var problems = ModelWalker.FindInType(model);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Walker_finds_a_roslyn_object_nested_in_a_tuple_and_an_array()
    {
        // The oracle check: a walker that finds nothing anywhere would pass the tests above vacuously.
        Location location = Location.None;
        object sample = (1, new EquatableArray<string>(), new object[] { "a", new List<object> { location } });

        Assert.Single(ModelWalker.FindInValue(sample, "sample"));
        Assert.NotEmpty(ModelWalker.FindInType(typeof(ValueTuple<int, SyntaxTree>)));
    }

    [Fact]
    public void Model_types_are_value_equatable()
    {
        // Records compare by value; a model compared by reference would make every step look modified on every keystroke.
        foreach (Type model in new[] { typeof(MethodResult), typeof(GeneratedFile), typeof(DiagnosticInfo), typeof(ContainingTypeInfo), typeof(TypeDeclarationInfo) })
        {
            Assert.True(typeof(IEquatable<>).MakeGenericType(model).IsAssignableFrom(model), model.Name);
        }

        var a = new ContainingTypeInfo("A.g.cs", "N", new[] { new TypeDeclarationInfo("partial", "class", "A") }.ToEquatableArray());
        var b = new ContainingTypeInfo("A.g.cs", "N", new[] { new TypeDeclarationInfo("partial", "class", "A") }.ToEquatableArray());
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new MethodResult(a, "F(double)", "m", default), new MethodResult(b, "F(double)", "m", new DiagnosticInfo[0].ToEquatableArray()));
    }
}
