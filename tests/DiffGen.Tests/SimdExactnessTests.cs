using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using DiffGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The vector bodies of the kink functions, which use only branches, arithmetic, Abs, Max, Min, Clamp, Sqrt and
/// rounding (no vector transcendental), must give the scalar members' very bits in every lane and at every width:
/// on the kinks themselves (ties of Max/Min, Clamp bounds, ±0, halves for Round) and on NaN and ±∞, where vector
/// Max/Min/Clamp must follow Math.Max/Min/Clamp rather than the hardware's own NaN rules.
/// </summary>
public sealed class SimdExactnessTests
{
    /// <summary>The values every input takes: kinks, halves, signed zeros, tiny and huge values, infinities, NaN.</summary>
    private static readonly double[] Tricky = [0, -0.0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3, 0.3, -0.7, 6, 1e-30, 1e30, double.PositiveInfinity, double.NegativeInfinity, double.NaN];

    /// <summary>The exact kink functions and their arity, as theory data.</summary>
    public static TheoryData<string, int> Functions => new()
    {
        { nameof(KinkFunctions.AbsOf), 1 },
        { nameof(KinkFunctions.MaxWithZeroSecond), 1 },
        { nameof(KinkFunctions.ClampUnit), 1 },
        { nameof(KinkFunctions.FloorOf), 1 },
        { nameof(KinkFunctions.CeilingOf), 1 },
        { nameof(KinkFunctions.RoundOf), 1 },
        { nameof(KinkFunctions.TruncateOf), 1 },
        { nameof(KinkFunctions.TimesFloor), 1 },
        { nameof(KinkFunctions.GuardedSqrt), 1 },
        { nameof(KinkFunctions.GuardedSqrtDouble), 1 },
        { nameof(KinkFunctions.MaxPair), 2 },
        { nameof(KinkFunctions.MinPair), 2 },
        { nameof(KinkFunctions.MaxPairDouble), 2 },
    };

    // ClampOverUpper and ClampBetween clamp with bounds from the inputs, which Math.Clamp checks (it throws where
    // min > max): they have no vector bodies, and their kernels run their scalar members (ScalarSemanticsKernelTests).

    [Theory]
    [MemberData(nameof(Functions))]
    public void Vector_overloads_give_the_scalar_bits_at_every_width(string name, int arity)
    {
        // The element type is that of the user's method (the one whose first parameter is a plain float or double).
        Type element = typeof(KinkFunctions).GetMethods()
            .Single(m => m.Name == name && m.GetParameters().Length == arity && m.GetParameters()[0].ParameterType.IsPrimitive)
            .ReturnType;
        if (element == typeof(float))
        {
            Verify<float>(name, arity);
        }
        else
        {
            Verify<double>(name, arity);
        }
    }

    private static void Verify<T>(string name, int arity)
        where T : IFloatingPointIeee754<T>
    {
        // Every combination of the tricky values (for three inputs, every bound pair around every value).
        double[][] points = arity switch
        {
            1 => Tricky.Select(v => new[] { v }).ToArray(),
            2 => Tricky.SelectMany(a => Tricky.Select(b => new[] { a, b })).ToArray(),
            _ => Tricky.SelectMany(x => new[] { -1, -0.0, -0.5, double.NaN, double.NegativeInfinity }
                .SelectMany(lo => new[] { 1, 0.0, 0.5, double.NaN, double.PositiveInfinity }.Select(hi => new[] { x, lo, hi }))).ToArray(),
        };
        Type owner = typeof(KinkFunctions);
        MethodInfo value = SimdOverloads.FindScalar<T>(owner, name, arity);
        MethodInfo backward = SimdOverloads.FindScalar<T>(owner, name + "Backward", arity + 1);

        // Math.Clamp throws where its lower bound exceeds its upper one: those points have no scalar value to match.
        var kept = points.Where(p => Call<T>(value, p.Select(v => T.CreateChecked(v)).ToArray()) is not null).ToArray();
        T[][] inputs = Enumerable.Range(0, arity).Select(k => kept.Select(p => T.CreateChecked(p[k])).ToArray()).ToArray();
        T[] dy = kept.Select((_, i) => T.CreateChecked(i % 3 == 0 ? 1 : -2.5)).ToArray();
        foreach (int bits in SimdOverloads.Widths)
        {
            T[] y = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name, bits, arity), bits, inputs)[0];
            T[][] gradients = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Backward", bits, arity + 1), bits, [.. inputs, dy]);
            for (int i = 0; i < kept.Length; i++)
            {
                T[] point = inputs.Select(input => input[i]).ToArray();
                string at = $"{name}(Vector{bits}<{typeof(T).Name}>), lane {i}, inputs ({string.Join(", ", point)}), dy = {dy[i]}";
                RequireSameBits(Call<T>(value, point)![0], y[i], at + ", value");
                T[] expected = Call<T>(backward, [.. point, dy[i]])!;
                for (int k = 0; k < arity; k++)
                {
                    RequireSameBits(expected[k], gradients[k][i], $"{at}, gradient {k}");
                }
            }
        }
    }

    /// <summary>Calls a scalar member; its result as an array (a tuple spread in order), or null where it throws ArgumentException.</summary>
    private static T[]? Call<T>(MethodInfo method, T[] arguments)
    {
        try
        {
            return SimdOverloads.CallScalar(method, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Requires the same bits, except that any NaN matches any NaN (payloads are not specified).</summary>
    private static void RequireSameBits<T>(T expected, T actual, string context)
        where T : IFloatingPointIeee754<T>
    {
        bool same = T.IsNaN(expected) ? T.IsNaN(actual) : expected == actual && T.IsNegative(expected) == T.IsNegative(actual);
        if (!same)
        {
            throw new XunitException($"{context}: expected {expected}{(T.IsZero(expected) && T.IsNegative(expected) ? " (−0)" : "")}, actual {actual}{(T.IsZero(actual) && T.IsNegative(actual) ? " (−0)" : "")}");
        }
    }
}
