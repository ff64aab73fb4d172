#if NET10_0_OR_GREATER
namespace DiffGen.VectorMathCore;

/// <summary>
/// <see cref="IVectorOps{TV, T}"/> for vectors of <c>float</c>, plus the operations on the lanes' bit patterns as
/// 32-bit integers that the float algorithms use to split and build exponents (the vector stays typed as float; these
/// reinterpret it, which costs nothing).
/// </summary>
/// <typeparam name="TV">The vector type, e.g. <c>Vector256&lt;float&gt;</c>.</typeparam>
internal interface ISingleVectorOps<TV> : IVectorOps<TV, float>
    where TV : struct
{
    /// <summary>A vector whose every lane has the bit pattern <paramref name="bits"/>.</summary>
    static abstract TV CreateBits(int bits);

    /// <summary>Lane-wise 32-bit integer addition of the bit patterns.</summary>
    static abstract TV AddBits(TV a, TV b);

    /// <summary>Lane-wise 32-bit integer subtraction of the bit patterns.</summary>
    static abstract TV SubtractBits(TV a, TV b);

    /// <summary>Lane-wise left shift of the bit patterns.</summary>
    static abstract TV ShiftLeftBits(TV a, int count);

    /// <summary>Lane-wise arithmetic (sign-extending) right shift of the bit patterns.</summary>
    static abstract TV ShiftRightArithmeticBits(TV a, int count);

    /// <summary>Converts each lane's bit pattern, read as a 32-bit signed integer, to the float of that value.</summary>
    static abstract TV ConvertBitsToSingle(TV a);
}
#endif
