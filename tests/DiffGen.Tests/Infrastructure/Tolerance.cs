namespace DiffGen.Tests.Infrastructure;

/// <summary>
/// Tolerances of the numerical tests, in one place so they are chosen once and justified once.
/// A comparison passes when |actual − expected| ≤ absolute + relative·|expected|.
/// </summary>
internal static class Tolerance
{
    /// <summary>
    /// Float results computed in a few float operations: a few ulps (2⁻²³ ≈ 1.2e-7) relative error; the absolute part
    /// covers derivatives that cross zero (Swish, GELU, Mish minima), where the relative error is unbounded.
    /// </summary>
    public static readonly (double Relative, double Absolute) Float = (1e-5, 1e-6);

    /// <summary>Double results: a few ulps (2.2e-16) amplified by at most a few thousand through exp/tanh.</summary>
    public static readonly (double Relative, double Absolute) Double = (1e-12, 1e-12);

    /// <summary>Central differences with h ≈ 1e-6: truncation ≈ h², rounding ≈ ε/h ≈ 2e-10.</summary>
    public static readonly (double Relative, double Absolute) FiniteDifference = (1e-6, 1e-6);
}
