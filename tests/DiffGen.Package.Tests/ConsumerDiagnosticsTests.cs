using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>
/// A package consumer sees DiffGen's diagnostics: code DiffGen cannot differentiate fails the build with
/// the documented error, instead of building without the generated members.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerDiagnosticsTests
{
    // Main does not call any generated member: the only thing that can fail this build is DiffGen's own
    // report, so a package that silently drops the diagnostic would build successfully.
    private const string Program = """
        using DiffGen;

        namespace Consumer;

        public static partial class Functions
        {
            [Differentiable]
            public static double Poly(double x)
            {
                double sum = 0;
                for (int i = 1; i <= 3; i++)
                {
                    sum += x * i;
                }

                return sum;
            }

            [Differentiable]
            public static double Ratio(double x) => x * x / (x + 0.6);
        }

        public static class Program
        {
            public static void Main() => System.Console.WriteLine(Functions.Poly(2.0));
        }
        """;

    private readonly PackedPackage package;

    /// <summary>Receives the package packed for this run.</summary>
    public ConsumerDiagnosticsTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Unsupported_construct_is_a_build_error_in_a_package_consumer()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        string directory = ConsumerProject.Create(package, "consumer-diagnostics", "net10.0", Program);

        ProcessResult build = Dotnet.Run(directory, "build", directory, "-c", "Release");

        Assert.True(build.ExitCode != 0, "The build succeeded, so the package reported nothing for a 'for' loop in a [Differentiable] method. " + build.Describe());
        Assert.True(build.StandardOutput.Contains("error DIFF003") && build.StandardOutput.Contains("'for' loop"), build.Describe());
        Assert.True(build.StandardOutput.Contains("docs/diagnostics/DIFF003.md"), "DIFF003 has no help link. " + build.Describe());

        // The analyzer's warnings reach the build output too, with their help links.
        Assert.True(build.StandardOutput.Contains("DIFF005") && build.StandardOutput.Contains("denominator `x + 0.6` is zero at x = -0.6"), build.Describe());
        Assert.True(build.StandardOutput.Contains("docs/diagnostics/DIFF005.md"), "DIFF005 has no help link. " + build.Describe());
    }
}
