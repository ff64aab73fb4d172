using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace DiffGen.Testing;

/// <summary>
/// Makes TorchSharp 0.107's <c>libLibTorchSharp.so</c> load on a libstdc++ older than GCC 13's (Debian 12 stops at
/// GLIBCXX_3.4.30). The library was linked against GCC 13 and so requires the version GLIBCXX_3.4.32, but the only
/// symbol it takes from that version is <c>_ZSt21ios_base_library_initv</c>, which GCC 13's &lt;iostream&gt; references
/// through an assembler <c>.globl</c> to force the iostreams initializer in: no relocation uses it, nothing calls it.
/// The dynamic linker refuses the library only because the version is missing. Setting <c>VER_FLG_WEAK</c> (0x2) on that
/// version's Vernaux entry in <c>.gnu.version_r</c> makes a missing version a non-error, and changes nothing where the
/// version exists (the flag only matters when the lookup fails), so the patch is applied unconditionally: on newer
/// distributions it is harmless, and it needs no probing of the system library.
/// Only the tests, benchmarks and samples use this (linked from here, not copied); the shipped DiffGen.TorchSharp
/// library never patches anything.
/// The file patched is the copy in the program's output folder, never the NuGet cache; it is rewritten through a
/// temporary file so that a hard link into the cache would be broken rather than modified.
/// </summary>
public static class LibTorchSharpPatch
{
    /// <summary>The version requirement made weak.</summary>
    public const string Version = "GLIBCXX_3.4.32";

    private const ushort VerFlagWeak = 0x2;
    private const uint ShtGnuVerneed = 0x6ffffffe;

    /// <summary>Patches every copy of the library under the program's folder; returns what it did, for the log.</summary>
    public static string Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux: nothing to patch";
        }

        var report = new StringBuilder();
        foreach (string path in Directory.EnumerateFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories))
        {
            report.Append(path).Append(": ").Append(Patch(path)).Append("; ");
        }

        return report.Length == 0 ? "libLibTorchSharp.so not found under " + AppContext.BaseDirectory : report.ToString();
    }

    /// <summary>Sets VER_FLG_WEAK on the <see cref="Version"/> requirement of the ELF file at <paramref name="path"/>.</summary>
    public static string Patch(string path)
    {
        byte[] elf = File.ReadAllBytes(path);
        int? flagsAt = FindFlags(elf, Version);
        if (flagsAt is not int at)
        {
            return "does not require " + Version;
        }

        ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(at));
        if ((flags & VerFlagWeak) != 0)
        {
            return "already weak";
        }

        BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(at), (ushort)(flags | VerFlagWeak));
        string temporary = path + ".patching";
        File.WriteAllBytes(temporary, elf);
        File.Move(temporary, path, overwrite: true);
        return "patched";
    }

    /// <summary>The file offset of vna_flags of the Vernaux entry named <paramref name="version"/>, or null.</summary>
    private static int? FindFlags(byte[] elf, string version)
    {
        // ELF64, little-endian (x86-64): anything else is not the library this patch is for.
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
        {
            return null;
        }

        ReadOnlySpan<byte> bytes = elf;
        long sectionHeaders = BinaryPrimitives.ReadInt64LittleEndian(bytes[0x28..]);
        int entrySize = BinaryPrimitives.ReadUInt16LittleEndian(bytes[0x3A..]);
        int count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[0x3C..]);
        for (int s = 0; s < count; s++)
        {
            ReadOnlySpan<byte> header = bytes.Slice((int)(sectionHeaders + (s * entrySize)), entrySize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != ShtGnuVerneed)
            {
                continue;
            }

            long offset = BinaryPrimitives.ReadInt64LittleEndian(header[0x18..]);
            int link = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            int needs = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            long strings = BinaryPrimitives.ReadInt64LittleEndian(bytes.Slice((int)(sectionHeaders + (link * entrySize)), entrySize)[0x18..]);
            long need = offset;
            for (int n = 0; n < needs; n++)
            {
                // Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
                int auxCount = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(int)(need + 2)..]);
                long aux = need + BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)(need + 8)..]);
                for (int a = 0; a < auxCount; a++)
                {
                    // Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
                    long name = strings + BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)(aux + 8)..]);
                    if (CStringEquals(bytes[(int)name..], version))
                    {
                        return (int)(aux + 4);
                    }

                    aux += BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)(aux + 12)..]);
                }

                need += BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)(need + 12)..]);
            }
        }

        return null;
    }

    private static bool CStringEquals(ReadOnlySpan<byte> bytes, string value)
    {
        int end = bytes.IndexOf((byte)0);
        return end == value.Length && Encoding.ASCII.GetString(bytes[..end]) == value;
    }
}
