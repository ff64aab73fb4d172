using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// The second- and third-order span kernels of every single-input <c>Order = 2</c> (or 3) test function against their
/// scalar members, within the SIMD bound: at every length from 0 to 100 and at 1000, in place, and each vector body
/// at every width (Vector128, 256 and 512, lane for lane, the same bits at every width). Two-input kernels (Hessian-vector
/// product, double backward) against their scalar members too.
/// </summary>
public sealed class SecondOrderKernelTests
{
    /// <summary>Single-input float methods.</summary>
    public static TheoryData<string> Floats => SecondOrderCatalog.Keys(1, typeof(float));

    /// <summary>Single-input double methods.</summary>
    public static TheoryData<string> Doubles => SecondOrderCatalog.Keys(1, typeof(double));

    /// <summary>Two-input methods.</summary>
    public static TheoryData<string> Pairs => SecondOrderCatalog.Keys(2);

    [Theory]
    [MemberData(nameof(Floats))]
    public void Float_second_order_kernels_match_scalar_members(string key) => VerifyKernels<float>(key);

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_second_order_kernels_match_scalar_members(string key) => VerifyKernels<double>(key);

    [Theory]
    [MemberData(nameof(Floats))]
    public void Float_second_order_vector_bodies_match_at_every_width(string key) => VerifyWidths<float>(key);

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_second_order_vector_bodies_match_at_every_width(string key) => VerifyWidths<double>(key);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_input_second_order_kernels_match_scalar_members(string key)
    {
        MethodInfo f = SecondOrderCatalog.ByArity(2)[key];
        if (f.ReturnType == typeof(float))
        {
            VerifyPair<float>(f, key);
        }
        else
        {
            VerifyPair<double>(f, key);
        }
    }

