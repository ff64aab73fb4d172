using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>
/// A fresh project that references only the DiffGen.TorchSharp package (and a LibTorch, as TorchSharp asks) gets the
/// generator through it, and the generated tensor function and module work when it runs.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TorchSharpConsumerTests
{
    private const string Program = """
        using System;
        using System.Globalization;
        using DiffGen;
        using TorchSharp;
        using static TorchSharp.torch;

        namespace Consumer;

        public static partial class Functions
        {
            [Differentiable]
            public static float Smooth(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;
        }

        public static class Program
        {
            public static void Main()
            {
                // Debian 12's libstdc++ is older than TorchSharp 0.107's native library asks for (see the patch file).
                DiffGen.Testing.LibTorchSharpPatch.Apply();
                CultureInfo c = CultureInfo.InvariantCulture;
                Tensor x = torch.tensor(new[] { -0.6f, 1.5f }).requires_grad_(true);
                Tensor y = Functions.Smooth(x);
                y.sum().backward();
                Console.WriteLine("values " + string.Join(" ", Array.ConvertAll(y.data<float>().ToArray(), v => v.ToString("R", c))));
                Console.WriteLine("gradients " + string.Join(" ", Array.ConvertAll(x.grad!.data<float>().ToArray(), v => v.ToString("R", c))));
                Tensor z = new Functions.SmoothModule().forward(torch.tensor(new[] { 2f }));
                Console.WriteLine("module " + z.data<float>()[0].ToString("R", c));
            }
        }
        """;

    private readonly PackedPackage package;

    /// <summary>Receives the DiffGen package packed for this run.</summary>
    public TorchSharpConsumerTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Consumer_of_DiffGen_TorchSharp_alone_gets_working_tensor_functions_and_modules()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no DiffGen .nupkg. " + package.PackResult.Describe());
        string project = Path.Combine(RepositoryRoot.Path, "src", "DiffGen.TorchSharp", "DiffGen.TorchSharp.csproj");
        ProcessResult pack = Dotnet.Run(RepositoryRoot.Path, "pack", project, "-c", "Release", "--no-build", "--no-restore", "-o", package.Feed, "-p:Version=" + package.Version);
        Assert.True(pack.ExitCode == 0, pack.Describe());

        string directory = Path.Combine(package.Root, "consumer-torchsharp");
        Directory.CreateDirectory(directory);
        string patch = Path.Combine(RepositoryRoot.Path, "tests", "Shared", "LibTorchSharpPatch.cs");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DiffGen.TorchSharp" Version="{package.Version}" />
                <PackageReference Include="libtorch-cpu-linux-x64" Version="2.10.0" />
                <Compile Include="{SecurityElement.Escape(patch)}" Link="LibTorchSharpPatch.cs" />
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
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        try
        {
            ProcessResult run = Dotnet.Run(directory, "run", "--project", directory, "-c", "Release");
            Assert.True(run.ExitCode == 0, run.Describe());

            // Closed forms: Smooth(x) = x² / (x + 0.6) for x ≥ 0, 0.01·x below; Smooth'(x) = (x² + 1.2x) / (x + 0.6)² for
            // x ≥ 0, 0.01 below (also at -0.6, where the untaken side has its pole).
            AssertNear(new[] { -0.006, 2.25 / 2.1 }, Floats(run, "values"), run);
            AssertNear(new[] { 0.01, ((1.5 * 1.5) + (1.2 * 1.5)) / (2.1 * 2.1) }, Floats(run, "gradients"), run);
            AssertNear(new[] { 4 / 2.6 }, Floats(run, "module"), run);
        }
        finally
        {
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string copy = Path.Combine(packages, "diffgen.torchsharp", package.Version.ToLowerInvariant());
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    private static void AssertNear(double[] expected, float[] actual, ProcessResult run)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-6 * Math.Max(1, Math.Abs(expected[i])), $"[{i}]: expected {expected[i]:R}, got {actual[i]:R}. " + run.Describe());
        }
    }

    private static float[] Floats(ProcessResult run, string label)
    {
        string? line = run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(label + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"No line starting with '{label} '. " + run.Describe());
        return line!.Substring(label.Length + 1).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => float.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }
}
