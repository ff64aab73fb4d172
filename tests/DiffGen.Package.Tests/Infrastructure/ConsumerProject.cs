using System.IO;
using System.Security;

namespace DiffGen.Package.Tests.Infrastructure;

/// <summary>Writes a fresh console project that uses DiffGen only through its package, as a user would.</summary>
internal static class ConsumerProject
{
    /// <summary>
    /// Creates the project in a new folder under the package's temporary root and returns that folder.
    /// </summary>
    /// <param name="package">The packed package to reference.</param>
    /// <param name="name">A name for the project's folder, unique within the test run.</param>
    /// <param name="targetFramework">The consumer's target framework, e.g. <c>net8.0</c>.</param>
    /// <param name="program">The C# source of the program.</param>
    public static string Create(PackedPackage package, string name, string targetFramework, string program)
    {
        string directory = Path.Combine(package.Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), ProjectFile(targetFramework, package.Version));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(package.Feed));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return directory;
    }

    // Warnings are errors so that generated code which compiles with warnings under an older language
    // version (net8.0 defaults to C# 12) fails the test. RollForward lets a net8.0 program run on a
    // machine that has only a newer runtime.
    private static string ProjectFile(string targetFramework, string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{targetFramework}</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <RollForward>Major</RollForward>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="DiffGen" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    // Adds the local feed to the sources the machine already has (no <clear/>): the consumer restores
    // everything else, such as targeting packs, exactly as a user's project would.
    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="diffgen-e2e-feed" value="{SecurityElement.Escape(feed)}" />
          </packageSources>
        </configuration>
        """;
}
