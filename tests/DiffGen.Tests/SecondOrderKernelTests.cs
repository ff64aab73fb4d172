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
/// at every width (Vector128, 256 and 512, lane for lane, the same bits at every width). The kernels of methods of several
/// inputs (Hessian-vector product, double backward) the same way, also on unaligned slices, and NaN-safe where the side a
/// lane does not take is singular.
/// </summary>
public sealed class SecondOrderKernelTests
{
    /// <summary>Single-input float methods.</summary>
    public static TheoryData<string> Floats => SecondOrderCatalog.Keys(1, typeof(float));

    /// <summary>Single-input double methods.</summary>
    public static TheoryData<string> Doubles => SecondOrderCatalog.Keys(1, typeof(double));

    /// <summary>Methods of several inputs (2, 3 and 8).</summary>
    public static TheoryData<string> Several
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (int arity in SeveralInputKernels.Arities)
            {
                foreach (string key in SecondOrderCatalog.Keys(arity))
                {
                    data.Add(key);
                }
            }

            return data;
        }
    }

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
    [MemberData(nameof(Several))]
    public void Several_input_second_order_kernels_match_scalar_members(string key) => ForElementType(key, nameof(VerifySeveral));

    [Theory]
    [MemberData(nameof(Several))]
    public void Several_input_second_order_vector_bodies_match_at_every_width(string key) => ForElementType(key, nameof(VerifySeveralWidths));

    [Fact]
    public void Several_input_kernels_are_nan_safe_where_the_untaken_side_is_singular()
    {
        // SeedPair's left side divides by a + 0.6, which is exactly 0 at a = -0.6f: every lane holds that point, so
        // every vector computes Inf/NaN on the side it does not take, and the select must discard them.
        foreach (int n in new[] { 1, 7, 16, 33, 100 })
        {
            float[] a = Enumerable.Repeat(-0.6f, n).ToArray();
            float[] b = KernelInputs.Values<float>(seed: n, n, -3, 3);
            float[] va = KernelInputs.Values<float>(seed: n + 1, n, -1, 1), vb = KernelInputs.Values<float>(seed: n + 2, n, -1, 1);
            float[] dy = KernelInputs.Values<float>(seed: n + 3, n, -2, 2);
            float[] ha = new float[n], hb = new float[n], da = new float[n], db = new float[n], ddy = new float[n];
            SecondOrderFunctions.SeedPairHessianVectorProduct(a, b, va, vb, ha, hb);
            SecondOrderFunctions.SeedPairBackwardBackward(a, b, dy, va, vb, da, db, ddy);
            for (int i = 0; i < n; i++)
            {
                (float eha, float ehb) = SecondOrderFunctions.SeedPairHessianVectorProduct(a[i], b[i], va[i], vb[i]);
                (float eda, float edb, float eddy) = SecondOrderFunctions.SeedPairBackwardBackward(a[i], b[i], dy[i], va[i], vb[i]);
                string at = $"length {n}, element {i}, b = {b[i]}";
                foreach ((float expected, float actual, string name) in new[] { (eha, ha[i], "ha"), (ehb, hb[i], "hb"), (eda, da[i], "da"), (edb, db[i], "db"), (eddy, ddy[i], "ddy") })
                {
                    Assert.True(float.IsFinite(actual), $"{at}: {name} = {actual}");
                    NumericAssert.SameBits(expected, actual, $"{at}: {name}");
                }
            }
        }
    }

    private static void ForElementType(string key, string verify)
    {
        MethodInfo f = SecondOrderCatalog.ByArity(SecondOrderCatalog.Arity(key))[key];
        typeof(SecondOrderKernelTests).GetMethod(verify, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(f.ReturnType).Invoke(null, [f, key]);
    }

    private static void VerifySeveral<T>(MethodInfo f, string key)
        where T : IFloatingPointIeee754<T>
    {
        int arity = f.GetParameters().Length;
        Action<ArraySegment<T>[], ArraySegment<T>[]> hvpKernel = SeveralInputKernels.HessianVectorProduct<T>(f), bbKernel = SeveralInputKernels.BackwardBackward<T>(f);
        MethodInfo hvp = SecondOrderCatalog.Member(f, "HessianVectorProduct", Enumerable.Repeat(typeof(T), 2 * arity).ToArray());
        MethodInfo bb = SecondOrderCatalog.Member(f, "BackwardBackward", Enumerable.Repeat(typeof(T), 2 * arity + 1).ToArray());
        foreach (int n in KernelInputs.Lengths)
        {
            // Points, then the directions (for the product) or the seed and the incoming gradients (for the double backward).
            T[][] points = Enumerable.Range(0, arity).Select(k => KernelInputs.Values<T>(seed: n + k, n, -3, 3)).ToArray();
            T[][] directions = Enumerable.Range(0, arity).Select(k => KernelInputs.Values<T>(seed: n + 50 + k, n, -1, 1)).ToArray();
            T[] dy = KernelInputs.Values<T>(seed: n + 99, n, -2, 2);
            T[][] hvpInputs = [.. points, .. directions], bbInputs = [.. points, dy, .. directions];
            T[][] hvpExpected = Expected(hvp, hvpInputs, arity, n), bbExpected = Expected(bb, bbInputs, arity + 1, n);
            Check(hvpKernel, hvpInputs, hvpExpected, $"{key} product, length {n}");
            Check(bbKernel, bbInputs, bbExpected, $"{key} double backward, length {n}");
        }

        Assert.Throws<ArgumentException>(() => hvpKernel(
            Enumerable.Range(0, 2 * arity).Select(k => new ArraySegment<T>(new T[k == 1 ? 1 : 2])).ToArray(),
            Enumerable.Range(0, arity).Select(_ => new ArraySegment<T>(new T[2])).ToArray()));
    }

    /// <summary>The scalar member's results, one array per output.</summary>
    private static T[][] Expected<T>(MethodInfo scalar, T[][] inputs, int outputs, int n)
        where T : IFloatingPointIeee754<T>
    {
        T[][] expected = Enumerable.Range(0, outputs).Select(_ => new T[n]).ToArray();
        for (int i = 0; i < n; i++)
        {
            T[] results = SimdOverloads.CallScalar(scalar, inputs.Select(input => input[i]).ToArray());
            for (int k = 0; k < outputs; k++)
            {
                expected[k][i] = results[k];
            }
        }

        return expected;
    }

    /// <summary>Runs a kernel out of place, in place (each output over the input of the same position) and on unaligned slices.</summary>
    private static void Check<T>(Action<ArraySegment<T>[], ArraySegment<T>[]> kernel, T[][] inputs, T[][] expected, string at)
        where T : IFloatingPointIeee754<T>
    {
        int n = inputs[0].Length;
        T[][] outputs = expected.Select(_ => new T[n]).ToArray();
        kernel(inputs.Select(x => new ArraySegment<T>(x)).ToArray(), outputs.Select(o => new ArraySegment<T>(o)).ToArray());
        Compare(expected, outputs, 0, at);

        // In place: output k overwrites input k (the product's entries over the points; the double backward's
        // gradients over the points and the seed's gradient over the seed, which is input number arity).
        T[][] copies = inputs.Select(x => (T[])x.Clone()).ToArray();
        kernel(copies.Select(x => new ArraySegment<T>(x)).ToArray(), expected.Select((_, k) => new ArraySegment<T>(copies[k])).ToArray());
        Compare(expected, copies.Take(expected.Length).ToArray(), 0, at + ", in place");

        T sentinel = T.CreateChecked(-54321);
        T[][] padded = inputs.Select((x, k) => KernelInputs.Padded(x, offset: 1 + k % 3, sentinel)).ToArray();
        T[][] paddedOutputs = expected.Select(_ => KernelInputs.Padded(new T[n], offset: 1, sentinel)).ToArray();
        kernel(padded.Select((x, k) => new ArraySegment<T>(x, 1 + k % 3, n)).ToArray(), paddedOutputs.Select(o => new ArraySegment<T>(o, 1, n)).ToArray());
        Compare(expected, paddedOutputs, 1, at + ", unaligned");
        foreach (T[] o in paddedOutputs)
        {
            NumericAssert.Untouched(o, 1, n, sentinel, at + ", unaligned");
        }
    }

    private static void Compare<T>(T[][] expected, T[][] actual, int offset, string at)
        where T : IFloatingPointIeee754<T>
    {
        for (int k = 0; k < expected.Length; k++)
        {
            for (int i = 0; i < expected[k].Length; i++)
            {
                NumericAssert.SimdAgrees(expected[k][i], actual[k][offset + i], $"{at}: output {k}[{i}]");
            }
        }
    }

    private static void VerifySeveralWidths<T>(MethodInfo f, string key)
        where T : IFloatingPointIeee754<T>
    {
        int arity = f.GetParameters().Length;
        Type iface = typeof(Elementwise<>).Assembly.GetType($"DiffGen.IVectorSecondOrderFunction{arity}`1")!.MakeGenericType(typeof(T));
        Type? kernel = f.DeclaringType!.GetNestedTypes().FirstOrDefault(k => iface.IsAssignableFrom(k)
            && (k.Name == f.Name + "Kernel" || k.Name == f.Name + (typeof(T) == typeof(float) ? "Float" : "Double") + "Kernel"));
        if (kernel is null)
        {
            // Only a method whose first-order kernels are scalar too (Pow, Clamp with bounds that are not constants)
            // may have scalar second-order kernels: tested above against the scalar members.
            Assert.True(HasNoVectorForm(f), $"{key} has no second-order vector bodies");
            return;
        }

        T[][] points = Enumerable.Range(0, arity).Select(k => KernelInputs.Values<T>(seed: 5 + k, 96, -3, 3)).ToArray();
        T[][] directions = Enumerable.Range(0, arity).Select(k => KernelInputs.Values<T>(seed: 50 + k, 96, -1, 1)).ToArray();
        T[] dy = KernelInputs.Values<T>(seed: 99, 96, -2, 2);
        T[][] hvpInputs = [.. points, .. directions], bbInputs = [.. points, dy, .. directions];
        T[][] expected =
        [
            .. Expected(SecondOrderCatalog.Member(f, "HessianVectorProduct", Enumerable.Repeat(typeof(T), 2 * arity).ToArray()), hvpInputs, arity, 96),
            .. Expected(SecondOrderCatalog.Member(f, "BackwardBackward", Enumerable.Repeat(typeof(T), 2 * arity + 1).ToArray()), bbInputs, arity + 1, 96),
        ];
        T[][]? previous = null;
        foreach (int bits in SimdOverloads.Widths)
        {
            Type v = SimdOverloads.VectorType<T>(bits);
            T[][] all =
            [
                .. SimdOverloads.Apply(Body(kernel, "HessianVectorProduct", 2 * arity).MakeGenericMethod(v), bits, hvpInputs),
                .. SimdOverloads.Apply(Body(kernel, "BackwardBackward", 2 * arity + 1).MakeGenericMethod(v), bits, bbInputs),
            ];
            Compare(expected, all, 0, $"{key} at Vector{bits}");
            if (previous is not null)
            {
                for (int k = 0; k < all.Length; k++)
                {
                    for (int i = 0; i < all[k].Length; i++)
                    {
                        NumericAssert.SameBits(previous[k][i], all[k][i], $"{key}: output {k}, lane {i} at Vector{bits} vs the narrower width");
                    }
                }
            }

            previous = all;
        }
    }

    [Fact]
    public void Vectorizable_methods_get_vector_second_order_bodies()
    {
        // The SIMD path must not silently fall back to scalar loops for the activations the issue names.
        Assert.True(typeof(IVectorSecondOrderFunction<double>).IsAssignableFrom(typeof(DoubleActivations.GeluTanhKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction<float>).IsAssignableFrom(typeof(Activations.SwishKernel)));
        Assert.True(typeof(IVectorThirdOrderFunction<double>).IsAssignableFrom(typeof(SecondOrderFunctions.Gelu3DoubleKernel)));
        // A method calling another [Differentiable] method that vectorizes at its order calls the callee's vector bodies:
        // its second derivative (Mish), third (Mish3), or Hessian-vector product (ThroughPair, BilinearSum).
        Assert.True(typeof(IVectorThirdOrderFunction<double>).IsAssignableFrom(typeof(SecondOrderFunctions.Mish3Kernel)));
        Assert.True(typeof(IVectorSecondOrderFunction<float>).IsAssignableFrom(typeof(Activations.MishKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction<double>).IsAssignableFrom(typeof(SecondOrderFunctions.ThroughPairKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction2<double>).IsAssignableFrom(typeof(SecondOrderFunctions.SoftplusProductKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction3<double>).IsAssignableFrom(typeof(SecondOrderFunctions.BilinearSumKernel)));
        // Several inputs: the Hessian-vector product and the double backward run on vectors too.
        Assert.True(typeof(IVectorSecondOrderFunction2<float>).IsAssignableFrom(typeof(Activations.SwishBetaKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction3<double>).IsAssignableFrom(typeof(DoubleActivations.ScaledTanhKernel)));
        Assert.True(typeof(IVectorSecondOrderFunction8<float>).IsAssignableFrom(typeof(SecondOrderFunctions.EightKernel)));
        // A callee whose derivative is a hand-written registration has no vector bodies: its caller's kernels stay scalar.
        Assert.False(typeof(IVectorSecondOrderFunction<float>).IsAssignableFrom(typeof(Activations).GetNestedType("GeluErfKernel") ?? typeof(object)));
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
            Assert.True(f.DeclaringType == typeof(ScalarSemanticsFunctions) || f.Name.Contains("Erf", StringComparison.Ordinal) || HasNoVectorForm(f), $"{key} has no second-order vector bodies");
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

    private static MethodInfo Body(Type kernel, string name, int arity) =>
        kernel.GetMethods(BindingFlags.Public | BindingFlags.Static).SingleOrDefault(m => m.Name == name && m.IsGenericMethodDefinition && m.GetParameters().Length == arity)
            ?? throw new XunitException($"{kernel.Name}.{name}<V> was not generated");

    /// <summary>Whether the method's first-order kernels are scalar too (it uses an operation with no vector form).</summary>
    private static bool HasNoVectorForm(MethodInfo f) =>
        !f.DeclaringType!.GetNestedTypes().Any(k => k.Name.StartsWith(f.Name, StringComparison.Ordinal) && k.GetMethod("Value", BindingFlags.Public | BindingFlags.Static) is not null);
}
