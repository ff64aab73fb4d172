using System;
using System.Numerics;
using DiffGen.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The one-input span kernels against the scalar function and scalar backward, element by element, within the
/// SIMD bound (the vector loops use DiffGen.VectorMath's transcendentals, a few ulps from MathF's and Math's): at every
/// length from 0 to 100 and at 1000, so each vector width meets every tail length; in place (output span = input
/// array); and on unaligned slices, whose surroundings must stay untouched bit for bit.
/// </summary>
public sealed class KernelTests
{
    /// <summary>The activation names, as theory data.</summary>
    public static TheoryData<string> Names => ActivationCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_kernels_match_scalar_functions(string name) => VerifyAll(name, ActivationCatalog.ByName[name].Single);

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_kernels_match_scalar_functions(string name) => VerifyAll(name, ActivationCatalog.ByName[name].Double);

    private static void VerifyAll<T>(string name, Implementation<T> f)
        where T : IFloatingPointIeee754<T>
    {
        foreach (int n in KernelInputs.Lengths)
        {
            T[] x = KernelInputs.Values<T>(seed: n, n);
            T[] dy = KernelInputs.Values<T>(seed: n + 1, n, -10, 10);
            string at = $"{name}<{typeof(T).Name}>, length {n}";
            Forward(f, x, at);
            ForwardInPlace(f, x, at);
            Backward(f, x, dy, at);
            BackwardInPlace(f, x, dy, at);
            ForwardUnaligned(f, x, at);
            BackwardUnaligned(f, x, dy, at);
        }
    }

    private static void Forward<T>(Implementation<T> f, T[] x, string at)
        where T : IFloatingPointIeee754<T>
    {
        var y = new T[x.Length];
        f.ForwardKernel(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            NumericAssert.SimdAgrees(f.Function(x[i]), y[i], $"{at}: y[{i}] for x = {x[i]}");
        }
    }

    private static void ForwardInPlace<T>(Implementation<T> f, T[] x, string at)
        where T : IFloatingPointIeee754<T>
    {
        T[] buffer = (T[])x.Clone();
        f.ForwardKernel(buffer, buffer);
        for (int i = 0; i < x.Length; i++)
        {
            NumericAssert.SimdAgrees(f.Function(x[i]), buffer[i], $"{at}, in place: y[{i}] for x = {x[i]}");
        }
    }

    private static void Backward<T>(Implementation<T> f, T[] x, T[] dy, string at)
        where T : IFloatingPointIeee754<T>
    {
        var dx = new T[x.Length];
        f.BackwardKernel(x, dy, dx);
        for (int i = 0; i < x.Length; i++)
        {
            NumericAssert.SimdAgrees(f.Backward(x[i], dy[i]), dx[i], $"{at}: dx[{i}] for x = {x[i]}, dy = {dy[i]}");
        }
    }

    private static void BackwardInPlace<T>(Implementation<T> f, T[] x, T[] dy, string at)
        where T : IFloatingPointIeee754<T>
    {
        T[] overDy = (T[])dy.Clone();
        f.BackwardKernel(x, overDy, overDy);
        T[] overX = (T[])x.Clone();
        f.BackwardKernel(overX, dy, overX);
        for (int i = 0; i < x.Length; i++)
        {
            T expected = f.Backward(x[i], dy[i]);
            NumericAssert.SimdAgrees(expected, overDy[i], $"{at}, dx over dy: dx[{i}] for x = {x[i]}, dy = {dy[i]}");
            NumericAssert.SimdAgrees(expected, overX[i], $"{at}, dx over x: dx[{i}] for x = {x[i]}, dy = {dy[i]}");
        }
    }

    private static void ForwardUnaligned<T>(Implementation<T> f, T[] x, string at)
        where T : IFloatingPointIeee754<T>
    {
        T sentinel = T.CreateChecked(12345);
        T[] input = KernelInputs.Padded(x, offset: 3, sentinel);
        T[] output = KernelInputs.Padded(new T[x.Length], offset: 1, sentinel);
        f.ForwardKernel(input.AsSpan(3, x.Length), output.AsSpan(1, x.Length));
        for (int i = 0; i < x.Length; i++)
        {
            NumericAssert.SimdAgrees(f.Function(x[i]), output[1 + i], $"{at}, unaligned: y[{i}] for x = {x[i]}");
        }

        NumericAssert.Untouched(output, 1, x.Length, sentinel, at);
    }

    private static void BackwardUnaligned<T>(Implementation<T> f, T[] x, T[] dy, string at)
        where T : IFloatingPointIeee754<T>
    {
        T sentinel = T.CreateChecked(-54321);
        T[] input = KernelInputs.Padded(x, offset: 3, sentinel);
        T[] gradient = KernelInputs.Padded(dy, offset: 2, sentinel);
        T[] output = KernelInputs.Padded(new T[x.Length], offset: 1, sentinel);
        f.BackwardKernel(input.AsSpan(3, x.Length), gradient.AsSpan(2, x.Length), output.AsSpan(1, x.Length));
        for (int i = 0; i < x.Length; i++)
        {
            NumericAssert.SimdAgrees(f.Backward(x[i], dy[i]), output[1 + i], $"{at}, unaligned: dx[{i}] for x = {x[i]}, dy = {dy[i]}");
        }

        NumericAssert.Untouched(output, 1, x.Length, sentinel, at);
    }
}
