using System.Threading;
using System.Threading.Tasks;
using DiffGen.CodeFixes;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<DiffGen.Analyzers.DifferentiableAnalyzer, DiffGen.CodeFixes.NoDerivativeCodeFixProvider>;

namespace DiffGen.Analyzers.Tests.CodeFixes;

/// <summary>DIFF001's fixes: "Add [Differentiable] to 'Foo'" and "Add a [DerivativeOf] stub for 'Foo'".</summary>
public sealed class NoDerivativeFixTests
{
    /// <summary>A callee the front end can differentiate only needs the attribute.</summary>
    [Fact]
    public Task Adds_Differentiable_to_a_differentiable_callee() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => {|DIFF001:Square(x)|} + 1;

                /// <summary>x².</summary>
                public static double Square(double x) => x * x;
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => Square(x) + 1;

                /// <summary>x².</summary>
                [Differentiable]
                public static double Square(double x) => x * x;
            }
            """,
            NoDerivativeCodeFixProvider.AddDifferentiableKey);

    /// <summary>The callee may live in another document, which then gets <c>using DiffGen;</c>.</summary>
    [Fact]
    public Task Adds_Differentiable_in_another_document_with_its_using()
    {
        var test = new Verify.Test { CodeActionEquivalenceKey = NoDerivativeCodeFixProvider.AddDifferentiableKey };
        test.TestState.Sources.Add(("/0/Caller.cs", """
            using DiffGen;
            using Helpers;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => {|DIFF001:Lib.Cube(x)|} + 1;
            }
            """));
        test.TestState.Sources.Add(("/0/Lib.cs", """
            namespace Helpers
            {
                public static partial class Lib
                {
                    public static double Cube(double x)
                    {
                        double y = x * x;
                        return y * x;
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Caller.cs", """
            using DiffGen;
            using Helpers;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => Lib.Cube(x) + 1;
            }
            """));
        test.FixedState.Sources.Add(("/0/Lib.cs", """
            using DiffGen;

            namespace Helpers
            {
                public static partial class Lib
                {
                    [Differentiable]
                    public static double Cube(double x)
                    {
                        double y = x * x;
                        return y * x;
                    }
                }
            }
            """));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A callee with a loop cannot be differentiated: the stub goes right after it, in its type.</summary>
    [Fact]
    public Task Adds_a_DerivativeOf_stub_for_a_callee_with_a_loop() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => {|DIFF001:Sum(x)|} * 2;

                public static double Sum(double x)
                {
                    double s = 0;
                    for (int i = 0; i < 3; i++)
                    {
                        s += x;
                    }

                    return s;
                }
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => Sum(x) * 2;

                public static double Sum(double x)
                {
                    double s = 0;
                    for (int i = 0; i < 3; i++)
                    {
                        s += x;
                    }

                    return s;
                }

                [DerivativeOf(nameof(Sum))]
                public static double SumDerivative(double x)
                {
                    throw new NotImplementedException("TODO: return the derivative of Sum with respect to x.");
                }
            }
            """,
            NoDerivativeCodeFixProvider.AddStubKey);

    /// <summary>
    /// Two callees with several inputs, in a file without <c>using DiffGen;</c> or <c>using System;</c>: fix-all adds
    /// both stubs (tuples of partials in parameter order), the using for the attribute, and a qualified exception.
    /// </summary>
    [Fact]
    public Task Fix_all_adds_tuple_stubs_for_several_callees()
    {
        var test = new Verify.Test { CodeActionEquivalenceKey = NoDerivativeCodeFixProvider.AddStubKey };
        test.TestState.Sources.Add(("/0/Caller.cs", """
            public static partial class C
            {
                [DiffGen.Differentiable]
                public static float F(float x, float y) => {|DIFF001:Lib.Mix(x, y)|} + {|DIFF001:Lib.Table(x)|};
            }
            """));
        test.TestState.Sources.Add(("/0/Lib.cs", """
            public static class Lib
            {
                public static float Mix(float a, float b)
                {
                    while (a > b)
                    {
                        a -= b;
                    }

                    return a;
                }

                public static float Table(float t) => new[] { 1f, 2f }[(int)t];
            }
            """));
        test.FixedState.Sources.Add(("/0/Caller.cs", """
            public static partial class C
            {
                [DiffGen.Differentiable]
                public static float F(float x, float y) => Lib.Mix(x, y) + Lib.Table(x);
            }
            """));
        test.FixedState.Sources.Add(("/0/Lib.cs", """
            using DiffGen;

            public static class Lib
            {
                public static float Mix(float a, float b)
                {
                    while (a > b)
                    {
                        a -= b;
                    }

                    return a;
                }

                [DerivativeOf(nameof(Mix))]
                public static (float da, float db) MixDerivative(float a, float b)
                {
                    throw new System.NotImplementedException("TODO: return the partial derivatives of Mix with respect to a, b, in that order.");
                }

                public static float Table(float t) => new[] { 1f, 2f }[(int)t];

                [DerivativeOf(nameof(Table))]
                public static float TableDerivative(float t)
                {
                    throw new System.NotImplementedException("TODO: return the derivative of Table with respect to t.");
                }
            }
            """));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Several calls to one callee: fix-all adds one stub, not one per call.</summary>
    [Fact]
    public Task Fix_all_adds_one_stub_per_callee_however_often_it_is_called() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => {|DIFF001:Step(x)|} + {|DIFF001:Step(2 * x)|};

                [Differentiable]
                public static double G(double x) => x * {|DIFF001:Step(x + 1)|};

                public static double Step(double x)
                {
                    while (x > 1)
                    {
                        x /= 2;
                    }

                    return x;
                }
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => Step(x) + Step(2 * x);

                [Differentiable]
                public static double G(double x) => x * Step(x + 1);

                public static double Step(double x)
                {
                    while (x > 1)
                    {
                        x /= 2;
                    }

                    return x;
                }

                [DerivativeOf(nameof(Step))]
                public static double StepDerivative(double x)
                {
                    throw new NotImplementedException("TODO: return the derivative of Step with respect to x.");
                }
            }
            """,
            NoDerivativeCodeFixProvider.AddStubKey);

    /// <summary>
    /// Fix All applies both kinds, whichever action it starts from: one pass (one <c>dotnet format</c> run, which
    /// applies one fix-all per diagnostic ID) adds the attribute to one callee and a stub for the other. Per kind it
    /// took a pass each.
    /// </summary>
    [Fact]
    public Task Fix_all_applies_attributes_and_stubs_together()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double x) => {|DIFF001:Square(x)|} + {|DIFF001:Sum(x)|};

                    public static double Square(double x) => x * x;

                    public static double Sum(double x)
                    {
                        double s = 0;
                        for (int i = 0; i < 2; i++)
                        {
                            s += x;
                        }

                        return s;
                    }
                }
                """,
            FixedCode = """
                using System;
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double x) => Square(x) + {|#0:Sum(x)|};

                    [Differentiable]
                    public static double Square(double x) => x * x;

                    public static double Sum(double x)
                    {
                        double s = 0;
                        for (int i = 0; i < 2; i++)
                        {
                            s += x;
                        }

                        return s;
                    }
                }
                """,
            BatchFixedCode = """
                using System;
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double x) => Square(x) + Sum(x);

                    [Differentiable]
                    public static double Square(double x) => x * x;

                    public static double Sum(double x)
                    {
                        double s = 0;
                        for (int i = 0; i < 2; i++)
                        {
                            s += x;
                        }

                        return s;
                    }

                    [DerivativeOf(nameof(Sum))]
                    public static double SumDerivative(double x)
                    {
                        throw new NotImplementedException("TODO: return the derivative of Sum with respect to x.");
                    }
                }
                """,
            CodeActionEquivalenceKey = NoDerivativeCodeFixProvider.AddDifferentiableKey,
        };
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF001").WithLocation(0)
            .WithArguments("C.Sum", "it is not [Differentiable], not a supported Math/MathF function, and no [DerivativeOf] method is registered for it"));
        return test.RunAsync(CancellationToken.None);
    }
}
