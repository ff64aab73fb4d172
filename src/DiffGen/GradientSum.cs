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

    /// <summary>
    /// Adds the product of two values, exactly: for <c>float</c> the product of the two widened to <c>double</c>
    /// (which has room for all 48 bits of it); for <c>double</c> the rounded product and its rounding error (a fused
    /// multiply-add), as two terms.
    /// </summary>
    /// <param name="left">One factor (the parametric kernels pass <c>dy</c>).</param>
    /// <param name="right">The other factor (the parametric kernels pass a partial derivative).</param>
    public void AddProduct(T left, T right)
    {
        double a = double.CreateTruncating(left), b = double.CreateTruncating(right);
        double product = a * b;
        AddDouble(product);
        // float: the product is exact, no error term. double: the error term, unless the product is not finite
        // (then the fused multiply-add is Inf or NaN and would turn an infinite sum into NaN).
        if (typeof(T) != typeof(float) && double.IsFinite(product))
        {
            AddDouble(System.Math.FusedMultiplyAdd(a, b, -product));
        }
    }

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
