using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DiffGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs src/DiffGen once per test run into a private local feed, under a version no earlier run used.
/// </summary>
/// <remarks>
/// The version is unique per run because NuGet's global packages folder never re-extracts a version it
/// already holds: a fixed version would test whichever copy an earlier run left there, not this build.
/// </remarks>
public sealed class PackedPackage : IDisposable
{
    /// <summary>Packs the package; shared by every test in <see cref="PackageCollection"/>.</summary>
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "diffgen-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N").Substring(0, 8);

        // Stops MSBuild's search for Directory.Build.* and global.json above the consumer projects.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");

        string project = Path.Combine(RepositoryRoot.Path, "src", "DiffGen", "DiffGen.csproj");
        PackResult = Dotnet.Run(RepositoryRoot.Path, "pack", project, "-c", "Release", "--no-build", "--no-restore", "-o", Feed, "-p:Version=" + Version);
        NupkgPath = Directory.EnumerateFiles(Feed, "*.nupkg").SingleOrDefault(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
    }

    /// <summary>The temporary folder holding the feed and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>The local feed folder the package was packed into.</summary>
    public string Feed { get; }

    /// <summary>The version the package was packed with.</summary>
    public string Version { get; }

    /// <summary>The output of <c>dotnet pack</c>, for assertion messages.</summary>
    public ProcessResult PackResult { get; }

    /// <summary>The packed .nupkg, or null when packing failed.</summary>
    public string? NupkgPath { get; }

    /// <summary>Deletes the temporary folder and this run's copy of the package in the global packages folder.</summary>
    public void Dispose()
    {
        TryDelete(Root);
        TryDelete(Path.Combine(GlobalPackagesFolder(), "diffgen", Version.ToLowerInvariant()));
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Cleanup is best effort: a leftover temporary folder must not fail the tests.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
