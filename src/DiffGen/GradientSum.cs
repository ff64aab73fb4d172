#if NET8_0_OR_GREATER
using System.Numerics;

namespace DiffGen;

/// <summary>
/// An accurate running sum of a broadcast parameter's gradient terms, one term per element: the terms are widened to
/// <c>double</c> and added with Neumaier's compensated summation, so the result (rounded once to <typeparamref name="T"/>)
/// loses no digits to the number of terms. The generated span kernels that run one element at a time use it; the
/// SIMD drivers keep their sums in vector lanes and finish them with it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public struct GradientSum<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private double sum;
    private double compensation;

    /// <summary>Adds one term.</summary>
    /// <param name="term">The term.</param>
    public void Add(T term) => AddDouble(double.CreateTruncating(term));

    /// <summary>The sum so far, rounded once to <typeparamref name="T"/>.</summary>
    public readonly T Value => T.CreateTruncating(Total);

    /// <summary>The sum so far in <c>double</c>: an infinite or NaN sum is returned as is (its compensation would be NaN).</summary>
    internal readonly double Total => double.IsFinite(sum) ? sum + compensation : sum;

    /// <summary>Adds a <c>double</c> term (Neumaier: the rounding error of each addition is kept and added at the end).</summary>
    internal void AddDouble(double term)
    {
        double t = sum + term;
        compensation += System.Math.Abs(sum) >= System.Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }
}
#endif
