using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Generator.Tests;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "diffgen-snapshot-" + Guid.NewGuid().ToString("N"));

    public SnapshotTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "A.g.cs"), "line1\r\nline2\r\n");
        File.WriteAllText(Path.Combine(_dir, "B.g.cs"), "b\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Matching_set_passes_regardless_of_line_endings()
    {
        Snapshot.VerifyCore("self", new List<(string, string)> { ("A.g.cs", "line1\nline2\n"), ("B.g.cs", "b\r\n") }, _dir, update: false);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var ex = Assert.Throws<XunitException>(() =>
            Snapshot.VerifyCore("self", new List<(string, string)> { ("A.g.cs", "line1\nline2\n") }, _dir, update: false));
        Assert.Contains("Missing file (expected but not generated): B.g.cs", ex.Message);
        Assert.Contains("DIFFGEN_UPDATE_SNAPSHOTS=1", ex.Message);
    }

    [Fact]
    public void Extra_file_is_reported()
    {
        var ex = Assert.Throws<XunitException>(() =>
            Snapshot.VerifyCore(
                "self",
                new List<(string, string)> { ("A.g.cs", "line1\nline2\n"), ("B.g.cs", "b\n"), ("C.g.cs", "c\n") },
                _dir,
                update: false));
        Assert.Contains("Extra file (generated but not expected): C.g.cs", ex.Message);
    }

    [Fact]
    public void Content_difference_is_reported_as_line_diff()
    {
        var ex = Assert.Throws<XunitException>(() =>
            Snapshot.VerifyCore("self", new List<(string, string)> { ("A.g.cs", "line1\nchanged\n"), ("B.g.cs", "b\n") }, _dir, update: false));
        Assert.Contains("Different content: A.g.cs", ex.Message);
        Assert.Contains("-    2: line2", ex.Message);
        Assert.Contains("+    2: changed", ex.Message);
    }

    [Fact]
    public void Update_mode_rewrites_the_directory_and_deletes_stale_files()
    {
        Snapshot.VerifyCore("self", new List<(string, string)> { ("A.g.cs", "new\r\n"), ("C.g.cs", "c\n") }, _dir, update: true);

        Assert.False(File.Exists(Path.Combine(_dir, "B.g.cs")));
        Assert.Equal("new\n", File.ReadAllText(Path.Combine(_dir, "A.g.cs")));
        Assert.Equal("c\n", File.ReadAllText(Path.Combine(_dir, "C.g.cs")));
        Snapshot.VerifyCore("self", new List<(string, string)> { ("A.g.cs", "new\n"), ("C.g.cs", "c\n") }, _dir, update: false);
    }
}
