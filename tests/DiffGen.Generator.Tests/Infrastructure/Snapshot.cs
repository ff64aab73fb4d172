using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace DiffGen.Generator.Tests;

/// <summary>
/// Compares generated files with expected files committed under <c>Snapshots/&lt;name&gt;/&lt;HintName&gt;</c>.
/// Set the environment variable <c>DIFFGEN_UPDATE_SNAPSHOTS=1</c> to (re)write the expected files.
/// </summary>
public static class Snapshot
{
    private const string UpdateVariable = "DIFFGEN_UPDATE_SNAPSHOTS";
    private const int MaxDiffLines = 40;

    /// <summary>Checks that <paramref name="files"/> equals the stored snapshot <paramref name="snapshotName"/>.</summary>
    /// <param name="snapshotName">Name of the folder under <c>Snapshots/</c>.</param>
    /// <param name="files">The actual files (hint name and text).</param>
    /// <param name="directoryOverride">Use this folder for the snapshot instead of the source tree's (for self-tests).</param>
    /// <param name="callerFilePath">Filled in by the compiler; used to find the source tree.</param>
    public static void Verify(
        string snapshotName,
        IReadOnlyList<(string HintName, string Text)> files,
        string? directoryOverride = null,
        [CallerFilePath] string callerFilePath = "")
    {
        var directory = directoryOverride ?? Path.Combine(FindProjectDirectory(callerFilePath), "Snapshots", snapshotName);
        VerifyCore(snapshotName, files, directory, Environment.GetEnvironmentVariable(UpdateVariable) == "1");
    }

    /// <summary>Compares with, or when <paramref name="update"/> is true rewrites, the snapshot in <paramref name="directory"/>.</summary>
    internal static void VerifyCore(
        string snapshotName,
        IReadOnlyList<(string HintName, string Text)> files,
        string directory,
        bool update)
    {
        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (hintName, text) in files)
        {
            actual[hintName] = Normalize(text);
        }

        if (update)
        {
            Write(directory, actual);
            return;
        }

        var expected = Read(directory);
        var report = Compare(expected, actual);
        if (report.Length > 0)
        {
            throw new XunitException(
                $"Snapshot '{snapshotName}' does not match ({directory}).{Environment.NewLine}{report}" +
                $"Set {UpdateVariable}=1 to accept the new output.");
        }
    }

    private static string FindProjectDirectory(string callerFilePath)
    {
        var dir = Path.GetDirectoryName(callerFilePath);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, "DiffGen.Generator.Tests.csproj")))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new InvalidOperationException($"Could not find the test project folder above '{callerFilePath}'.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace("\r", "\n");

    private static SortedDictionary<string, string> Read(string directory)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.GetFiles(directory))
            {
                result[Path.GetFileName(path)] = Normalize(File.ReadAllText(path));
            }
        }

        return result;
    }

    private static void Write(string directory, SortedDictionary<string, string> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var path in Directory.GetFiles(directory))
        {
            if (!files.ContainsKey(Path.GetFileName(path)))
            {
                File.Delete(path);
            }
        }

        foreach (var pair in files)
        {
            File.WriteAllText(Path.Combine(directory, pair.Key), pair.Value, new UTF8Encoding(false));
        }
    }

    /// <summary>Returns an empty string when both sets are equal, otherwise a readable report.</summary>
    internal static string Compare(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        var sb = new StringBuilder();
        foreach (var name in expected.Keys.Where(k => !actual.ContainsKey(k)))
        {
            sb.Append("Missing file (expected but not generated): ").Append(name).Append('\n');
        }

        foreach (var name in actual.Keys.Where(k => !expected.ContainsKey(k)))
        {
            sb.Append("Extra file (generated but not expected): ").Append(name).Append('\n');
        }

        foreach (var name in expected.Keys.Where(actual.ContainsKey))
        {
            if (expected[name] != actual[name])
            {
                sb.Append("Different content: ").Append(name).Append('\n');
                AppendDiff(sb, name, expected[name], actual[name]);
            }
        }

        return sb.ToString();
    }

    private static void AppendDiff(StringBuilder sb, string name, string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');

        // Longest common subsequence table, for a minimal line diff.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        sb.Append("--- expected/").Append(name).Append('\n');
        sb.Append("+++ actual/").Append(name).Append('\n');
        int x = 0, y = 0, shown = 0;
        while ((x < a.Length || y < b.Length) && shown < MaxDiffLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                sb.Append($"+{y + 1,5}: ").Append(b[y]).Append('\n');
                y++;
                shown++;
            }
            else
            {
                sb.Append($"-{x + 1,5}: ").Append(a[x]).Append('\n');
                x++;
                shown++;
            }
        }

        if (shown >= MaxDiffLines)
        {
            sb.Append("... (more differences not shown)\n");
        }
    }
}