    [Fact]
    public void Vectorizable_methods_get_vector_second_order_bodies()
    {
        // The SIMD path must not silently fall back to scalar loops for the activations the issue names.
        Assert.True(typeof(IVectorSecondOrderFunction<double>).IsAssignableFrom(typeof(DoubleActivations.GeluTanhKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction<float>).IsAssignableFrom(typeof(Activations.SwishKernel)));
        Assert.True(typeof(IVectorThirdOrderFunction<double>).IsAssignableFrom(typeof(SecondOrderFunctions.Gelu3DoubleKernel)));
        // A method calling another [Differentiable] method keeps scalar second-order kernels (README, "Second derivatives").
        Assert.False(typeof(IVectorSecondOrderFunction<double>).IsAssignableFrom(typeof(SecondOrderFunctions.Mish3Kernel)));
        Assert.True(typeof(IVectorFunction<double>).IsAssignableFrom(typeof(SecondOrderFunctions.Mish3Kernel)));
        Assert.False(typeof(IVectorThirdOrderFunction<double>).IsAssignableFrom(typeof(DoubleActivations.GeluTanhKernel)));
    }

    private static void VerifyKernels<T>(string key)
        where T : IFloatingPointIeee754<T>
    {
        MethodInfo f = SecondOrderCatalog.ByArity(1)[key];
        var second = (Func<T, T>)SecondOrderCatalog.Member(f, "SecondDerivative", typeof(T)).CreateDelegate(typeof(Func<T, T>));
        var secondKernel = (SpanForward<T>)SecondOrderCatalog.Member(f, "SecondDerivative", typeof(ReadOnlySpan<T>), typeof(Span<T>)).CreateDelegate(typeof(SpanForward<T>));
        var bb = (Func<T, T, T, (T, T)>)SecondOrderCatalog.Member(f, "BackwardBackward", typeof(T), typeof(T), typeof(T)).CreateDelegate(typeof(Func<T, T, T, (T, T)>));
        var bbKernel = (SpanBackwardBackward<T>)SecondOrderCatalog.Member(f, "BackwardBackward", typeof(ReadOnlySpan<T>), typeof(ReadOnlySpan<T>), typeof(ReadOnlySpan<T>), typeof(Span<T>), typeof(Span<T>))
            .CreateDelegate(typeof(SpanBackwardBackward<T>));
        bool third = f.GetCustomAttribute<DifferentiableAttribute>()!.Order > 2;
        Func<T, T>? thirdScalar = third ? (Func<T, T>)SecondOrderCatalog.Member(f, "ThirdDerivative", typeof(T)).CreateDelegate(typeof(Func<T, T>)) : null;
        SpanForward<T>? thirdKernel = third ? (SpanForward<T>)SecondOrderCatalog.Member(f, "ThirdDerivative", typeof(ReadOnlySpan<T>), typeof(Span<T>)).CreateDelegate(typeof(SpanForward<T>)) : null;

        foreach (int n in KernelInputs.Lengths)
        {
            // A checked helper (SafeSqrt) throws below 0, in its scalar members and kernels alike: positive inputs for it.
            T[] x = KernelInputs.Values<T>(seed: n, n);
            if (key.StartsWith("ScalarSemanticsFunctions.Root", StringComparison.Ordinal))
            {
                x = Array.ConvertAll(x, v => T.Abs(v) + T.CreateChecked(0.01));
            }

            T[] dy = KernelInputs.Values<T>(seed: n + 1, n, -10, 10);
            T[] ddx = KernelInputs.Values<T>(seed: n + 2, n, -3, 3);
            string at = $"{key}, length {n}";

            var d2 = new T[n];
            secondKernel(x, d2);
            T[] inPlace = (T[])x.Clone();
            secondKernel(inPlace, inPlace);
            var dx = new T[n];
            var ddy = new T[n];
            bbKernel(x, dy, ddx, dx, ddy);
            T[] dxOverX = (T[])x.Clone(), ddyOverDy = (T[])dy.Clone();
            bbKernel(dxOverX, ddyOverDy, ddx, dxOverX, ddyOverDy);
            T[] d3 = new T[n];
            thirdKernel?.Invoke(x, d3);
            for (int i = 0; i < n; i++)
            {
                T expected = second(x[i]);
                NumericAssert.SimdAgrees(expected, d2[i], $"{at}: d2[{i}] for x = {x[i]}");
                NumericAssert.SimdAgrees(expected, inPlace[i], $"{at}, in place: d2[{i}] for x = {x[i]}");
                (T edx, T eddy) = bb(x[i], dy[i], ddx[i]);
                NumericAssert.SimdAgrees(edx, dx[i], $"{at}: dx[{i}]");
                NumericAssert.SimdAgrees(eddy, ddy[i], $"{at}: ddy[{i}]");
                NumericAssert.SimdAgrees(edx, dxOverX[i], $"{at}, in place: dx[{i}]");
                NumericAssert.SimdAgrees(eddy, ddyOverDy[i], $"{at}, in place: ddy[{i}]");
                if (thirdScalar is not null)
                {
                    NumericAssert.SimdAgrees(thirdScalar(x[i]), d3[i], $"{at}: d3[{i}] for x = {x[i]}");
                }
            }
        }

        Assert.Throws<ArgumentException>(() => secondKernel(new T[3], new T[4]));
        Assert.Throws<ArgumentException>(() => bbKernel(new T[3], new T[3], new T[3], new T[3], new T[2]));
    }

    private static void VerifyWidths<T>(string key)
        where T : IFloatingPointIeee754<T>
    {
        MethodInfo f = SecondOrderCatalog.ByArity(1)[key];
        Type? kernel = f.DeclaringType!.GetNestedTypes().FirstOrDefault(k => k.GetInterfaces().Contains(typeof(IVectorSecondOrderFunction<>).MakeGenericType(typeof(T)))
            && k.GetMethod("SecondDerivative", [typeof(T)]) is not null
            && (k.Name == f.Name + "Kernel" || k.Name == f.Name + (typeof(T) == typeof(float) ? "Float" : "Double") + "Kernel"));
        if (kernel is null)
        {
            // No vector bodies (an operation without a vector form): the kernels are scalar loops, tested above.
            // Nor does a method calling another [Differentiable] method: its second-order kernels are scalar loops.
            Assert.True(f.DeclaringType == typeof(ScalarSemanticsFunctions) || f.Name.Contains("Erf", StringComparison.Ordinal) || f.Name is "ThroughPair" or "Mish" or "Mish3"
                || HasNoVectorForm(f), $"{key} has no second-order vector bodies");
            return;
        }

        bool third = kernel.GetInterfaces().Contains(typeof(IVectorThirdOrderFunction<>).MakeGenericType(typeof(T)));
        T[] x = KernelInputs.Values<T>(seed: 5, 96);
        T[] dy = KernelInputs.Values<T>(seed: 6, 96, -10, 10);
        T[] ddx = KernelInputs.Values<T>(seed: 7, 96, -3, 3);
        var scalar2 = (Func<T, T>)SecondOrderCatalog.Member(f, "SecondDerivative", typeof(T)).CreateDelegate(typeof(Func<T, T>));
        T[][]? previous = null;
        foreach (int bits in SimdOverloads.Widths)
        {
            Type v = SimdOverloads.VectorType<T>(bits);
            T[] d2 = SimdOverloads.Apply(Body(kernel, "SecondDerivative", 1).MakeGenericMethod(v), bits, x)[0];
            T[][] bb = SimdOverloads.Apply(Body(kernel, "BackwardBackward", 3).MakeGenericMethod(v), bits, x, dy, ddx);
            T[] d3 = third ? SimdOverloads.Apply(Body(kernel, "ThirdDerivative", 1).MakeGenericMethod(v), bits, x)[0] : new T[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                NumericAssert.SimdAgrees(scalar2(x[i]), d2[i], $"{key} at Vector{bits}: lane {i} for x = {x[i]}");
            }

            T[][] all = [d2, bb[0], bb[1], d3];
            if (previous is not null)
            {
                for (int k = 0; k < all.Length; k++)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        NumericAssert.SameBits(previous[k][i], all[k][i], $"{key}: output {k}, lane {i} at Vector{bits} vs the narrower width");
                    }
                }
            }

            previous = all;
        }
    }

    private static void VerifyPair<T>(MethodInfo f, string key)
        where T : IFloatingPointIeee754<T>
    {
        var hvp = (Func<T, T, T, T, (T, T)>)SecondOrderCatalog.Member(f, "HessianVectorProduct", typeof(T), typeof(T), typeof(T), typeof(T)).CreateDelegate(typeof(Func<T, T, T, T, (T, T)>));
        var hvpKernel = (SpanHessianVectorProduct2<T>)SecondOrderCatalog.Member(f, "HessianVectorProduct", Enumerable.Repeat(typeof(ReadOnlySpan<T>), 4).Concat(Enumerable.Repeat(typeof(Span<T>), 2)).ToArray())
            .CreateDelegate(typeof(SpanHessianVectorProduct2<T>));
        var bb = (Func<T, T, T, T, T, (T, T, T)>)SecondOrderCatalog.Member(f, "BackwardBackward", Enumerable.Repeat(typeof(T), 5).ToArray()).CreateDelegate(typeof(Func<T, T, T, T, T, (T, T, T)>));
        var bbKernel = (SpanBackwardBackward2<T>)SecondOrderCatalog.Member(f, "BackwardBackward", Enumerable.Repeat(typeof(ReadOnlySpan<T>), 5).Concat(Enumerable.Repeat(typeof(Span<T>), 3)).ToArray())
            .CreateDelegate(typeof(SpanBackwardBackward2<T>));
        foreach (int n in KernelInputs.Lengths)
        {
            T[] a = KernelInputs.Values<T>(seed: n, n, 0.1, 3), b = KernelInputs.Values<T>(seed: n + 1, n, 0.1, 3);
            T[] va = KernelInputs.Values<T>(seed: n + 2, n, -1, 1), vb = KernelInputs.Values<T>(seed: n + 3, n, -1, 1), dy = KernelInputs.Values<T>(seed: n + 4, n, -2, 2);
            T[] ha = new T[n], hb = new T[n];
            hvpKernel(a, b, va, vb, ha, hb);
            T[] da = (T[])a.Clone(), db = (T[])b.Clone(), ddy = (T[])dy.Clone();
            bbKernel(da, db, ddy, va, vb, da, db, ddy);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(hvp(a[i], b[i], va[i], vb[i]), (ha[i], hb[i]));
                Assert.Equal(bb(a[i], b[i], dy[i], va[i], vb[i]), (da[i], db[i], ddy[i]));
            }
        }

        Assert.Throws<ArgumentException>(() => hvpKernel(new T[2], new T[2], new T[2], new T[1], new T[2], new T[2]));
    }

    private static MethodInfo Body(Type kernel, string name, int arity) =>
        kernel.GetMethods(BindingFlags.Public | BindingFlags.Static).SingleOrDefault(m => m.Name == name && m.IsGenericMethodDefinition && m.GetParameters().Length == arity)
            ?? throw new XunitException($"{kernel.Name}.{name}<V> was not generated");

    /// <summary>Whether the method's first-order kernels are scalar too (it uses an operation with no vector form).</summary>
    private static bool HasNoVectorForm(MethodInfo f) =>
        !f.DeclaringType!.GetNestedTypes().Any(k => k.Name.StartsWith(f.Name, StringComparison.Ordinal) && k.GetMethod("Value", BindingFlags.Public | BindingFlags.Static) is not null);
}
