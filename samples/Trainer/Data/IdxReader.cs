using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace DiffGen.Trainer.Data;

/// <summary>
/// Reads IDX files (the MNIST format: a big-endian magic number <c>0x0000TTDD</c> with element type TT and
/// dimension count DD, then DD big-endian 32-bit sizes, then the data), plain or gzip-compressed.
/// Only unsigned-byte data is accepted, which is what (Fashion-)MNIST uses.
/// </summary>
public static class IdxReader
{
    /// <summary>Element type code of unsigned bytes.</summary>
    private const int UnsignedByte = 0x08;

    /// <summary>Reads an image file: a three-dimensional IDX of unsigned bytes (count × rows × columns).</summary>
    /// <param name="path">The file, <c>.gz</c> or plain.</param>
    /// <returns>The images.</returns>
    /// <exception cref="DataFormatException">The file is missing, corrupt or truncated.</exception>
    public static IdxImages ReadImages(string path)
    {
        var (dims, data) = Read(path, expectedDimensions: 3);
        return new IdxImages(dims[0], dims[1], dims[2], data);
    }

    /// <summary>Reads a label file: a one-dimensional IDX of unsigned bytes.</summary>
    /// <param name="path">The file, <c>.gz</c> or plain.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="DataFormatException">The file is missing, corrupt or truncated.</exception>
    public static byte[] ReadLabels(string path) => Read(path, expectedDimensions: 1).Data;

    private static (int[] Dimensions, byte[] Data) Read(string path, int expectedDimensions)
    {
        byte[] bytes = Decompress(path);
        int headerLength = 4 + (4 * expectedDimensions);
        if (bytes.Length < 4)
        {
            throw new DataFormatException($"{path}: truncated IDX file ({bytes.Length} bytes, no magic number).");
        }

        int magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        int expectedMagic = (UnsignedByte << 8) | expectedDimensions;
        if (magic != expectedMagic)
        {
            throw new DataFormatException(
                $"{path}: wrong magic number 0x{magic:X8}; expected 0x{expectedMagic:X8} (IDX, unsigned bytes, {expectedDimensions} dimension(s)).");
        }

        if (bytes.Length < headerLength)
        {
            throw new DataFormatException($"{path}: truncated IDX header ({bytes.Length} of {headerLength} bytes).");
        }

        var dims = new int[expectedDimensions];
        long size = 1;
        for (int d = 0; d < expectedDimensions; d++)
        {
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + (4 * d)));
            if (dims[d] <= 0)
            {
                throw new DataFormatException($"{path}: dimension {d} has size {dims[d]}; sizes must be positive.");
            }

            size *= dims[d];
        }

        long actual = bytes.Length - headerLength;
        if (actual < size)
        {
            throw new DataFormatException($"{path}: truncated: the header promises {size} bytes of data, the file holds {actual}.");
        }

        if (actual > size)
        {
            throw new DataFormatException($"{path}: {actual - size} unexpected bytes after the {size} bytes of data the header describes.");
        }

        return (dims, bytes.AsSpan(headerLength).ToArray());
    }

    private static byte[] Decompress(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataFormatException($"{path}: file not found.");
        }

        try
        {
            byte[] raw = File.ReadAllBytes(path);
            bool gzip = raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;
            if (!gzip)
            {
                return raw;
            }

            using var input = new MemoryStream(raw);
            using var unzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            unzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException($"{path}: corrupt gzip stream ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new DataFormatException($"{path}: cannot be read ({e.Message}).", e);
        }
    }
}
