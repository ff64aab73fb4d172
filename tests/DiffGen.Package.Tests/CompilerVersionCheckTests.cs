using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>
/// A compiler too old to load DiffGen's generator gets a clear build error (DIFF011) instead of a build that
/// silently generates nothing. No old SDK is installed here, so the test raises the minimum instead.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerVersionCheckTests
{
    private const string Program = """
        using DiffGen;

        namespace Consumer;

        public static partial class Functions
        {
            [Differentiable]
            public static double Square(double x) => x * x;
        }

        public static class Program
        {
            public static void Main() => System.Console.WriteLine(Functions.SquareDerivative(3.0));
        }
        """;

    private readonly PackedPackage package;

    /// <summary>Receives the package packed for this run.</summary>
    public CompilerVersionCheckTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Too_old_a_compiler_is_a_clear_build_error()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        string directory = ConsumerProject.Create(package, "consumer-old-compiler", "net10.0", Program);

        ProcessResult build = Dotnet.Run(directory, "build", directory, "-c", "Release", "-p:DiffGenMinimumMSBuildVersion=99.0");

        Assert.True(build.ExitCode != 0, "The build succeeded although the compiler is 'too old'. " + build.Describe());
        Assert.True(build.StandardOutput.Contains("error DIFF011") && build.StandardOutput.Contains("DiffGen needs the .NET 8 SDK"), build.Describe());
    }
}
