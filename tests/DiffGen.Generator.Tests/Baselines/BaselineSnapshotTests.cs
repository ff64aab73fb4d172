using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// Approved-output tests: the generated code of representative methods must match the reviewed files under
/// <c>Snapshots/&lt;name&gt;/</c>, the generator must stay silent, and the result must compile without warnings.
/// </summary>
public sealed class BaselineSnapshotTests
{
    /// <summary>Runs one baseline.</summary>
    [Theory]
    [MemberData(nameof(BaselineSources.Names), MemberType = typeof(BaselineSources))]
    public void Generated_code_matches_the_approved_snapshot(string name)
    {
        var result = GeneratorHarness.Run(BaselineSources.All[name]);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        Assert.NotEmpty(result.GeneratedSources);
        Snapshot.Verify(name, result.GeneratedSources);
    }
}
