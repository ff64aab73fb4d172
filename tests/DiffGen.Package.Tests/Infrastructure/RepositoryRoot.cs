using System;
using System.IO;

namespace DiffGen.Package.Tests.Infrastructure;

/// <summary>Finds the repository this test assembly was built from.</summary>
internal static class RepositoryRoot
{
    /// <summary>
    /// The folder that holds <c>DiffGen.sln</c>, found by walking up from the test assembly's folder, so the
    /// tests work from any checkout location and any build configuration.
    /// </summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DiffGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' contains DiffGen.sln.");
    }
}
