using System;
using System.Globalization;
using System.Linq;
using Xunit.Sdk;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>Compares the generated derivatives of a batch of random functions with the dual-number oracle.</summary>
internal static class DerivativeChecks
{
    // Double: closer than this (relative) to a kink or branch switch, the point is not compared.
    private const double DoubleKinkGap = 1e-4;

    // Float rounds ~1e-7 relative per operation, so branch decisions near a threshold can differ from double's.
    private const double FloatKinkGap = 1e-3;

    // Float intermediates beyond this (or below its inverse) are near overflow or underflow; the double
    // oracle is not a fair reference there.
    private const double FloatRange = 1e15;

    /// <summary>Compiles <paramref name="functions"/> and checks every one; on failure shrinks the failing function.</summary>
    public static void RunBatch(TestFunction[] functions, bool isFloat, CheckStats stats)
    {
        GeneratedBatch batch = GeneratedBatch.Compile(functions, isFloat);
        stats.Functions += functions.Length;
        for (int i = 0; i < functions.Length; i++)
        {
            if (Check(batch, i, functions[i], isFloat, stats) is var (failure, point))
            {
                // Shrink at the failing point only: fewer evaluations, and other points cannot mask it.
                var (minimal, minimalFailure) = Shrinker.Shrink(functions[i] with { Points = new[] { point } }, failure, f => CheckAlone(f, isFloat));
                throw new XunitException(
                    $"{(isFloat ? "float" : "double")} function {GeneratedBatch.MethodName(i)} failed: {failure}\n" +
                    $"  {ExprPrinter.Print(functions[i].Body, isFloat)}\n" +
                    $"Shrunk to:\n{GeneratedBatch.Declaration(minimal, 0, isFloat)}which fails with: {minimalFailure}");
            }
        }
    }

    /// <summary>Checks one function compiled on its own; a compile problem counts as a failure.</summary>
    public static string? CheckAlone(TestFunction f, bool isFloat)
    {
        try
        {
            GeneratedBatch batch = GeneratedBatch.Compile(new[] { f }, isFloat);
            return Check(batch, 0, f, isFloat, new CheckStats())?.Message;
        }
        catch (XunitException e)
        {
            return e.Message;
        }
    }

    // The first failure and the point (as given in the function) where it happened, or null.
    private static (string Message, double[] Point)? Check(GeneratedBatch batch, int index, TestFunction f, bool isFloat, CheckStats stats)
    {
        foreach (double[] raw in f.Points)
        {
            // The float variant takes float inputs; the oracle sees exactly those values.
            double[] point = isFloat ? raw.Select(v => (double)(float)v).ToArray() : raw;
            string? failure = isFloat ? CheckFloatPoint(batch, index, f, point, stats) : CheckDoublePoint(batch, index, f, point, stats);
            if (failure is not null)
            {
                return (failure, raw);
            }
        }

        return null;
    }

    private static string? CheckDoublePoint(GeneratedBatch batch, int index, TestFunction f, double[] point, CheckStats stats)
    {
        OracleResult oracle = DualEvaluator.Evaluate(f.Body, point);
        if (oracle.Threw)
        {
            // Math.Sign(NaN) or Math.Clamp(v, 2, 1): the user's method throws here too; nothing to compare.
            stats.Skipped++;
            return null;
        }

        // Sanity of the oracle: it must compute the very same value as the compiled method.
        double value = batch.Original(index, point);
        if (!value.Equals(oracle.Result.Value))
        {
            return $"ORACLE BUG: value at {Show(point)} is {Show(value)} compiled but {Show(oracle.Result.Value)} in the dual evaluator";
        }

        if (!TryGradient(batch, index, point, out double[] gradient, out string? thrown))
        {
            return thrown;
        }

        if (!oracle.IsComparable(DoubleKinkGap))
        {
            stats.Skipped++;
            return null;
        }

        for (int k = 0; k < point.Length; k++)
        {
            double expected = oracle.Result.Gradient(k), actual = gradient[k];
            double tolerance = 1e-7 * (1 + Math.Abs(expected) + Math.Abs(actual)) + 1e-12 * oracle.Result.Magnitude;
            if (!(Math.Abs(expected - actual) <= tolerance))
            {
                return $"d/d{ExprPrinter.InputNames[k]} at {Show(point)}: expected {Show(expected)} (dual numbers), generated {Show(actual)}";
            }
        }

        if (point.Length == 1)
        {
            double backward;
            try
            {
                backward = batch.Backward(index, point[0], 1.5);
            }
            catch (Exception e) when (e is not XunitException)
            {
                return $"the generated Backward threw {e.GetType().Name} ({e.Message}) at {Show(point)}, where Derivative does not";
            }

            if (!(Math.Abs(backward - 1.5 * gradient[0]) <= 1e-12 * (1 + Math.Abs(backward))))
            {
                return $"Backward(x, 1.5) at {Show(point)} is {Show(backward)} but 1.5 * Derivative(x) is {Show(1.5 * gradient[0])}";
            }
        }

        stats.Compared++;
        return CheckFiniteDifferences(batch, index, f, point, oracle, gradient, stats);
    }

