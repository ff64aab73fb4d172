using System.Threading.Tasks;
using DiffGen.CodeFixes;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<DiffGen.Analyzers.DifferentiableAnalyzer, DiffGen.CodeFixes.RaiseOrderCodeFixProvider>;

namespace DiffGen.Analyzers.Tests.CodeFixes;

/// <summary>DIFF001 for a callee of lower order: "Set Order = n on 'G'".</summary>
public sealed class RaiseOrderFixTests
{
    [Fact]
    public Task Adds_the_order_to_a_callee_without_one() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable(Order = 2)]
                public static double F(double x) => {|DIFF001:G(x)|} + 1;

                [Differentiable]
                public static double G(double x) => Math.Exp(x);
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable(Order = 2)]
                public static double F(double x) => G(x) + 1;

                [Differentiable(Order = 2)]
                public static double G(double x) => Math.Exp(x);
            }
            """,
            RaiseOrderCodeFixProvider.Key);

    [Fact]
    public Task Raises_a_lower_order() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable(Order = 3)]
                public static double F(double x) => {|DIFF001:G(x)|} * x;

                [Differentiable(Order = 2)]
                public static double G(double x) => Math.Tanh(x);
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable(Order = 3)]
                public static double F(double x) => G(x) * x;

                [Differentiable(Order = 3)]
                public static double G(double x) => Math.Tanh(x);
            }
            """,
            RaiseOrderCodeFixProvider.Key);
}
