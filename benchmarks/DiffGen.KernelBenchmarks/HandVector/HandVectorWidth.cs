using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// Which vector width the hand-written kernels use: Vector512 where the JIT accelerates it, else Vector256 (the
/// widest on an AVX2 machine). Decided once, as a hand-written library would, so the branch costs nothing per call.
/// </summary>
public static class HandVectorWidth
{
    /// <summary>True when the hand-written kernels run their Vector512 variant.</summary>
    public static readonly bool Use512 = Vector512.IsHardwareAccelerated;

    /// <summary>The width's name, for the results ("Vector512" or "Vector256").</summary>
    public static string Name => Use512 ? "Vector512" : "Vector256";
}