    // An independent cross-check of oracle and generator alike, where central differences have converged.
    private static string? CheckFiniteDifferences(
        GeneratedBatch batch, int index, TestFunction f, double[] point, OracleResult oracle, double[] gradient, CheckStats stats)
    {
        if (oracle.KinkDistance < 1e-2)
        {
            return null;
        }

        for (int k = 0; k < point.Length; k++)
        {
            double h = 1e-4 * (1 + Math.Abs(point[k]));
            double expected = oracle.Result.Gradient(k);
            double? coarse = CentralDifference(batch, index, f, point, k, h, expected);
            double? fine = CentralDifference(batch, index, f, point, k, h / 2, expected);
            if (coarse is not { } c || fine is not { } d || !(Math.Abs(c - d) <= 1e-6 * (1 + Math.Abs(c) + Math.Abs(d))))
            {
                continue;
            }

            // As against the dual numbers: where the derivative cancels terms far larger than itself (x·y · x/y at
            // y = -6e-74 has terms of 1e73 and a derivative of 3), its rounding error scales with those terms.
            if (!(Math.Abs(gradient[k] - d) <= 2e-5 * (1 + Math.Abs(gradient[k]) + Math.Abs(d)) + 1e-12 * oracle.Result.Magnitude))
            {
                return $"d/d{ExprPrinter.InputNames[k]} at {Show(point)}: generated {Show(gradient[k])}, central differences {Show(d)} " +
                    $"(dual numbers {Show(expected)})";
            }

            stats.FiniteDifferenceChecks++;
        }

        return null;
    }

    // Null where the stencil is not smooth: a stencil point is near a kink, or the derivative changes
    // noticeably across the stencil (a pole in between, as for Pow(a, -2) at a ≈ 0, can look "converged").
    private static double? CentralDifference(GeneratedBatch batch, int index, TestFunction f, double[] point, int k, double h, double derivative)
    {
        double[] plus = (double[])point.Clone(), minus = (double[])point.Clone();
        plus[k] += h;
        minus[k] -= h;
        foreach (double[] p in new[] { plus, minus })
        {
            OracleResult end = DualEvaluator.Evaluate(f.Body, p);
            if (!end.IsComparable(DoubleKinkGap) || !(Math.Abs(end.Result.Gradient(k) - derivative) <= 1e-3 * (1 + Math.Abs(derivative))))
            {
                return null;
            }
        }

        return (batch.Original(index, plus) - batch.Original(index, minus)) / (plus[k] - minus[k]);
    }

    private static string? CheckFloatPoint(GeneratedBatch batch, int index, TestFunction f, double[] point, CheckStats stats)
    {
        OracleResult oracle = DualEvaluator.Evaluate(f.Body, point);
        double value;
        try
        {
            value = batch.Original(index, point);
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            // Math.Sign(NaN) or a Clamp with min > max in float, possibly where double did not: the method itself throws.
            stats.Skipped++;
            return null;
        }

        if (!TryGradient(batch, index, point, out double[] gradient, out string? thrown))
        {
            return thrown;
        }

        Dual r = oracle.Result;
        bool inRange = oracle.Extent < FloatRange && r.Magnitude < FloatRange && Enumerable.Range(0, point.Length).All(k => Math.Abs(r.Gradient(k)) < FloatRange);

        // Where float's own rounding already moved the value, the point is ill-conditioned in float.
        bool wellConditioned = Math.Abs(value - r.Value) <= 1e-4 * (1 + Math.Abs(r.Value));
        if (!oracle.IsComparable(FloatKinkGap) || !inRange || !wellConditioned)
        {
            stats.Skipped++;
            return null;
        }

        for (int k = 0; k < point.Length; k++)
        {
            double expected = r.Gradient(k), actual = gradient[k];
            double tolerance = 1e-3 * (1 + Math.Abs(expected) + Math.Abs(actual)) + 1e-5 * r.Magnitude;
            if (!(Math.Abs(expected - actual) <= tolerance))
            {
                return $"d/d{ExprPrinter.InputNames[k]} at {Show(point)}: expected {Show(expected)} (double dual numbers), generated {Show(actual)}";
            }
        }

        stats.Compared++;
        return null;
    }

    // The generated derivative must run wherever the method itself runs (it may return NaN, never throw).
    private static bool TryGradient(GeneratedBatch batch, int index, double[] point, out double[] gradient, out string? failure)
    {
        try
        {
            gradient = batch.Gradient(index, point);
            failure = null;
            return true;
        }
        catch (Exception e) when (e is not XunitException)
        {
            gradient = Array.Empty<double>();
            failure = $"the generated derivative threw {e.GetType().Name} ({e.Message}) at {Show(point)}, where the method itself does not";
            return false;
        }
    }

    private static string Show(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Show(double[] point) =>
        "(" + string.Join(", ", point.Select((v, k) => ExprPrinter.InputNames[k] + " = " + Show(v))) + ")";
}
