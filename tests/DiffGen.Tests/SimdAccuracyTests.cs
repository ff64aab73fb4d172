using System;
using System.Linq;
using System.Numerics;
using DiffGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Tests;

/// <summary>
/// Measures the span kernels against the scalar members over a dense sweep, far wider than the kernel tests' inputs:
/// every activation must stay within the documented SIMD bound, and the ones made only of branches, arithmetic, Sqrt,
/// Abs, Max, Min and Clamp (no vector transcendental) must give exactly the scalar bits. The worst error of each
/// activation is written to the test output (<c>--logger "console;verbosity=detailed"</c>) so the bound can be reviewed.
/// </summary>
public sealed class SimdAccuracyTests(ITestOutputHelper output)
{
    /// <summary>
    /// Activations with no Exp, Log or Tanh, whose SIMD code does the scalar operations lane by lane (GeluErf calls a
    /// [DerivativeOf] function, so it runs the scalar members themselves): bit-exact agreement is required of them.
    /// </summary>
    private static readonly string[] Exact =
        ["ReluMax", "ReluTernary", "ReluGe", "LeakyRelu", "Relu6", "Softsign", "HardSigmoid", "HardSwish", "Smooth", "BentIdentity", "GeluErf"];

    /// <summary>The activation names, as theory data.</summary>
    public static TheoryData<string> Names => ActivationCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_kernels_stay_within_the_simd_bound_over_a_dense_sweep(string name) =>
        Sweep(name, ActivationCatalog.ByName[name].Single);

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_kernels_stay_within_the_simd_bound_over_a_dense_sweep(string name) =>
        Sweep(name, ActivationCatalog.ByName[name].Double);

    /// <summary>The several-input activations, as theory data.</summary>
    public static TheoryData<string> MultiInputNames => MultiInputCatalog.Names();

    [Theory]
    [MemberData(nameof(MultiInputNames))]
    public void Float_multi_input_vectors_stay_within_the_simd_bound_over_a_random_sweep(string name) =>
        SweepMultiInput<float>(typeof(Functions.Activations), name);

    [Theory]
    [MemberData(nameof(MultiInputNames))]
    public void Double_multi_input_vectors_stay_within_the_simd_bound_over_a_random_sweep(string name) =>
        SweepMultiInput<double>(typeof(Functions.DoubleActivations), name);

    [Fact]
    public void The_exact_list_names_activations_of_the_catalog() =>
        Assert.All(Exact, name => Assert.True(ActivationCatalog.ByName.ContainsKey(name), name));

    /// <summary>
    /// 2¹⁶ evenly spaced points over [−20, 20] (through every kink and the saturating tails), geometrically spaced
    /// magnitudes from 1e-8 to 1e4 of both signs (tiny inputs and overflow of Exp), and the extremes.
    /// </summary>
    private static T[] SweepPoints<T>()
        where T : IFloatingPointIeee754<T>
    {
        const int Even = 1 << 16;
        var even = Enumerable.Range(0, Even + 1).Select(i => -20 + 40.0 * i / Even);
        var magnitudes = Enumerable.Range(0, 2401).Select(i => Math.Pow(10, -8 + i / 200.0)).ToArray();
        return [.. even.Concat(magnitudes).Concat(magnitudes.Select(m => -m)).Select(v => T.CreateChecked(v)), .. KernelInputs.Extremes<T>()];
    }

    private void Sweep<T>(string name, Implementation<T> f)
        where T : IFloatingPointIeee754<T>
    {
        T[] x = SweepPoints<T>();
        T[] ones = Enumerable.Repeat(T.One, x.Length).ToArray();
        var y = new T[x.Length];
        var dx = new T[x.Length];
        f.ForwardKernel(x, y);
        f.BackwardKernel(x, ones, dx);

        bool exact = Exact.Contains(name);
        (double forward, int forwardAt) = Worst(x, y, f.Function, exact);
        (double backward, int backwardAt) = Worst(x, dx, v => f.Backward(v, T.One), exact);
        double bound = NumericAssert.SimdTolerance<T>();
        output.WriteLine(
            $"{name}<{typeof(T).Name}>: worst forward error {forward:E3} ({forward / bound:F4} of the bound) at x = {x[forwardAt]}, " +
            $"worst derivative error {backward:E3} ({backward / bound:F4} of the bound) at x = {x[backwardAt]}{(exact ? " (exact required)" : "")}");

        string kind = exact ? "exact agreement" : "the SIMD bound";
        Assert.True(forward <= (exact ? 0 : bound), $"{name}<{typeof(T).Name}> forward kernel breaks {kind} at x = {x[forwardAt]}: scalar {f.Function(x[forwardAt])}, kernel {y[forwardAt]}");
        Assert.True(backward <= (exact ? 0 : bound), $"{name}<{typeof(T).Name}> backward kernel breaks {kind} at x = {x[backwardAt]}: scalar {f.Backward(x[backwardAt], T.One)}, kernel {dx[backwardAt]}");
    }

