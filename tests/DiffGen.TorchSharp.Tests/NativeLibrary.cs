using System.Runtime.CompilerServices;
using DiffGen.Testing;

namespace DiffGen.TorchSharp.Tests;

/// <summary>Patches libLibTorchSharp.so in the test output folder before any test touches TorchSharp.</summary>
internal static class NativeLibrary
{
    /// <summary>Runs when the test assembly loads, before TorchSharp loads its native library.</summary>
#pragma warning disable CA2255 // A test assembly's one-time setup, not a library's: exactly what module initializers are for.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Patch() => LibTorchSharpPatch.Apply();
}
