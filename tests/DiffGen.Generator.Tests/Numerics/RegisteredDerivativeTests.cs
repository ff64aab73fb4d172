using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// A <c>[DerivativeOf]</c> registration for a <c>[Differentiable]</c> method wins over differentiating its body, for
/// the method's own generated members and for every caller: that is how a straight-through estimator is written.
/// </summary>
public sealed class RegisteredDerivativeTests
{
    private const string Ste = """
        using System;
        using DiffGen;
        namespace T;
        public static partial class C
        {
            [Differentiable] public static double Ste(double x) => Math.Round(x) + 0 * x;
            [DerivativeOf(nameof(Ste))] public static double SteD(double x) => 1.0;

            // The float overload has no registration: its body's derivative (0) stays.
            [Differentiable] public static float Ste(float x) => MathF.Round(x) + 0 * x;

            [Differentiable] public static double Caller(double x) => 3 * Ste(2 * x);
            [Differentiable] public static double Pair(double x, double y) => Ste(x) * y;

            [Differentiable] public static double Q(double a, double b) => Math.Round(a) * b + 0 * a;
            [DerivativeOf(nameof(Q))] public static (double, double) QD(double a, double b) => (b, Math.Round(a));

            // The span kernel over 19 copies of x (vector body and scalar tail): dx[0], or NaN if the lanes disagree.
            public static double KernelAt(double x)
            {
                var xs = new double[19];
                var dy = new double[19];
                var dx = new double[19];
                Array.Fill(xs, x);
                Array.Fill(dy, 1.0);
                SteBackward(xs, dy, dx);
                return Array.TrueForAll(dx, v => v == dx[0]) ? dx[0] : double.NaN;
            }
        }
        """;

    [Fact]
    public void The_registration_is_the_methods_own_derivative()
    {
        Compiled c = Compiled.Load(Ste);
        Assert.Equal(1.0, c.Call("SteDerivative", 0.3));
        Assert.Equal(2.5, c.Call("SteBackward", 0.3, 2.5));
        Assert.Equal(1.0, c.Call("KernelAt", 0.3));
        Assert.Equal(0.0, c.CallFloat("SteDerivative", 0.3));
    }

    [Fact]
    public void Callers_get_the_registered_derivative()
    {
        Compiled c = Compiled.Load(Ste);
        Assert.Equal(6.0, c.Call("CallerDerivative", 0.3));
        Assert.Equal(new[] { 4.0, 0.0 }, c.CallTuple("PairBackward", 0.3, 4.0, 1.0));
    }

    [Fact]
    public void A_multi_input_registration_gives_every_partial()
    {
        Compiled c = Compiled.Load(Ste);
        Assert.Equal(new[] { 2.0, 1.0 }, c.CallTuple("QBackward", 1.3, 2.0, 1.0));
        Assert.Equal(new[] { 3.0, 1.5 }, c.CallTuple("QBackward", 1.3, 2.0, 1.5));
    }

    /// <summary>
    /// A registered derivative named like a generated backward pass and called with a last argument of 1: the emitter
    /// once took it for one (whose last argument is the seed, with no partial) and declared its tuple local one
    /// component short, so the generated code did not compile. The IR now carries each tuple's size.
    /// </summary>
    [Fact]
    public void A_registration_named_like_a_backward_pass_keeps_every_partial()
    {
        Compiled c = Compiled.Load("""
            using System;
            using DiffGen;
            namespace T;
            public static partial class C
            {
                public static double Blend(double a, double b, double k) => a * b * k;
                [DerivativeOf(nameof(Blend))] public static (double, double, double) BlendBackward(double a, double b, double k) => (b * k, a * k, a * b);
                [Differentiable] public static double F(double x, double y) => Blend(x, y, 1.0);
            }
            """);
        Assert.Equal(new[] { 1.5, 1.0 }, c.CallTuple("FBackward", 2.0, 3.0, 0.5));
    }

    [Fact]
    public void A_registration_in_the_callers_type_wins_for_a_differentiable_method_of_another_assembly()
    {
        GeneratorRunResult library = GeneratorHarness.Run("""
            using System;
            using DiffGen;
            namespace L;
            public static partial class Lib
            {
                [Differentiable] public static double Ste(double x) => Math.Round(x) + 0 * x;
                [Differentiable] public static double Own(double x) => Math.Round(x) + 0 * x;
                [DerivativeOf(nameof(Own))] public static double OwnD(double x) => 1.0;
            }
            """);
        GeneratorAssert.CompilesWithoutErrors(library);
        GeneratorRunResult consumer = GeneratorHarness.RunReferencing(library, """
            using System;
            using DiffGen;
            namespace T;
            public static partial class C
            {
                [DerivativeOf(typeof(L.Lib), nameof(L.Lib.Ste))] public static double SteD(double x) => 1.0;
                [Differentiable] public static double Use(double x) => 2 * L.Lib.Ste(x);
                [Differentiable] public static double UseOwn(double x) => 2 * L.Lib.Own(x);
            }
            """);
        GeneratorAssert.NoGeneratorDiagnostics(consumer);
        GeneratorAssert.CompilesWithoutErrors(consumer);
        Compiled c = Compiled.Of(GeneratorHarness.CompileAndLoadAll(library.OutputCompilation, consumer.OutputCompilation), "T.C");
        Assert.Equal(2.0, c.Call("UseDerivative", 0.3));
        Assert.Equal(2.0, c.Call("UseOwnDerivative", 0.3));
    }

    [Fact]
    public void A_registration_in_the_callers_type_wins_for_a_differentiable_method_of_the_same_assembly()
    {
        Compiled c = Compiled.Load("""
            using System;
            using DiffGen;
            namespace T;
            public static partial class Lib
            {
                [Differentiable] public static double Ste(double x) => Math.Round(x) + 0 * x;
            }
            public static partial class C
            {
                [DerivativeOf(typeof(Lib), nameof(Lib.Ste))] public static double SteD(double x) => 1.0;
                [Differentiable] public static double Use(double x) => 2 * Lib.Ste(x);
            }
            """);
        Assert.Equal(2.0, c.Call("UseDerivative", 0.3));
    }
}
