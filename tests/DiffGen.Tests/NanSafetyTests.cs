using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// Derivatives of guarded branches stay finite where the unselected branch is undefined (division by zero, log or
/// sqrt of a negative), as they do in the user's forward function: the derivative must not evaluate both sides and
/// multiply the bad one by zero. The SIMD code does compute both sides in every lane, so it must blend them per lane
/// (never multiply a mask by a NaN): the span kernels (long enough for every vector loop) and the Vector128/256/512
/// overloads (Vector512 in software where the hardware lacks it) are checked with the bad input at every lane position.
/// </summary>
public sealed class NanSafetyTests
{
    /// <summary>
    /// The span length: over 64, so the vector loop of every width runs several times, and a multiple of no lane
    /// count, so the scalar tail runs too.
    /// </summary>
    private const int Length = 67;

    [Fact]
    public void Seed_activation_derivative_is_finite_where_the_other_branch_divides_by_zero()
    {
        Assert.Equal(0.01f, Activations.SmoothDerivative(-0.6f));
        Assert.Equal(0.01, DoubleActivations.SmoothDerivative(-0.6));
        Assert.Equal(0.02f, Activations.SmoothBackward(-0.6f, 2f));

        float[] dx = new float[3];
        Activations.SmoothBackward(new[] { -0.6f, -0.6f, -0.6f }, new[] { 1f, 1f, 1f }, dx);
        Assert.Equal(new[] { 0.01f, 0.01f, 0.01f }, dx);
    }

    [Theory]
    [InlineData(-1f)]
    [InlineData(-0.5f)]
    [InlineData(-1e-30f)]
    [InlineData(0f)]
    [InlineData(float.MinValue)]
    public void Guarded_log_derivative_is_zero_off_its_domain(float x)
    {
        Assert.Equal(0f, KinkFunctions.GuardedLogDerivative(x));
        Assert.Equal(0f, KinkFunctions.GuardedLogBackward(x, 5f));
    }

    [Theory]
    [InlineData(-1f)]
    [InlineData(-4f)]
    [InlineData(-1e-30f)]
    [InlineData(float.MinValue)]
    public void Guarded_sqrt_derivative_is_zero_off_its_domain(float x)
    {
        Assert.Equal(0f, KinkFunctions.GuardedSqrtDerivative(x));
        Assert.Equal(0f, KinkFunctions.GuardedSqrtBackward(x, 5f));
    }

    [Fact]
    public void Guarded_functions_keep_their_textbook_derivative_inside_the_domain()
    {
        Assert.Equal(0.5f, KinkFunctions.GuardedLogDerivative(2f));
        Assert.Equal(0.25f, KinkFunctions.GuardedSqrtDerivative(4f));

        // −0 compares equal to 0, so it selects the guard like +0 does.
        Assert.Equal(0f, KinkFunctions.GuardedLogDerivative(-0f));
    }

    [Fact]
    public void Seed_activation_float_simd_code_is_exact_and_finite_where_the_other_branch_divides_by_zero() =>
        VerifyOffDomain(typeof(Activations), "Smooth", ActivationCatalog.ByName["Smooth"].Single, -0.6f, forward: 0.01f * -0.6f, dy => dy * 0.01f);

    [Fact]
    public void Seed_activation_double_simd_code_is_exact_and_finite_where_the_other_branch_divides_by_zero() =>
        VerifyOffDomain(typeof(DoubleActivations), "Smooth", ActivationCatalog.ByName["Smooth"].Double, -0.6, forward: 0.01 * -0.6, dy => dy * 0.01);