    /// <summary>
    /// 2¹³ fixed-seed points in the case's box, through the Vector256 overloads (the width the span kernels run on
    /// AVX2 hardware; every width gives the same bits). The box matters: a gradient that multiplies a cancelling
    /// difference by a large input, like ScaledTanh's a·x·(1 − tanh²(b·x)) for b, carries the ulps of tanh times
    /// |a·x| in scalar and SIMD code alike, so no bound relative to the result holds for every input.
    /// </summary>
    private void SweepMultiInput<T>(Type owner, string name)
        where T : IFloatingPointIeee754<T>
    {
        const int Count = 1 << 13;
        MultiInputCase c = MultiInputCatalog.ByName[name];
        var random = new Random(4099);
        T[][] inputs = Enumerable.Range(0, c.Arity)
            .Select(k => Enumerable.Range(0, Count).Select(_ => T.CreateChecked(c.Min[k] + (c.Max[k] - c.Min[k]) * random.NextDouble())).ToArray())
            .ToArray();
        T[] ones = Enumerable.Repeat(T.One, Count).ToArray();
        T[][] actual =
        [
            SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name, 256, c.Arity), 256, inputs)[0],
            .. SimdOverloads.Apply(SimdOverloads.Find<T>(owner, name + "Backward", 256, c.Arity + 1), 256, [.. inputs, ones]),
        ];
        System.Reflection.MethodInfo value = SimdOverloads.FindScalar<T>(owner, name, c.Arity);
        System.Reflection.MethodInfo backward = SimdOverloads.FindScalar<T>(owner, name + "Backward", c.Arity + 1);
        var worst = new (double Error, int At)[actual.Length];
        for (int i = 0; i < Count; i++)
        {
            T[] point = inputs.Select(input => input[i]).ToArray();
            T[] expected = [SimdOverloads.CallScalar(value, point)[0], .. SimdOverloads.CallScalar<T>(backward, [.. point, T.One])];
            for (int k = 0; k < actual.Length; k++)
            {
                double e = NumericAssert.SimdError(double.CreateTruncating(expected[k]), double.CreateTruncating(actual[k][i]));
                if (e > worst[k].Error || double.IsNaN(e))
                {
                    worst[k] = (e, i);
                }
            }
        }

        double bound = NumericAssert.SimdTolerance<T>();
        string Inputs(int i) => string.Join(", ", inputs.Select(input => input[i]));
        string[] outputs = ["forward", .. Enumerable.Range(0, c.Arity).Select(k => $"gradient {k}")];
        output.WriteLine($"{name}<{typeof(T).Name}>: " + string.Join(", ", outputs.Select((o, k) =>
            $"worst {o} error {worst[k].Error:E3} ({worst[k].Error / bound:F4} of the bound) at ({Inputs(worst[k].At)})")));
        for (int k = 0; k < actual.Length; k++)
        {
            Assert.True(worst[k].Error <= bound, $"{name}<{typeof(T).Name}> {outputs[k]} breaks the SIMD bound at ({Inputs(worst[k].At)}): vector {actual[k][worst[k].At]}");
        }
    }

    /// <summary>
    /// The largest <see cref="NumericAssert.SimdError"/> of <paramref name="actual"/> against <paramref name="scalar"/>,
    /// and where; with <paramref name="exact"/>, any difference in bits (other than between two NaNs) counts as +∞.
    /// </summary>
    private static (double Error, int At) Worst<T>(T[] x, T[] actual, Func<T, T> scalar, bool exact)
        where T : IFloatingPointIeee754<T>
    {
        (double error, int at) = (0, 0);
        for (int i = 0; i < x.Length; i++)
        {
            T expected = scalar(x[i]);
            double e = exact
                ? (SameBitsOrBothNaN(expected, actual[i]) ? 0 : double.PositiveInfinity)
                : NumericAssert.SimdError(double.CreateTruncating(expected), double.CreateTruncating(actual[i]));
            if (e > error || double.IsNaN(e))
            {
                (error, at) = (e, i);
            }
        }

        return (error, at);
    }

    private static bool SameBitsOrBothNaN<T>(T expected, T actual)
        where T : IFloatingPointIeee754<T> =>
        (T.IsNaN(expected) && T.IsNaN(actual)) || (expected == actual && T.IsNegative(expected) == T.IsNegative(actual));
}
