using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace DiffGen.Trainer.Tests;

/// <summary>Writes IDX files byte by byte from the format's definition, independently of the reader under test.</summary>
internal static class IdxWriter
{
    /// <summary>An IDX file of unsigned bytes.</summary>
    /// <param name="dimensions">The sizes written in the header.</param>
    /// <param name="data">The data bytes (need not match the header, to build broken files).</param>
    /// <param name="magic">The magic number; by default the correct one for unsigned bytes and this many dimensions.</param>
    /// <returns>The raw bytes.</returns>
    public static byte[] Build(int[] dimensions, byte[] data, int? magic = null)
    {
        var bytes = new byte[4 + (4 * dimensions.Length) + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic ?? (0x0800 | dimensions.Length));
        for (int d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * d)), dimensions[d]);
        }

        data.CopyTo(bytes, 4 + (4 * dimensions.Length));
        return bytes;
    }

    /// <summary>Writes bytes gzip-compressed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="bytes">The content before compression.</param>
    public static void WriteGzip(string path, byte[] bytes)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(bytes);
    }
}
