using Xunit;

namespace DiffGen.Package.Tests.Infrastructure;

/// <summary>The tests that share one packed package; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed DiffGen package";
}
