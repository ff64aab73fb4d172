#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// Vector math for the SIMD kernels DiffGen generates: e^x, ln x, tanh x and <c>Math.Clamp</c> on every lane of a
/// <c>Vector128</c>, <c>Vector256</c> or <c>Vector512</c> of float or double, each lane within a few ulp of what the
/// scalar <c>MathF</c>/<c>Math</c> function gives (the bound is in each method's summary; docs/vector-math.md says how
/// it is measured), with the scalar functions' special values (±∞, NaN, ±0, subnormals). The three widths give
/// bit-identical results lane for lane. The float functions compute in float (several times faster than the
/// runtime's vector Exp, which widens float lanes to double); the double Exp and Log are the runtime's own.
/// </summary>
public static partial class VectorMath
{
}
#endif