    [Theory]
    [InlineData("-1")]
    [InlineData("-0.5")]
    [InlineData("-1e-30")]
    [InlineData("-Epsilon")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("MinValue")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    public void Guarded_log_float_simd_code_is_zero_off_its_domain(string bad) =>
        VerifyOffDomain(typeof(KinkFunctions), nameof(KinkFunctions.GuardedLog), GuardedLog, Parse<float>(bad), forward: 0f, _ => 0f);

    [Theory]
    [InlineData("-1")]
    [InlineData("-0.5")]
    [InlineData("-1e-300")]
    [InlineData("-Epsilon")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("MinValue")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    public void Guarded_log_double_simd_code_is_zero_off_its_domain(string bad) =>
        VerifyOffDomain(typeof(KinkFunctions), nameof(KinkFunctions.GuardedLogDouble), GuardedLogDouble, Parse<double>(bad), forward: 0.0, _ => 0.0);

    [Theory]
    [InlineData("-1")]
    [InlineData("-4")]
    [InlineData("-1e-30")]
    [InlineData("-Epsilon")]
    [InlineData("MinValue")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    public void Guarded_sqrt_float_simd_code_is_zero_off_its_domain(string bad) =>
        VerifyOffDomain(typeof(KinkFunctions), nameof(KinkFunctions.GuardedSqrt), GuardedSqrt, Parse<float>(bad), forward: 0f, _ => 0f);

    [Theory]
    [InlineData("-1")]
    [InlineData("-4")]
    [InlineData("-1e-300")]
    [InlineData("-Epsilon")]
    [InlineData("MinValue")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    public void Guarded_sqrt_double_simd_code_is_zero_off_its_domain(string bad) =>
        VerifyOffDomain(typeof(KinkFunctions), nameof(KinkFunctions.GuardedSqrtDouble), GuardedSqrtDouble, Parse<double>(bad), forward: 0.0, _ => 0.0);

    private static Implementation<float> GuardedLog => new(
        KinkFunctions.GuardedLog, KinkFunctions.GuardedLogDerivative, KinkFunctions.GuardedLogBackward, KinkFunctions.GuardedLog, KinkFunctions.GuardedLogBackward);

    private static Implementation<double> GuardedLogDouble => new(
        KinkFunctions.GuardedLogDouble, KinkFunctions.GuardedLogDoubleDerivative, KinkFunctions.GuardedLogDoubleBackward, KinkFunctions.GuardedLogDouble, KinkFunctions.GuardedLogDoubleBackward);

    private static Implementation<float> GuardedSqrt => new(
        KinkFunctions.GuardedSqrt, KinkFunctions.GuardedSqrtDerivative, KinkFunctions.GuardedSqrtBackward, KinkFunctions.GuardedSqrt, KinkFunctions.GuardedSqrtBackward);

    private static Implementation<double> GuardedSqrtDouble => new(
        KinkFunctions.GuardedSqrtDouble, KinkFunctions.GuardedSqrtDoubleDerivative, KinkFunctions.GuardedSqrtDoubleBackward, KinkFunctions.GuardedSqrtDouble, KinkFunctions.GuardedSqrtDoubleBackward);

    /// <summary>A bad input written as in the theory data: a number, or the name of one of the type's special values.</summary>
    private static T Parse<T>(string text)
        where T : IFloatingPointIeee754<T> => text switch
        {
            "-Epsilon" => -T.Epsilon,
            "-0" => -T.Zero,
            "MinValue" => T.CreateChecked(typeof(T) == typeof(float) ? float.MinValue : double.MinValue),
            "-Infinity" => T.NegativeInfinity,
            "NaN" => T.NaN,
            _ => T.Parse(text, CultureInfo.InvariantCulture),
        };

    /// <summary>
    /// Puts <paramref name="bad"/> at every lane position, among ordinary inputs: in every element; in every other one,
    /// starting at 0 and at 1; and in every third one (3 shares no factor with a lane count, so it visits every lane).
    /// </summary>
    private static IEnumerable<(string Layout, T[] X, bool[] IsBad)> Layouts<T>(T bad)
        where T : IFloatingPointIeee754<T>
    {
        (string Name, Func<int, bool> IsBad)[] layouts =
        [
            ("every element", _ => true),
            ("even elements", i => i % 2 == 0),
            ("odd elements", i => i % 2 == 1),
            ("every third element", i => i % 3 == 0),
        ];
        T[] ordinary = KernelInputs.Values<T>(seed: 17, Length);
        foreach ((string name, Func<int, bool> isBad) in layouts)
        {
            bool[] mask = Enumerable.Range(0, Length).Select(isBad).ToArray();
            yield return (name, mask.Select((b, i) => b ? bad : ordinary[i]).ToArray(), mask);
        }
    }

    /// <summary>
    /// Runs the span kernels and the vector overloads of every width on <see cref="Layouts"/> of <paramref name="bad"/>:
    /// where the input is bad, the value must be exactly <paramref name="forward"/> and the gradient exactly
    /// <paramref name="backward"/>(dy) (both finite, as the scalar members give them); elsewhere the results must
    /// agree with the scalar members within the SIMD bound.
    /// </summary>
    private static void VerifyOffDomain<T>(Type owner, string name, Implementation<T> f, T bad, T forward, Func<T, T> backward)
        where T : IFloatingPointIeee754<T>
    {
        string method = $"{owner.Name}.{name}";
        RequireExact(forward, f.Function(bad), $"scalar {method}({bad})");
        RequireExact(backward(T.CreateChecked(3)), f.Backward(bad, T.CreateChecked(3)), $"scalar {method}Backward({bad}, 3)");
        foreach ((string layout, T[] x, bool[] isBad) in Layouts(bad))
        {
            T[] dy = KernelInputs.Values<T>(seed: 19, Length, -10, 10);
            T[] ones = Enumerable.Repeat(T.One, Length).ToArray();
            var y = new T[Length];
            var dx = new T[Length];
            f.ForwardKernel(x, y);
            f.BackwardKernel(x, dy, dx);
            Check(y, f.Function, x, isBad, forward, $"{method} span kernel, bad {bad} at {layout}");
            Check(dx, i => f.Backward(x[i], dy[i]), x, isBad, i => backward(dy[i]), $"{method}Backward span kernel, bad {bad} at {layout}");

            foreach (int bits in SimdOverloads.Widths)
            {
                string at = $"(Vector{bits}<{typeof(T).Name}>), bad {bad} at {layout}";
                T[] vy = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name, bits, 1), bits, x)[0];
                T[] vd = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Derivative", bits, 1), bits, x)[0];
                T[] vdx = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Backward", bits, 2), bits, x, dy)[0];
                Check(vy, f.Function, x, isBad, forward, method + at);
                Check(vd, f.Derivative, x, isBad, backward(T.One), $"{method}Derivative{at}");
                Check(vdx, i => f.Backward(x[i], dy[i]), x, isBad, i => backward(dy[i]), $"{method}Backward{at}");
            }
        }
    }

    private static void Check<T>(T[] actual, Func<T, T> scalar, T[] x, bool[] isBad, T expected, string context)
        where T : IFloatingPointIeee754<T> =>
        Check(actual, i => scalar(x[i]), x, isBad, _ => expected, context);

    private static void Check<T>(T[] actual, Func<int, T> scalar, T[] x, bool[] isBad, Func<int, T> expected, string context)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < actual.Length; i++)
        {
            if (isBad[i])
            {
                RequireExact(expected(i), actual[i], $"{context}: element {i}");
            }
            else
            {
                NumericAssert.SimdAgrees(scalar(i), actual[i], $"{context}: element {i}, an ordinary input x = {x[i]}");
            }
        }
    }

    /// <summary>Requires a finite result equal to <paramref name="expected"/> (−0 counts as 0).</summary>
    private static void RequireExact<T>(T expected, T actual, string context)
        where T : IFloatingPointIeee754<T>
    {
        if (!T.IsFinite(actual) || actual != expected)
        {
            throw new XunitException($"{context}: expected {expected}, actual {actual}");
        }
    }
}
