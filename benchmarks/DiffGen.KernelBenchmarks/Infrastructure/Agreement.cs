using System;
using System.Globalization;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// The check that an implementation computes what it claims before it is timed: a fast wrong kernel is worthless.
/// Loose on purpose (vector exp/tanh and reassociated formulas differ from the scalar MathF path in the last bits,
/// and tanh near ±1 cancels), tight enough to catch a wrong formula, a wrong branch or a skipped tail.
/// </summary>
public static class Agreement
{
    /// <summary>Allowed relative difference.</summary>
    public const float Relative = 1e-4f;

    /// <summary>Allowed absolute difference, for results near zero.</summary>
    public const float Absolute = 1e-5f;

    /// <summary>Throws unless every element of <paramref name="actual"/> is within tolerance of <paramref name="expected"/>.</summary>
    public static void Require(string what, ReadOnlySpan<float> x, ReadOnlySpan<float> actual, ReadOnlySpan<float> expected)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            float a = actual[i];
            float e = expected[i];
            bool close = a == e || MathF.Abs(a - e) <= Absolute + Relative * MathF.Abs(e);
            if (!close)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} disagrees with the generated scalar loop at element {1} (x = {2:R}): {3:R} instead of {4:R}.",
                    what,
                    i,
                    x[i],
                    a,
                    e));
            }
        }
    }
}
