using System;
using System.Numerics;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The span kernels of several-input activations against their scalar function and tuple backward, within the SIMD
/// bound: at every length from 0 to 100 and at 1000, with outputs over inputs, and on unaligned slices whose
/// surroundings must stay untouched.
/// </summary>
public sealed class MultiInputKernelTests
{
    [Fact]
    public void PRelu_float_kernels_match_scalar() =>
        VerifyTwoInputs<float>("PRelu", Activations.PRelu, (x, a, dy) => Activations.PReluBackward(x, a, dy), Activations.PRelu, Activations.PReluBackward);

    [Fact]
    public void PRelu_double_kernels_match_scalar() =>
        VerifyTwoInputs<double>("PRelu", DoubleActivations.PRelu, (x, a, dy) => DoubleActivations.PReluBackward(x, a, dy), DoubleActivations.PRelu, DoubleActivations.PReluBackward);

    [Fact]
    public void SwishBeta_float_kernels_match_scalar() =>
        VerifyTwoInputs<float>("SwishBeta", Activations.SwishBeta, (x, b, dy) => Activations.SwishBetaBackward(x, b, dy), Activations.SwishBeta, Activations.SwishBetaBackward);

    [Fact]
    public void SwishBeta_double_kernels_match_scalar() =>
        VerifyTwoInputs<double>("SwishBeta", DoubleActivations.SwishBeta, (x, b, dy) => DoubleActivations.SwishBetaBackward(x, b, dy), DoubleActivations.SwishBeta, DoubleActivations.SwishBetaBackward);

    [Fact]
    public void ScaledTanh_float_kernels_match_scalar() =>
        VerifyThreeInputs<float>("ScaledTanh", Activations.ScaledTanh, (x, a, b, dy) => Activations.ScaledTanhBackward(x, a, b, dy), Activations.ScaledTanh, Activations.ScaledTanhBackward);

    [Fact]
    public void ScaledTanh_double_kernels_match_scalar() =>
        VerifyThreeInputs<double>("ScaledTanh", DoubleActivations.ScaledTanh, (x, a, b, dy) => DoubleActivations.ScaledTanhBackward(x, a, b, dy), DoubleActivations.ScaledTanh, DoubleActivations.ScaledTanhBackward);

    private static void VerifyTwoInputs<T>(string name, Func<T, T, T> f, Func<T, T, T, (T, T)> backward, SpanForward2<T> forwardKernel, SpanBackward2<T> backwardKernel)
        where T : IFloatingPointIeee754<T>
    {
        foreach (int n in KernelInputs.Lengths)
        {
            string at = $"{name}<{typeof(T).Name}>, length {n}";
            T[] a = KernelInputs.Values<T>(seed: n, n);
            T[] b = KernelInputs.Values<T>(seed: n + 1, n, -2, 2);
            T[] dy = KernelInputs.Values<T>(seed: n + 2, n, -10, 10);

            var y = new T[n];
            forwardKernel(a, b, y);
            T[] yOverA = (T[])a.Clone();
            forwardKernel(yOverA, b, yOverA);
            T[] sliced = KernelInputs.Padded(new T[n], offset: 1, T.NaN);
            forwardKernel(KernelInputs.Padded(a, 3, T.Zero).AsSpan(3, n), KernelInputs.Padded(b, 2, T.Zero).AsSpan(2, n), sliced.AsSpan(1, n));

            var da = new T[n];
            var db = new T[n];
            backwardKernel(a, b, dy, da, db);
            T[] daOverA = (T[])a.Clone();
            T[] dbOverDy = (T[])dy.Clone();
            backwardKernel(daOverA, b, dbOverDy, daOverA, dbOverDy);
            T[] daSliced = KernelInputs.Padded(new T[n], offset: 2, T.NaN);
            T[] dbSliced = KernelInputs.Padded(new T[n], offset: 3, T.NaN);
            backwardKernel(
                KernelInputs.Padded(a, 1, T.Zero).AsSpan(1, n), KernelInputs.Padded(b, 3, T.Zero).AsSpan(3, n), KernelInputs.Padded(dy, 2, T.Zero).AsSpan(2, n),
                daSliced.AsSpan(2, n), dbSliced.AsSpan(3, n));

            for (int i = 0; i < n; i++)
            {
                string point = $"{at}: i = {i}, inputs ({a[i]}, {b[i]}), dy = {dy[i]}";
                T expected = f(a[i], b[i]);
                NumericAssert.SimdAgrees(expected, y[i], point + ", y");
                NumericAssert.SimdAgrees(expected, yOverA[i], point + ", y over a");
                NumericAssert.SimdAgrees(expected, sliced[1 + i], point + ", unaligned y");
                (T ga, T gb) = backward(a[i], b[i], dy[i]);
                NumericAssert.SimdAgrees(ga, da[i], point + ", da");
                NumericAssert.SimdAgrees(gb, db[i], point + ", db");
                NumericAssert.SimdAgrees(ga, daOverA[i], point + ", da over a");
                NumericAssert.SimdAgrees(gb, dbOverDy[i], point + ", db over dy");
                NumericAssert.SimdAgrees(ga, daSliced[2 + i], point + ", unaligned da");
                NumericAssert.SimdAgrees(gb, dbSliced[3 + i], point + ", unaligned db");
            }

            NumericAssert.Untouched(sliced, 1, n, T.NaN, $"{at}, unaligned y");
            NumericAssert.Untouched(daSliced, 2, n, T.NaN, $"{at}, unaligned da");
            NumericAssert.Untouched(dbSliced, 3, n, T.NaN, $"{at}, unaligned db");
        }
    }

