using System;
using System.Runtime.Intrinsics;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Tests;

/// <summary>
/// The double <see cref="VectorMath"/> functions against <see cref="Math"/>, in ulps, over dense fixed-seed random
/// samples: random bit patterns (every exponent, both signs, subnormals, infinities, NaNs) and, per function, random
/// values spread evenly over the exponents where the function is not trivially 0, 1 or ∞, plus the points where the
/// algorithms switch paths.
/// </summary>
public sealed class VectorMathDoubleTests(ITestOutputHelper output)
{
    private const int Count = 1_000_000;

    [Fact]
    public void Exp_is_within_its_bound_of_Math_Exp()
    {
        var random = new Random(1127);
        AssertWithinBounds("Exp", VectorMath.Exp, Math.Exp, VectorMathUlps.DoubleExp, random, i => (i % 4) switch
        {
            0 => RandomBits(random),

            // |x| from 2^-40 to 2^10 (past the overflow at 709.78 and the underflow to 0 at −745.13), evenly per binade.
            1 or 2 => Signed(random, Math.ScaleB(1 + random.NextDouble(), random.Next(-40, 10))),

            // Around the runtime's vector limit (708) and the subnormal range below −708.4.
            _ => (random.Next(2) == 0 ? 1 : -1) * (700 + 46 * random.NextDouble()),
        });
    }

    [Fact]
    public void Log_is_within_its_bound_of_Math_Log()
    {
        var random = new Random(2711);
        AssertWithinBounds("Log", VectorMath.Log, Math.Log, VectorMathUlps.DoubleLog, random, i => (i % 4) switch
        {
            0 => RandomBits(random),

            // Every exponent from the subnormals to the largest doubles.
            1 => BitConverter.Int64BitsToDouble(random.NextInt64(1, 0x7FF0000000000000)),

            // Near 1, where ln x is small: 1 ± 2^-k·u.
            2 => 1 + Signed(random, Math.ScaleB(random.NextDouble(), -random.Next(1, 53))),

            // The ends of the mantissa interval [2/3, 4/3) in random binades.
            _ => Math.ScaleB((random.Next(2) == 0 ? 2.0 / 3 : 4.0 / 3) + (random.NextDouble() - 0.5) * 1e-3, random.Next(-1000, 1000)),
        });
    }

    [Fact]
    public void Tanh_is_within_its_bound_of_Math_Tanh()
    {
        var random = new Random(7211);
        AssertWithinBounds("Tanh", VectorMath.Tanh, Math.Tanh, VectorMathUlps.DoubleTanh, random, i => (i % 4) switch
        {
            0 => RandomBits(random),

            // |x| from 2^-30 to 32, evenly per binade.
            1 => Signed(random, Math.ScaleB(1 + random.NextDouble(), random.Next(-30, 5))),

            // Around the switch from the polynomial to the exp-based formula (|x| = 0.9).
            2 => Signed(random, 0.85 + 0.1 * random.NextDouble()),

            // Where tanh rounds to ±1 (|x| ≈ 19.06) and where the argument is clamped (|x| = 20).
            _ => Signed(random, 18 + 3 * random.NextDouble()),
        });
    }

    private static double RandomBits(Random random) => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));

    private static double Signed(Random random, double magnitude) => random.Next(2) == 0 ? magnitude : -magnitude;

    private void AssertWithinBounds(
        string name,
        Func<Vector256<double>, Vector256<double>> vector,
        Func<double, double> math,
        long bound,
        Random random,
        Func<int, double> sample)
    {
        long worst = -1;
        double worstX = 0, expected = 0, actual = 0;
        double[] lanes = new double[Vector256<double>.Count];
        for (int i = 0; i < Count; i += lanes.Length)
        {
            for (int k = 0; k < lanes.Length; k++)
            {
                lanes[k] = sample(i + k);
            }

            Vector256<double> results = vector(Vector256.Create(lanes));
            for (int k = 0; k < lanes.Length; k++)
            {
                long ulps = VectorMathUlps.Distance(math(lanes[k]), results[k]);
                if (ulps > worst)
                {
                    (worst, worstX, expected, actual) = (ulps, lanes[k], math(lanes[k]), results[k]);
                }
            }
        }

        string report = $"{(worst == long.MaxValue ? "∞" : worst)} ulps at x = {worstX:R} (expected {expected:R}, got {actual:R})";
        output.WriteLine($"{name}: max {report} from Math.{name}");
        Assert.True(worst <= bound, $"{name}: {report}, bound {bound}");
    }
}
