using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DiffGen.Package.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Package.Tests;

/// <summary>The packed DiffGen.nupkg has the layout NuGet and the compiler expect: one package, runtime plus generator.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedPackage package;

    /// <summary>Receives the package packed for this run.</summary>
    public PackageLayoutTests(PackedPackage package)
    {
        this.package = package;
    }

    [Theory]
    [InlineData("lib/netstandard2.0/DiffGen.dll")]
    [InlineData("lib/net8.0/DiffGen.dll")]
    [InlineData("lib/net10.0/DiffGen.dll")]
    [InlineData("analyzers/dotnet/cs/DiffGen.Generator.dll")]
    public void Package_contains_the_runtime_library_and_the_generator(string entry)
    {
        using ZipArchive archive = Open();
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.True(entries.Contains(entry), $"'{entry}' is missing. The package holds:\n{string.Join("\n", entries)}");
    }

    [Fact]
    public void Package_does_not_depend_on_the_compiler()
    {
        // The generator runs inside whichever compiler loads it; a Roslyn dependency would drag a second,
        // possibly newer, compiler into every consumer's restore.
        using ZipArchive archive = Open();
        ZipArchiveEntry nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XDocument document;
        using (Stream stream = nuspec.Open())
        {
            document = XDocument.Load(stream);
        }

        string[] dependencies = document.Descendants()
            .Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string?)e.Attribute("id") ?? "")
            .ToArray();
        Assert.True(document.Descendants().Any(e => e.Name.LocalName == "id" && e.Value == "DiffGen"), document.ToString());
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    private ZipArchive Open()
    {
        Assert.True(package.NupkgPath is not null, "dotnet pack produced no .nupkg. " + package.PackResult.Describe());
        return ZipFile.OpenRead(package.NupkgPath!);
    }
}
