using System.Threading.Tasks;
using DiffGen.CodeFixes;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<DiffGen.Analyzers.DifferentiableAnalyzer, DiffGen.CodeFixes.DoubleMathInFloatMethodCodeFixProvider>;

namespace DiffGen.Analyzers.Tests.CodeFixes;

/// <summary>DIFF009's fix: <c>(float)Math.X(args)</c> becomes <c>MathF.X(args)</c>.</summary>
public sealed class DoubleMathInFloatMethodFixTests
{
    /// <summary>The cast back to float goes with the double call.</summary>
    [Fact]
    public Task Replaces_Math_with_MathF_and_drops_the_float_cast() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static float F(float x) => (float){|DIFF009:Math.Exp(x)|};
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static float F(float x) => MathF.Exp(x);
            }
            """,
            DoubleMathInFloatMethodCodeFixProvider.UseMathFKey);

    /// <summary>
    /// Fix-all over several calls in one method: qualified <c>System.Math</c>, a redundant <c>(double)</c> cast of a
    /// float argument, and a double literal argument that becomes a float literal.
    /// </summary>
    [Fact]
    public Task Fix_all_rewrites_every_call() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static float F(float x)
                {
                    float a = (float){|DIFF009:Math.Sin((double)x)|};
                    float b = (float){|DIFF009:System.Math.Tanh(x)|};
                    return a * b + (float){|DIFF009:Math.Atan2(x, 0.5)|};
                }
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static float F(float x)
                {
                    float a = MathF.Sin(x);
                    float b = System.MathF.Tanh(x);
                    return a * b + MathF.Atan2(x, 0.5f);
                }
            }
            """,
            DoubleMathInFloatMethodCodeFixProvider.UseMathFKey);

    /// <summary>Without a directly enclosing <c>(float)</c> cast the call is still rewritten; the outer cast stays.</summary>
    [Fact]
    public Task Keeps_a_cast_that_is_not_directly_around_the_call() =>
        Verify.VerifyCodeFixAsync(
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static float F(float x) => (float)(x * {|DIFF009:Math.Exp(x)|});
            }
            """,
            """
            using System;
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static float F(float x) => (float)(x * MathF.Exp(x));
            }
            """,
            DoubleMathInFloatMethodCodeFixProvider.UseMathFKey);

    /// <summary>
    /// Calls nested in calls (<c>Math.Exp((float)Math.Tanh(x))</c>, three deep): one Fix All rewrites every level, so
    /// <c>dotnet format</c> converges in one run (it took one run per nesting level).
    /// </summary>
    [Fact]
    public Task Fix_all_rewrites_nested_calls_in_one_pass()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static float F(float x) => (float){|DIFF009:Math.Exp((float){|DIFF009:Math.Tanh((float){|DIFF009:Math.Sqrt(x * x + 1f)|})|})|} + Math.Max(x, (float){|DIFF009:Math.Sin(x)|});
                }
                """,
            FixedCode = """
                using System;
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static float F(float x) => MathF.Exp(MathF.Tanh(MathF.Sqrt(x * x + 1f))) + Math.Max(x, MathF.Sin(x));
                }
                """,
            CodeActionEquivalenceKey = DoubleMathInFloatMethodCodeFixProvider.UseMathFKey,
            NumberOfIncrementalIterations = 4,
            NumberOfFixAllIterations = 1,
        };
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
