using System.Linq;
using DiffGen.Trainer.Data;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>
/// The reader on real files: Debian's full Fashion-MNIST where <c>.ci/run</c> installed it, otherwise the subset
/// shipped with the trainer. Either way the counts, shapes and labels are those the files must have.
/// </summary>
public sealed class RealDataTests
{
    [Fact]
    public void Reads_the_installed_data_set_or_the_shipped_subset()
    {
        bool full = FashionMnist.IsPresent(FashionMnist.DebianDirectory);
        (LabeledImages train, LabeledImages test) = FashionMnist.Load(full ? FashionMnist.DebianDirectory : FashionMnist.SubsetDirectory);

        Assert.Equal(full ? 60_000 : 2_000, train.Count);
        Assert.Equal(full ? 10_000 : 500, test.Count);
        Assert.Equal(28 * 28, train.FeatureCount);
        Assert.All(train.Labels.Concat(test.Labels), label => Assert.InRange(label, 0, FashionMnist.ClassCount - 1));

        // Every class is present, and pixels are scaled into [0, 1] with some ink in every image.
        Assert.Equal(FashionMnist.ClassCount, train.Labels.Distinct().Count());
        Assert.All(train.Features, p => Assert.InRange(p, 0f, 1f));
        Assert.True(Enumerable.Range(0, 100).All(i => train.Row(i).ToArray().Max() > 0.5f));
    }
}
