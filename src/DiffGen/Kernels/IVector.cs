#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A SIMD vector of one width (<see cref="Vec128{T}"/>, <see cref="Vec256{T}"/> or <see cref="Vec512{T}"/>) with its
/// operations as static members, so that the vector body DiffGen generates for a function is written once, generic
/// over the width: <c>static V Value&lt;V&gt;(V x) where V : struct, IVector&lt;V, float&gt; =&gt; x * x / (x + V.Create(0.6f));</c>.
/// The JIT compiles one specialized copy per width, in which every member is the <c>Vector128/256/512</c> operation it
/// wraps. A comparison returns a mask (every bit of a lane set where true, as the <c>Vector256</c> comparisons do);
/// <c>&amp;</c>, <c>|</c>, <c>~</c> and <see cref="ConditionalSelect"/> work on masks.
/// </summary>
/// <typeparam name="TSelf">The implementing vector type.</typeparam>
/// <typeparam name="T">The lane type, <c>float</c> or <c>double</c>.</typeparam>
public interface IVector<TSelf, T>
    where TSelf : struct, IVector<TSelf, T>
    where T : unmanaged
{
    /// <summary>The number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Whether the hardware runs this width natively (the kernels use the widest such width).</summary>
    static abstract bool IsHardwareAccelerated { get; }

    /// <summary>A vector with every bit clear (0 in every lane; a mask that is false everywhere).</summary>
    static abstract TSelf Zero { get; }

    /// <summary>A vector with every bit set (a mask that is true everywhere).</summary>
    static abstract TSelf AllBitsSet { get; }

    /// <summary>A vector with every lane equal to <paramref name="value"/>.</summary>
    /// <param name="value">The value of every lane.</param>
    static abstract TSelf Create(T value);

    /// <summary>Loads <see cref="Count"/> elements starting <paramref name="index"/> elements after <paramref name="source"/>, with no bounds check.</summary>
    /// <param name="source">The first element of the memory.</param>
    /// <param name="index">The offset of the first lane, in elements.</param>
    static abstract TSelf Load(ref readonly T source, nuint index);

    /// <summary>Stores the lanes of <paramref name="value"/> at <paramref name="index"/> elements after <paramref name="destination"/>, with no bounds check.</summary>
    /// <param name="value">The vector to store.</param>
    /// <param name="destination">The first element of the memory.</param>
    /// <param name="index">The offset of the first lane, in elements.</param>
    static abstract void Store(TSelf value, ref T destination, nuint index);

    /// <summary>Lane-wise sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane-wise difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane-wise product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Lane-wise quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);

    /// <summary>Lane-wise negation (flips the sign bit, as unary minus does).</summary>
    static abstract TSelf operator -(TSelf value);

    /// <summary>Bitwise and (of masks: both conditions).</summary>
    static abstract TSelf operator &(TSelf left, TSelf right);

    /// <summary>Bitwise or (of masks: either condition).</summary>
    static abstract TSelf operator |(TSelf left, TSelf right);

    /// <summary>Bitwise complement (of a mask: the negated condition).</summary>
    static abstract TSelf operator ~(TSelf value);

    /// <summary>
    /// Per lane, <paramref name="whenTrue"/> where <paramref name="mask"/> is true, else <paramref name="whenFalse"/>:
    /// each lane keeps its own side bit for bit. <paramref name="mask"/> must be a mask, every bit of a lane set or
    /// clear (a comparison, <c>&amp;</c>, <c>|</c> or <c>~</c> of masks, <see cref="Zero"/>, <see cref="AllBitsSet"/>):
    /// a width may take each lane whole by its mask's sign bit (one <c>blendv</c> on x86), so for other values the
    /// result is unspecified.
    /// </summary>
    static abstract TSelf ConditionalSelect(TSelf mask, TSelf whenTrue, TSelf whenFalse);

    /// <summary>
    /// Whether some lane of <paramref name="mask"/> is true: the test in front of work needed only in rare lanes, such
    /// as the refinement of a derivative at a tie, which generated code skips when no lane is at one.
    /// </summary>
    /// <param name="mask">A mask: every bit of a lane set (true) or clear (false), as the comparisons return.</param>
    static abstract bool AnyTrue(TSelf mask);

    /// <summary>Lane-wise <c>left &lt; right</c> as a mask.</summary>
    static abstract TSelf LessThan(TSelf left, TSelf right);

    /// <summary>Lane-wise <c>left &lt;= right</c> as a mask.</summary>
    static abstract TSelf LessThanOrEqual(TSelf left, TSelf right);

    /// <summary>Lane-wise <c>left &gt; right</c> as a mask.</summary>
    static abstract TSelf GreaterThan(TSelf left, TSelf right);

    /// <summary>Lane-wise <c>left &gt;= right</c> as a mask.</summary>
    static abstract TSelf GreaterThanOrEqual(TSelf left, TSelf right);

    /// <summary>Lane-wise <c>left == right</c> as a mask (false in NaN lanes).</summary>
    static abstract TSelf Equal(TSelf left, TSelf right);

    /// <summary>Lane-wise square root.</summary>
    static abstract TSelf Sqrt(TSelf x);

    /// <summary>Lane-wise absolute value.</summary>
    static abstract TSelf Abs(TSelf x);

    /// <summary>Lane-wise sine (the runtime's vector Sin).</summary>
    static abstract TSelf Sin(TSelf x);

    /// <summary>Lane-wise cosine (the runtime's vector Cos).</summary>
    static abstract TSelf Cos(TSelf x);

    /// <summary>Lane-wise maximum, as <c>Vector256.Max</c>.</summary>
    static abstract TSelf Max(TSelf left, TSelf right);

    /// <summary>Lane-wise minimum, as <c>Vector256.Min</c>.</summary>
    static abstract TSelf Min(TSelf left, TSelf right);

    /// <summary>Lane-wise <c>a * b + c</c>, rounded once.</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf a, TSelf b, TSelf c);

    /// <summary>Lane-wise floor.</summary>
    static abstract TSelf Floor(TSelf x);

    /// <summary>Lane-wise ceiling.</summary>
    static abstract TSelf Ceiling(TSelf x);

    /// <summary>Lane-wise rounding to the nearest integer, ties to even.</summary>
    static abstract TSelf Round(TSelf x);

    /// <summary>Lane-wise truncation toward zero.</summary>
    static abstract TSelf Truncate(TSelf x);

    /// <summary>Lane-wise magnitude of <paramref name="value"/> with the sign bit of <paramref name="sign"/>, as <c>Math.CopySign</c>.</summary>
    static abstract TSelf CopySign(TSelf value, TSelf sign);

    /// <summary>Lane-wise e^x: <see cref="VectorMath"/>'s Exp.</summary>
    static abstract TSelf Exp(TSelf x);

    /// <summary>Lane-wise ln x: <see cref="VectorMath"/>'s Log.</summary>
    static abstract TSelf Log(TSelf x);

    /// <summary>Lane-wise tanh x: <see cref="VectorMath"/>'s Tanh.</summary>
    static abstract TSelf Tanh(TSelf x);

    /// <summary>Lane-wise <c>Math.Clamp</c>'s comparisons, never throwing: <see cref="VectorMath"/>'s Clamp.</summary>
    static abstract TSelf Clamp(TSelf x, TSelf min, TSelf max);
}
#endif
