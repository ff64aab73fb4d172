namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>A small project of three types with [Differentiable] methods, one calling across types, plus an unrelated file.</summary>
internal static class Sources
{
    /// <summary>The file with <c>Sample.Activations</c>, whose <c>Caller</c> calls <c>Helpers.Square</c>.</summary>
    public const string ActivationsPath = "Activations.cs";

    /// <summary>The file with <c>Sample.Helpers</c>.</summary>
    public const string HelpersPath = "Helpers.cs";

    /// <summary>The file with <c>Sample.Losses</c>.</summary>
    public const string LossesPath = "Losses.cs";

    /// <summary>A file without any [Differentiable] method.</summary>
    public const string UnrelatedPath = "Unrelated.cs";

    /// <summary>The hint name of Activations' generated file.</summary>
    public const string ActivationsFile = "Sample.Activations.g.cs";

    /// <summary>The hint name of Helpers' generated file.</summary>
    public const string HelpersFile = "Sample.Helpers.g.cs";

    /// <summary>The hint name of Losses' generated file.</summary>
    public const string LossesFile = "Sample.Losses.g.cs";

    /// <summary>Source of <see cref="ActivationsPath"/>.</summary>
    public const string Activations = """
        using System;
        using DiffGen;

        namespace Sample;

        public static partial class Activations
        {
            // A comment the tests edit.
            [Differentiable]
            public static double Softplus(double x) => Math.Log(1.0 + Math.Exp(x));

            [Differentiable]
            public static double Caller(double x) => Helpers.Square(x) + 3.0 * x;
        }
        """;

    /// <summary>Source of <see cref="HelpersPath"/>.</summary>
    public const string Helpers = """
        using System;
        using DiffGen;

        namespace Sample;

        public static partial class Helpers
        {
            [Differentiable]
            public static double Square(double x) => x * x;
        }
        """;

    /// <summary>Source of <see cref="LossesPath"/>.</summary>
    public const string Losses = """
        using System;
        using DiffGen;

        namespace Sample;

        public static partial class Losses
        {
            [Differentiable]
            public static double Squared(double prediction, double target) => (prediction - target) * (prediction - target);

            [Differentiable]
            public static float Scaled(float x) => 0.5f * x;
        }
        """;

    /// <summary>Source of <see cref="UnrelatedPath"/>.</summary>
    public const string Unrelated = """
        namespace Sample;

        public static class Unrelated
        {
            public static int Answer() => 42;
        }
        """;

    /// <summary>A tracked run over all four files.</summary>
    public static TrackedRun Start() => new(
        (ActivationsPath, Activations),
        (HelpersPath, Helpers),
        (LossesPath, Losses),
        (UnrelatedPath, Unrelated));
}
