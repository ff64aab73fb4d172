using System;
using System.Numerics;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The refinement of a derivative at a tie runs in vector code only for vectors with a lane at the tie (an <c>if</c>
/// on whether any lane is there); a vector with none takes the conventions. Lane by lane the result must stay the one
/// the blend of both gave: the scalar member's bits where no transcendental is involved, within the SIMD bound
/// otherwise, and the true derivative in the lanes at the tie, whatever the other lanes hold (no tie, the tie, NaN).
/// </summary>
public sealed class TieRefinementKernelTests
{
    /// <summary>The single-input functions: name, whether vector and scalar bits agree exactly, derivative at 0.</summary>
    public static TheoryData<string, bool, double> SingleInput => new()
    {
        { nameof(CancellingKinkFunctions.LogSigmoid), false, 0.5 },
        { nameof(CancellingKinkFunctions.LogSigmoidDouble), false, 0.5 },
        { nameof(CancellingKinkFunctions.MaxPlusMin), true, 1 },
        { nameof(CancellingKinkFunctions.AbsMinusRelus), true, -1 },
        { nameof(CancellingKinkFunctions.FourRelus), true, 0 },
        { nameof(CancellingKinkFunctions.FlaggedRelu), true, 1 },
    };

    [Theory]
    [MemberData(nameof(SingleInput))]
    public void Vector_bodies_refine_only_the_lanes_at_the_tie_at_every_width(string name, bool exact, double atZero)
    {
        if (name.EndsWith("Double", StringComparison.Ordinal) || name == nameof(CancellingKinkFunctions.AbsMinusRelus))
        {
            VerifyVectorBodies<double>(name, exact, atZero);
        }
        else
        {
            VerifyVectorBodies<float>(name, exact, atZero);
        }
    }

    [Fact]
    public void Span_kernels_refine_only_the_lanes_at_the_tie_at_every_length()
    {
        VerifySpans<float>(CancellingKinkFunctions.LogSigmoidBackward, CancellingKinkFunctions.LogSigmoidBackward, exact: false, 0.5f);
        VerifySpans<double>(CancellingKinkFunctions.LogSigmoidDoubleBackward, CancellingKinkFunctions.LogSigmoidDoubleBackward, exact: false, 0.5);
        VerifySpans<float>(CancellingKinkFunctions.MaxPlusMinBackward, CancellingKinkFunctions.MaxPlusMinBackward, exact: true, 1f);
        VerifySpans<double>(CancellingKinkFunctions.AbsMinusRelusBackward, CancellingKinkFunctions.AbsMinusRelusBackward, exact: true, -1.0);
        VerifySpans<float>(CancellingKinkFunctions.FourRelusBackward, CancellingKinkFunctions.FourRelusBackward, exact: true, 0f);
        VerifySpans<float>(CancellingKinkFunctions.FlaggedReluBackward, CancellingKinkFunctions.FlaggedReluBackward, exact: true, 1f);
    }

    [Fact]
    public void Binary_cross_entropy_kernels_have_the_true_gradient_in_the_lanes_at_the_tie()
    {
        VerifyBce<float>(CancellingKinkFunctions.BceBackward, CancellingKinkFunctions.BceBackward);
        VerifyBce<double>(CancellingKinkFunctions.BceDoubleBackward, CancellingKinkFunctions.BceDoubleBackward);
    }

    /// <summary>
    /// Inputs in groups of 8: x = ±0 in lane 3 of every fourth group, so that at every width some vectors have a lane at
    /// the tie and others have none, and NaN in lane 5 of every third group, alongside a tie or not; the rest uniform in [−4, 4).
    /// </summary>
    private static T[] Inputs<T>(int length, int seed)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var x = new T[length];
        for (int i = 0; i < length; i++)
        {
            int group = i / 8, lane = i % 8;
            x[i] = lane == 3 && group % 4 == 0 ? (group % 8 == 0 ? T.Zero : T.NegativeZero)
                : lane == 5 && group % 3 == 0 ? T.NaN
                : T.CreateChecked(random.NextDouble() * 8 - 4);
        }

        return x;
    }

    private static bool AtTie<T>(T x)
        where T : IFloatingPointIeee754<T> => T.IsZero(x);

    /// <summary>The kernel's element against the scalar member's; at the tie, also against the true derivative.</summary>
    private static void Check<T>(T scalar, T kernel, bool exact, T x, T? atTie, string context)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (exact && !(T.IsNaN(scalar) && T.IsNaN(kernel)))
        {
            NumericAssert.SameBits(scalar, kernel, context);
        }
        else
        {
            NumericAssert.SimdAgrees(scalar, kernel, context);
        }

        if (AtTie(x) && atTie is T expected && T.Abs(kernel - expected) > T.CreateChecked(1e-6) * T.Max(T.One, T.Abs(expected)))
        {
            throw new XunitException($"{context}: the lane at the tie has {kernel}, not the true derivative {expected}");
        }
    }

    private static void VerifyVectorBodies<T>(string name, bool exact, double atZero)
        where T : struct, IFloatingPointIeee754<T>
    {
        T[] x = Inputs<T>(96, seed: 13);
        T[] dy = new T[x.Length];
        Array.Fill(dy, T.One);
        System.Reflection.MethodInfo scalar = SimdOverloads.FindScalar<T>(typeof(CancellingKinkFunctions), name + "Derivative", 1);
        foreach (int bits in SimdOverloads.Widths)
        {
            T[] dx = SimdOverloads.Apply(SimdOverloads.Find<T>(typeof(CancellingKinkFunctions), name + "Backward", bits, 2), bits, x, dy)[0];
            for (int i = 0; i < x.Length; i++)
            {
                T expected = SimdOverloads.CallScalar<T>(scalar, x[i])[0];
                Check(expected, dx[i], exact, x[i], T.CreateChecked(atZero), $"{name}<{typeof(T).Name}> at {bits} bits, element {i} (x = {x[i]})");
            }
        }
    }

    private static void VerifySpans<T>(SpanBackward<T> kernel, Func<T, T, T> scalar, bool exact, T atZero)
        where T : struct, IFloatingPointIeee754<T>
    {
        for (int length = 0; length <= 100; length++)
        {
            T[] x = Inputs<T>(length, seed: length);
            T[] dy = Inputs<T>(length, seed: 1000 + length);
            for (int i = 0; i < length; i++)
            {
                // The upstream gradient: finite and nonzero, so that it carries the derivative through unchanged in sign.
                dy[i] = T.IsNaN(dy[i]) || T.IsZero(dy[i]) ? T.One : dy[i];
            }

            var dx = new T[length];
            kernel(x, dy, dx);
            for (int i = 0; i < length; i++)
            {
                Check(scalar(x[i], dy[i]), dx[i], exact, x[i], dy[i] * atZero, $"{typeof(T).Name} span kernel of length {length}, element {i} (x = {x[i]})");
            }
        }
    }

    private static void VerifyBce<T>(BceSpanBackward<T> kernel, Func<T, T, T, (T, T)> scalar)
        where T : struct, IFloatingPointIeee754<T>
    {
        T half = T.CreateChecked(0.5);
        for (int length = 0; length <= 100; length++)
        {
            T[] x = Inputs<T>(length, seed: length);
            var y = new T[length];
            var dy = new T[length];
            for (int i = 0; i < length; i++)
            {
                y[i] = T.CreateChecked((i % 7) / 6.0);
                dy[i] = T.One;
            }

            var dx = new T[length];
            var dyGradient = new T[length];
            kernel(x, y, dy, dx, dyGradient);
            for (int i = 0; i < length; i++)
            {
                (T gx, T gy) = scalar(x[i], y[i], dy[i]);
                string at = $"Bce<{typeof(T).Name}> span kernel of length {length}, element {i} (x = {x[i]}, y = {y[i]})";
                Check(gx, dx[i], exact: false, x[i], half - y[i], at + ", ∂x");
                Check(gy, dyGradient[i], exact: false, x[i], null, at + ", ∂y");
            }
        }
    }

    private delegate void SpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx);

    private delegate void BceSpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dyGradient);
}
