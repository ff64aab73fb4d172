using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Reflection;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// The generated vector bodies of every activation (its <c>FKernel.Value&lt;V&gt;</c>, <c>Derivative&lt;V&gt;</c>,
/// <c>Backward&lt;V&gt;</c>), called directly at every width (the span kernels only use the widest accelerated width, so
/// this is where the other widths, and software-emulated Vector512, are proven):
/// each lane agrees with the scalar member within the SIMD bound, and every width gives the same bits as the others.
/// </summary>
public sealed class SimdOverloadTests
{
    /// <summary>The activation names, as theory data.</summary>
    public static TheoryData<string> Names => ActivationCatalog.Names();

    /// <summary>The several-input activations, as theory data.</summary>
    public static TheoryData<string> MultiInputNames => MultiInputCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_vector_overloads_agree_with_scalar_members_at_every_width(string name) =>
        VerifyOneInput(typeof(Activations), name, ActivationCatalog.ByName[name].Single, LaneInputs<float>());

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_vector_overloads_agree_with_scalar_members_at_every_width(string name) =>
        VerifyOneInput(typeof(DoubleActivations), name, ActivationCatalog.ByName[name].Double, LaneInputs<double>());

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_vector_overloads_agree_with_scalar_members_on_extreme_inputs(string name) =>
        VerifyOneInput(typeof(Activations), name, ActivationCatalog.ByName[name].Single, KernelInputs.Extremes<float>());

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_vector_overloads_agree_with_scalar_members_on_extreme_inputs(string name) =>
        VerifyOneInput(typeof(DoubleActivations), name, ActivationCatalog.ByName[name].Double, KernelInputs.Extremes<double>());

    [Theory]
    [MemberData(nameof(MultiInputNames))]
    public void Float_multi_input_vector_overloads_agree_with_scalar_members_at_every_width(string name) =>
        VerifyMultiInput<float>(typeof(Activations), name);

    [Theory]
    [MemberData(nameof(MultiInputNames))]
    public void Double_multi_input_vector_overloads_agree_with_scalar_members_at_every_width(string name) =>
        VerifyMultiInput<double>(typeof(DoubleActivations), name);

    [Fact]
    public void A_method_with_no_vector_form_has_no_vector_bodies_and_its_kernels_are_its_scalar_members()
    {
        // Sign has no vector form: the kernels run the scalar members one element at a time, so they agree with them
        // bit for bit, and there is no vector body a caller's vector code could run on lanes the scalar code never sees.
        Assert.DoesNotContain(typeof(KinkFunctions.SignOfKernel).GetInterfaces(), i => i.Name.StartsWith("IVectorFunction", StringComparison.Ordinal));
        float[] x = [.. KernelInputs.Values<float>(seed: 3, 48), .. KernelInputs.Extremes<float>().Where(v => !float.IsNaN(v))];
        float[] dy = KernelInputs.Values<float>(seed: 4, x.Length, -10, 10);
        float[] y = new float[x.Length], dx = new float[x.Length];
        KinkFunctions.SignOf(x, y);
        KinkFunctions.SignOfBackward(x, dy, dx);
        for (int i = 0; i < x.Length; i++)
        {
            NumericAssert.SameBits(KinkFunctions.SignOf(x[i]), y[i], $"SignOf kernel, element {i} for x = {x[i]}");
            NumericAssert.SameBits(KinkFunctions.SignOfBackward(x[i], dy[i]), dx[i], $"SignOfBackward kernel, element {i} for x = {x[i]}");
        }
    }

    /// <summary>
    /// Lane inputs: the kernel inputs, random values and every branch threshold, 64 of them so that each special
    /// point visits several lane positions.
    /// </summary>
    private static T[] LaneInputs<T>()
        where T : IFloatingPointIeee754<T> =>
        KernelInputs.Values<T>(seed: 64, 64);

