using System.IO;
using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>
/// The code fixes as a user without an IDE applies them: <c>dotnet format analyzers</c> on a consumer of the packed
/// package. One run must fix every diagnostic of each ID (it applies one fix-all per ID); DIFF001 and DIFF004 once
/// needed a run per kind of fix. Each ID's cases are in a file of their own, so one ID's edits cannot move another's.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeFixFormatTests
{
    private const string Program = """
        namespace Consumer;

        public static class Program
        {
            public static void Main() { }
        }
        """;

    // DIFF004: an instance method in a type that is not partial, inside another that is not: both kinds of fix.
    private const string NotStaticOrNotPartial = """
        using DiffGen;

        namespace Consumer;

        public class Outer
        {
            public class Layer
            {
                [Differentiable]
                public double Square(double x) => x * x;

                [Differentiable]
                public static double Cube(double x) => x * x * x;
            }
        }
        """;

    // DIFF001: one callee DiffGen can differentiate (gets [Differentiable]), one it cannot (gets a stub).
    private const string NoDerivative = """
        using DiffGen;

        namespace Consumer;

        public static partial class Losses
        {
            [Differentiable]
            public static double Loss(double x) => Smooth(x) + Series(x) + Smooth(2 * x);

            public static double Smooth(double x) => x * x / (1 + x * x);

            public static double Series(double x)
            {
                double sum = 0;
                for (int k = 1; k <= 3; k++)
                {
                    sum += x / k;
                }

                return sum;
            }
        }
        """;

    // DIFF009: double Math in float methods, several per method and in two methods.
    private const string DoubleMath = """
        using System;
        using DiffGen;

        namespace Consumer;

        public static partial class Activations
        {
            [Differentiable]
            public static float Swish(float x) => x / (1f + (float)Math.Exp(-x));

            [Differentiable]
            public static float Mixed(float x) => (float)Math.Tanh(x) * (float)Math.Sqrt(x * x + 1f);
        }
        """;

    // C# 14: DiffGen cannot add members to an extension block; it must say so in C# terms (it once said "Type '' must be partial").
    private const string ExtensionBlock = """
        using DiffGen;

        namespace Consumer;

        public static partial class Extensions
        {
            extension(double value)
            {
                [Differentiable]
                public static double Twice(double x) => 2 * x;
            }
        }
        """;

    private readonly PackedPackage package;

    /// <summary>Receives the package packed for this run.</summary>
    public CodeFixFormatTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void One_dotnet_format_run_applies_every_fix_of_DIFF001_DIFF004_and_DIFF009_and_leaves_nothing_to_fix()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        string directory = ConsumerProject.Create(package, "consumer-format", "net10.0", Program);
        File.WriteAllText(Path.Combine(directory, "Layers.cs"), NotStaticOrNotPartial);
        File.WriteAllText(Path.Combine(directory, "Losses.cs"), NoDerivative);
        File.WriteAllText(Path.Combine(directory, "Activations.cs"), DoubleMath);

        ProcessResult format = Dotnet.Run(directory, "format", "analyzers", Path.Combine(directory, "Consumer.csproj"),
            "--diagnostics", "DIFF001", "DIFF004", "DIFF009", "--severity", "info", "--verbosity", "detailed");

        Assert.True(format.ExitCode == 0, format.Describe());
        string layers = File.ReadAllText(Path.Combine(directory, "Layers.cs"));
        Assert.Contains("public partial class Outer", layers);
        Assert.Contains("public partial class Layer", layers);
        Assert.Contains("public static double Square(double x)", layers);

        string losses = File.ReadAllText(Path.Combine(directory, "Losses.cs"));
        Assert.Contains("[Differentiable]\n    public static double Smooth(double x)", losses.Replace("\r\n", "\n"));
        Assert.Contains("[DerivativeOf(nameof(Series))]", losses);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(losses, "DerivativeOf"));

        string activations = File.ReadAllText(Path.Combine(directory, "Activations.cs"));
        Assert.Contains("x / (1f + MathF.Exp(-x))", activations);
        Assert.Contains("MathF.Tanh(x) * MathF.Sqrt(x * x + 1f)", activations);
        Assert.DoesNotContain("Math.", activations.Replace("MathF.", string.Empty));

        // Nothing left to fix, and the one diagnostic no fix can remove speaks in C# terms.
        File.WriteAllText(Path.Combine(directory, "Extensions.cs"), ExtensionBlock);
        ProcessResult build = Dotnet.Run(directory, "build", directory, "-c", "Release");
        string output = build.Describe();
        Assert.DoesNotContain("DIFF001", output);
        Assert.DoesNotContain("DIFF004", output);
        Assert.DoesNotContain("DIFF009", output);
        Assert.Contains("DIFF003: A method in an extension block ('Twice'", output);
        Assert.DoesNotContain("Type '' must be partial", output);
    }
}
