using System;
using System.Runtime.InteropServices;

namespace DiffGen.TorchSharp;

/// <summary>
/// Looks up exports of the libtorch_cpu that TorchSharp has already loaded (Linux only): through that library's own
/// handle, so the address is of the very copy TorchSharp uses, and never by loading a library.
/// </summary>
internal static unsafe class LoadedLibTorch
{
    /// <summary><c>RTLD_LAZY | RTLD_NOLOAD</c>: a handle to a library only if it is loaded already (never loads one).</summary>
    private const int LoadedOnly = 0x1 | 0x4;

    /// <summary>
    /// The address of <paramref name="name"/> in the loaded libtorch_cpu or one of its dependencies (<c>dlsym</c> on a
    /// library's handle searches both), or 0 where there is none. <paramref name="final"/> is false when libtorch_cpu is not
    /// loaded yet, so that the caller asks again later rather than settling on 0.
    /// </summary>
    public static nint Find(string name, out bool final)
    {
        final = true;
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            if (!NativeLibrary.TryLoad("libdl.so.2", out nint libdl) || !NativeLibrary.TryGetExport(libdl, "dlopen", out nint dlopen))
            {
                return 0;
            }

            nint torch;
            fixed (byte* library = "libtorch_cpu.so\0"u8)
            {
                torch = ((delegate* unmanaged<byte*, int, nint>)dlopen)(library, LoadedOnly);
            }

            if (torch == 0)
            {
                final = false;
                return 0;
            }

            return NativeLibrary.TryGetExport(torch, name, out nint address) ? address : 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            // No dynamic loader to ask.
            return 0;
        }
    }
}
