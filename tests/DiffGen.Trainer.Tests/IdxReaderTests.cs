using System.IO;
using System.Linq;
using DiffGen.Trainer.Data;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>The IDX parser accepts well-formed files and rejects broken ones with a message naming the problem.</summary>
public sealed class IdxReaderTests
{
    private static readonly byte[] Pixels = Enumerable.Range(0, 3 * 2 * 4).Select(i => (byte)(i * 10)).ToArray();

    [Fact]
    public void ReadsImagesFromGzip()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], Pixels));

        var images = IdxReader.ReadImages(dir.File("i.gz"));

        Assert.Equal((3, 2, 4), (images.Count, images.Rows, images.Columns));
        Assert.Equal(Pixels, images.Pixels);
    }

    [Fact]
    public void ReadsUncompressedLabels()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("l"), IdxWriter.Build([3], [7, 0, 9]));

        Assert.Equal(new byte[] { 7, 0, 9 }, IdxReader.ReadLabels(dir.File("l")));
    }

    [Fact]
    public void LoadsMatchingImagesAndLabelsScaledToUnitRange()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], Pixels));
        IdxWriter.WriteGzip(dir.File("l.gz"), IdxWriter.Build([3], [1, 2, 3]));

        var set = FashionMnist.Load(dir.File("i.gz"), dir.File("l.gz"));

        Assert.Equal(3, set.Count);
        Assert.Equal(8, set.FeatureCount);
        Assert.Equal(Pixels.Select(p => p / 255f), set.Features);
        Assert.Equal(new byte[] { 1, 2, 3 }, set.Labels);
    }

    [Fact]
    public void RejectsTruncatedData()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], Pixels[..^5]));

        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(dir.File("i.gz")));
        Assert.Contains("truncated", e.Message);
        Assert.Contains("i.gz", e.Message);
    }

    [Fact]
    public void RejectsTruncatedHeader()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], [])[..10]);

        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(dir.File("i.gz")));
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void RejectsTruncatedGzipStream()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("full.gz"), IdxWriter.Build([3, 2, 4], Pixels));
        byte[] zipped = File.ReadAllBytes(dir.File("full.gz"));
        File.WriteAllBytes(dir.File("cut.gz"), zipped[..(zipped.Length / 2)]);

        Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(dir.File("cut.gz")));
    }

    [Fact]
    public void RejectsTrailingBytes()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("l.gz"), IdxWriter.Build([2], [1, 2, 3]));

        Assert.Throws<DataFormatException>(() => IdxReader.ReadLabels(dir.File("l.gz")));
    }

    [Theory]
    [InlineData(0x00000801)] // a label file's magic where images are expected
    [InlineData(0x00000D03)] // float data
    [InlineData(0x1F8B0803)] // garbage
    public void RejectsWrongMagicNumber(int magic)
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], Pixels, magic));

        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(dir.File("i.gz")));
        Assert.Contains("magic", e.Message);
    }

    [Fact]
    public void RejectsLabelImageCountMismatch()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], Pixels));
        IdxWriter.WriteGzip(dir.File("l.gz"), IdxWriter.Build([2], [1, 2]));

        var e = Assert.Throws<DataFormatException>(() => FashionMnist.Load(dir.File("i.gz"), dir.File("l.gz")));
        Assert.Contains("2 labels", e.Message);
        Assert.Contains("3 images", e.Message);
    }

    [Fact]
    public void RejectsLabelOutsideTheClasses()
    {
        using var dir = new TempDirectory();
        IdxWriter.WriteGzip(dir.File("i.gz"), IdxWriter.Build([3, 2, 4], Pixels));
        IdxWriter.WriteGzip(dir.File("l.gz"), IdxWriter.Build([3], [1, 10, 2]));

        Assert.Throws<DataFormatException>(() => FashionMnist.Load(dir.File("i.gz"), dir.File("l.gz")));
    }

    [Fact]
    public void RejectsMissingFileAndFolder()
    {
        using var dir = new TempDirectory();

        Assert.Contains("not found", Assert.Throws<DataFormatException>(() => IdxReader.ReadLabels(dir.File("none.gz"))).Message);
        Assert.Throws<DataFormatException>(() => FashionMnist.Load(dir.File("no-such-folder")));
        Assert.Throws<DataFormatException>(() => FashionMnist.Load(dir.Path));
    }
}
