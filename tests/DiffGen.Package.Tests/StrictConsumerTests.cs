using System;
using System.IO;
using System.Linq;
using System.Security;
using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>
/// Library consumers of the package: a netstandard2.0 library (no Span, no MathF) and a net10.0 library with
/// every analyzer rule on and warnings as errors. Generated code must build without a single warning in both.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class StrictConsumerTests
{
    // Float functions go through Math, since netstandard2.0 has no MathF. Nothing here may draw a DIFF warning,
    // so any warning in the build comes from the generated code or from the package itself.
    private const string NetStandardLibrary = """
        using System;
        using DiffGen;

        namespace Consumer
        {
            public static partial class Functions
            {
                private const double Slope = 0.01;

                [Differentiable]
                public static double Softplus(double x) => Math.Log(1.0 + Math.Exp(x));

                [Differentiable]
                public static double Leaky(double x) => x > 0.0 ? x : Slope * x;

                [Differentiable]
                public static float Swish(float x) => x / (1f + (float)Math.Exp(-x));

                [Differentiable]
                public static double Blend(double a, double b) => Math.Max(a, b) * Math.Tanh(a - b) + Softplus(b);
            }
        }
        """;

    // Rich enough to exercise every kind of generated member: single and several inputs, float and double, block
    // bodies, calls to [Differentiable] and [DerivativeOf] methods, internal accessibility, struct and nested types.
    private const string StrictLibrary = """
        using System;
        using DiffGen;

        namespace Consumer;

        /// <summary>Activations.</summary>
        public static partial class Activations
        {
            private const float Slope = 0.01f;

            /// <summary>Leaky ReLU.</summary>
            [Differentiable]
            public static float Leaky(float x) => x >= 0f ? x : Slope * x;

            /// <summary>GELU, tanh approximation.</summary>
            [Differentiable]
            public static double Gelu(double x)
            {
                double inner = 0.7978845608 * (x + 0.044715 * x * x * x);
                if (inner > 20.0)
                {
                    return x;
                }

                return 0.5 * x * (1.0 + Math.Tanh(inner));
            }

            /// <summary>Mish.</summary>
            [Differentiable]
            public static float Mish(float x) => x * MathF.Tanh(MathF.Log(1f + MathF.Exp(x)));

            /// <summary>A weighted mix.</summary>
            [Differentiable]
            internal static double Mix(double a, double b, double w) => Math.Clamp(w, 0.0, 1.0) * a + (1.0 - Math.Clamp(w, 0.0, 1.0)) * Gelu(b);

            /// <summary>Calls a function with a registered derivative.</summary>
            [Differentiable]
            public static double ScaledSoftsign(double x) => 2.5 * Special.Softsign(-1e-6 + x);
        }

        /// <summary>A function with a hand-written derivative.</summary>
        public static partial class Special
        {
            /// <summary>x / (1 + |x|).</summary>
            public static double Softsign(double x) => x / (1.0 + Math.Abs(x));

            /// <summary>The derivative of <see cref="Softsign"/>.</summary>
            [DerivativeOf(nameof(Softsign))]
            public static double SoftsignPrime(double x)
            {
                double d = 1.0 + Math.Abs(x);
                return 1.0 / (d * d);
            }
        }

        /// <summary>Losses (internal: latest-all flags public structs without equality members and public nested types).</summary>
        internal partial struct Losses
        {
            /// <summary>Squared error.</summary>
            [Differentiable]
            public static float Squared(float prediction, float target) => (prediction - target) * (prediction - target);

            /// <summary>Nested type.</summary>
            public static partial class Robust
            {
                /// <summary>Huber loss.</summary>
                [Differentiable]
                public static double Huber(double r) => Math.Abs(r) <= 1.0 ? 0.5 * r * r : Math.Abs(r) - 0.5;
            }
        }
        """;

    private readonly PackedPackage package;

    /// <summary>Receives the package packed for this run.</summary>
    public StrictConsumerTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Netstandard20_library_builds_without_warnings_and_without_span_kernels()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        string directory = CreateLibrary("consumer-netstandard20", "netstandard2.0", "<LangVersion>latest</LangVersion>", NetStandardLibrary);

        ProcessResult build = Dotnet.Run(directory, "build", directory, "-c", "Release", "-p:EmitCompilerGeneratedFiles=true");

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(!build.StandardOutput.Contains("warning", StringComparison.OrdinalIgnoreCase) || build.StandardOutput.Contains(" 0 Warning(s)", StringComparison.Ordinal), build.Describe());

        string generated = GeneratedText(directory);
        Assert.Contains("SoftplusDerivative", generated, StringComparison.Ordinal);
        Assert.Contains("BlendBackward", generated, StringComparison.Ordinal);
        Assert.Contains("SwishBackward", generated, StringComparison.Ordinal);

        // netstandard2.0 has no Span<T> (without System.Memory): the kernels must be left out, not emitted broken.
        Assert.DoesNotContain("Span<", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("MathF", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Net10_library_with_all_analyzers_and_warnings_as_errors_builds_cleanly()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        string properties = """
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <AnalysisLevel>latest-all</AnalysisLevel>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            """;
        string directory = CreateLibrary("consumer-strict-net10", "net10.0", properties, StrictLibrary);

        ProcessResult build = Dotnet.Run(directory, "build", directory, "-c", "Release", "-p:EmitCompilerGeneratedFiles=true");

        // Name each generated-code diagnostic (rule ID and line) so a failure says exactly what DiffGen must fix.
        string[] fromGenerated = (build.StandardOutput + build.StandardError)
            .Split('\n')
            .Where(l => l.Contains(".g.cs", StringComparison.Ordinal) && (l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal)))
            .Select(l => l.Trim())
            .Distinct()
            .ToArray();
        Assert.True(fromGenerated.Length == 0, "Generated code has diagnostics:\n" + string.Join("\n", fromGenerated));
        Assert.True(build.ExitCode == 0, build.Describe());

        string generated = GeneratedText(directory);
        Assert.Contains("GeluBackward", generated, StringComparison.Ordinal);
        Assert.Contains("ScaledSoftsignDerivative", generated, StringComparison.Ordinal);
        Assert.Contains("HuberDerivative", generated, StringComparison.Ordinal);
        Assert.Contains("global::System.Span<", generated, StringComparison.Ordinal);
    }

    private string CreateLibrary(string name, string targetFramework, string properties, string source)
    {
        string directory = Path.Combine(package.Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DiffGen" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="diffgen-e2e-feed" value="{SecurityElement.Escape(package.Feed)}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Functions.cs"), source);
        return directory;
    }

    private static string GeneratedText(string directory)
    {
        string[] files = Directory.EnumerateFiles(Path.Combine(directory, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/generated/", StringComparison.Ordinal) && f.Contains("DifferentiableGenerator", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        return string.Join("\n", files.Select(File.ReadAllText));
    }
}