    private static void VerifyOneInput<T>(Type owner, string name, Implementation<T> f, T[] x)
        where T : IFloatingPointIeee754<T>
    {
        T[] dy = KernelInputs.Values<T>(seed: 65, x.Length, -10, 10);
        if (!SimdOverloads.HasVectorBodies<T>(owner, name))
        {
            // No vector form (GeluErf calls a [DerivativeOf] function): the kernels are the scalar members, exactly.
            T[] ky = new T[x.Length], kdx = new T[x.Length];
            f.ForwardKernel(x, ky);
            f.BackwardKernel(x, dy, kdx);
            for (int i = 0; i < x.Length; i++)
            {
                NumericAssert.SameBits(f.Function(x[i]), ky[i], $"{owner.Name}.{name} kernel, element {i} for x = {x[i]}");
                NumericAssert.SameBits(f.Backward(x[i], dy[i]), kdx[i], $"{owner.Name}.{name} backward kernel, element {i} for x = {x[i]}");
            }

            return;
        }

        var byWidth = new Dictionary<int, T[][]>();
        foreach (int bits in SimdOverloads.Widths)
        {
            string at = $"{owner.Name}.{name}(Vector{bits}<{typeof(T).Name}>)";
            T[] y = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name, bits, 1), bits, x)[0];
            T[] derivative = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Derivative", bits, 1), bits, x)[0];
            T[] dx = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Backward", bits, 2), bits, x, dy)[0];
            for (int i = 0; i < x.Length; i++)
            {
                NumericAssert.SimdAgrees(f.Function(x[i]), y[i], $"{at}: lane {i} for x = {x[i]}");
                NumericAssert.SimdAgrees(f.Derivative(x[i]), derivative[i], $"{at}: derivative, lane {i} for x = {x[i]}");
                NumericAssert.SimdAgrees(f.Backward(x[i], dy[i]), dx[i], $"{at}: backward, lane {i} for x = {x[i]}, dy = {dy[i]}");
            }

            byWidth[bits] = [y, derivative, dx];
        }

        AssertSameBitsAtEveryWidth(byWidth, $"{owner.Name}.{name}", ["value", "derivative", "backward"], x);
    }

    private static void VerifyMultiInput<T>(Type owner, string name)
        where T : IFloatingPointIeee754<T>
    {
        MultiInputCase c = MultiInputCatalog.ByName[name];
        T[][] inputs = Enumerable.Range(0, c.Arity).Select(k => KernelInputs.Values<T>(seed: 80 + k, 64, c.Min[k], c.Max[k])).ToArray();
        T[] dy = KernelInputs.Values<T>(seed: 90, 64, -10, 10);
        MethodInfo value = SimdOverloads.FindScalar<T>(owner, name, c.Arity);
        MethodInfo backward = SimdOverloads.FindScalar<T>(owner, name + "Backward", c.Arity + 1);
        var byWidth = new Dictionary<int, T[][]>();
        foreach (int bits in SimdOverloads.Widths)
        {
            string at = $"{owner.Name}.{name}(Vector{bits}<{typeof(T).Name}>)";
            T[] y = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name, bits, c.Arity), bits, inputs)[0];
            T[][] gradients = SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Backward", bits, c.Arity + 1), bits, [.. inputs, dy]);
            Assert.Equal(c.Arity, gradients.Length);
            for (int i = 0; i < dy.Length; i++)
            {
                T[] point = inputs.Select(input => input[i]).ToArray();
                string lane = $"{at}: lane {i} for inputs ({string.Join(", ", point)}), dy = {dy[i]}";
                NumericAssert.SimdAgrees(SimdOverloads.CallScalar(value, point)[0], y[i], lane);
                T[] expected = SimdOverloads.CallScalar<T>(backward, [.. point, dy[i]]);
                for (int k = 0; k < c.Arity; k++)
                {
                    NumericAssert.SimdAgrees(expected[k], gradients[k][i], $"{lane}, gradient {k}");
                }
            }

            byWidth[bits] = [y, .. gradients];
        }

        string[] outputs = ["value", .. Enumerable.Range(0, c.Arity).Select(k => $"gradient {k}")];
        AssertSameBitsAtEveryWidth(byWidth, $"{owner.Name}.{name}", outputs, inputs[0]);
    }

    /// <summary>
    /// The same algorithm runs at every width, so Vector128 and Vector512 must give Vector256's bits in every lane.
    /// The widths group different neighbours into one vector, so this also proves a lane's result does not depend on
    /// the other lanes (as it would with a whole-vector fallback once any lane is out of range).
    /// </summary>
    private static void AssertSameBitsAtEveryWidth<T>(Dictionary<int, T[][]> byWidth, string method, string[] outputs, T[] x)
        where T : IFloatingPointIeee754<T>
    {
        foreach (int bits in new[] { 128, 512 })
        {
            for (int k = 0; k < outputs.Length; k++)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    NumericAssert.SameBits(byWidth[256][k][i], byWidth[bits][k][i], $"{method}: {outputs[k]} of Vector{bits} vs Vector256, lane {i} (x = {x[i]})");
                }
            }
        }
    }
}
