using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>
/// tanh as a user writes it on .NET 10, which has vector Exp but no vector Tanh: tanh(u) = 1 − 2/(exp(2u) + 1).
/// Saturates correctly at both ends (exp overflow gives 1, underflow gives −1), never NaN for finite u.
/// </summary>
internal static class VectorTanh
{
    /// <summary>tanh of each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Of(Vector256<float> u)
        => Vector256<float>.One - Vector256.Create(2f) / (Vector256.Exp(u + u) + Vector256<float>.One);

    /// <summary>tanh of each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Of(Vector512<float> u)
        => Vector512<float>.One - Vector512.Create(2f) / (Vector512.Exp(u + u) + Vector512<float>.One);
}