    private static void VerifyThreeInputs<T>(string name, Func<T, T, T, T> f, Func<T, T, T, T, (T, T, T)> backward, SpanForward3<T> forwardKernel, SpanBackward3<T> backwardKernel)
        where T : IFloatingPointIeee754<T>
    {
        foreach (int n in KernelInputs.Lengths)
        {
            string at = $"{name}<{typeof(T).Name}>, length {n}";
            T[] x = KernelInputs.Values<T>(seed: n, n);
            T[] a = KernelInputs.Values<T>(seed: n + 1, n, -3, 3);
            T[] b = KernelInputs.Values<T>(seed: n + 2, n, -2, 2);
            T[] dy = KernelInputs.Values<T>(seed: n + 3, n, -10, 10);

            var y = new T[n];
            forwardKernel(x, a, b, y);
            T[] yOverB = (T[])b.Clone();
            forwardKernel(x, a, yOverB, yOverB);

            T[] dx = KernelInputs.Padded(new T[n], offset: 1, T.NaN);
            T[] da = KernelInputs.Padded(new T[n], offset: 2, T.NaN);
            T[] db = KernelInputs.Padded(new T[n], offset: 3, T.NaN);
            backwardKernel(
                KernelInputs.Padded(x, 3, T.Zero).AsSpan(3, n), KernelInputs.Padded(a, 1, T.Zero).AsSpan(1, n), KernelInputs.Padded(b, 2, T.Zero).AsSpan(2, n), KernelInputs.Padded(dy, 3, T.Zero).AsSpan(3, n),
                dx.AsSpan(1, n), da.AsSpan(2, n), db.AsSpan(3, n));
            T[] dxOverX = (T[])x.Clone();
            T[] daOverA = (T[])a.Clone();
            T[] dbOverB = (T[])b.Clone();
            backwardKernel(dxOverX, daOverA, dbOverB, dy, dxOverX, daOverA, dbOverB);

            for (int i = 0; i < n; i++)
            {
                string point = $"{at}: i = {i}, inputs ({x[i]}, {a[i]}, {b[i]}), dy = {dy[i]}";
                T expected = f(x[i], a[i], b[i]);
                NumericAssert.SimdAgrees(expected, y[i], point + ", y");
                NumericAssert.SimdAgrees(expected, yOverB[i], point + ", y over b");
                (T gx, T ga, T gb) = backward(x[i], a[i], b[i], dy[i]);
                NumericAssert.SimdAgrees(gx, dx[1 + i], point + ", unaligned dx");
                NumericAssert.SimdAgrees(ga, da[2 + i], point + ", unaligned da");
                NumericAssert.SimdAgrees(gb, db[3 + i], point + ", unaligned db");
                NumericAssert.SimdAgrees(gx, dxOverX[i], point + ", dx over x");
                NumericAssert.SimdAgrees(ga, daOverA[i], point + ", da over a");
                NumericAssert.SimdAgrees(gb, dbOverB[i], point + ", db over b");
            }

            NumericAssert.Untouched(dx, 1, n, T.NaN, $"{at}, unaligned dx");
            NumericAssert.Untouched(da, 2, n, T.NaN, $"{at}, unaligned da");
            NumericAssert.Untouched(db, 3, n, T.NaN, $"{at}, unaligned db");
        }
    }
}
