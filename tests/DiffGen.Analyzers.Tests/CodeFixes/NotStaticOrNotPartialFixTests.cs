using System.Threading;
using System.Threading.Tasks;
using DiffGen.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<DiffGen.Analyzers.DifferentiableAnalyzer, DiffGen.CodeFixes.NotStaticOrNotPartialCodeFixProvider>;

namespace DiffGen.Analyzers.Tests.CodeFixes;

/// <summary>DIFF004's fixes: "Make 'F' static" and "Make 'T' partial".</summary>
public sealed class NotStaticOrNotPartialFixTests
{
    /// <summary><c>static</c> goes after the accessibility modifier, as the .NET style orders them.</summary>
    [Fact]
    public Task Make_static_after_the_accessibility_modifier() =>
        Verify.VerifyCodeFixAsync(
            """
            using DiffGen;

            public partial class C
            {
                [Differentiable]
                public double {|DIFF004:F|}(double x) => x * x;
            }
            """,
            """
            using DiffGen;

            public partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """,
            NotStaticOrNotPartialCodeFixProvider.MakeStaticKey);

    /// <summary>With no modifiers, <c>static</c> becomes the first token and takes over the indentation.</summary>
    [Fact]
    public Task Make_static_without_other_modifiers() =>
        Verify.VerifyCodeFixAsync(
            """
            using DiffGen;

            public partial class C
            {
                [Differentiable]
                double {|DIFF004:F|}(double x) => x * x;

                [Differentiable] double {|DIFF004:G|}(double x) => x + x;
            }
            """,
            """
            using DiffGen;

            public partial class C
            {
                [Differentiable]
                static double F(double x) => x * x;

                [Differentiable] static double G(double x) => x + x;
            }
            """,
            NotStaticOrNotPartialCodeFixProvider.MakeStaticKey);

    /// <summary><c>partial</c> goes last among the modifiers, right before <c>class</c>, as C# requires.</summary>
    [Fact]
    public Task Make_type_partial_before_the_type_keyword() =>
        Verify.VerifyCodeFixAsync(
            """
            using DiffGen;

            public static class C
            {
                [Differentiable]
                public static double {|DIFF004:F|}(double x) => x * x;
            }
            """,
            """
            using DiffGen;

            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """,
            NotStaticOrNotPartialCodeFixProvider.MakePartialKey);

    /// <summary>A type with no modifiers: <c>partial</c> takes over the keyword's leading trivia (the comment stays above).</summary>
    [Fact]
    public Task Make_type_partial_without_modifiers_keeps_trivia() =>
        Verify.VerifyCodeFixAsync(
            """
            using DiffGen;

            // Activations.
            class C
            {
                [Differentiable]
                public static double {|DIFF004:F|}(double x) => x * x;
            }
            """,
            """
            using DiffGen;

            // Activations.
            partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """,
            NotStaticOrNotPartialCodeFixProvider.MakePartialKey);

    /// <summary>In a record struct, <c>partial</c> goes before <c>record</c>.</summary>
    [Fact]
    public Task Make_record_struct_partial() =>
        Verify.VerifyCodeFixAsync(
            """
            using DiffGen;

            public readonly record struct P(double V)
            {
                [Differentiable]
                public static double {|DIFF004:F|}(double x) => x * x;
            }
            """,
            """
            using DiffGen;

            public readonly partial record struct P(double V)
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """,
            NotStaticOrNotPartialCodeFixProvider.MakePartialKey);

    /// <summary>
    /// Two non-partial nested types and two methods: four DIFF004s, two per method name. Fixing one at a time takes
    /// two steps; fix-all makes both types partial at once (the duplicate edits of the same type merge).
    /// </summary>
    [Fact]
    public Task Fix_all_makes_every_enclosing_type_partial()
    {
        const string Outer = "Type 'Outer' must be partial so that DiffGen can add the derivatives of '{0}' to it";
        const string Inner = "Type 'Inner' must be partial so that DiffGen can add the derivatives of '{0}' to it";
        var test = new Verify.Test
        {
            TestCode = """
                using DiffGen;

                public class Outer
                {
                    public static class Inner
                    {
                        [Differentiable]
                        public static double {|#0:F|}(double x) => x * x;

                        [Differentiable]
                        public static double {|#1:G|}(double x) => x * 3;
                    }
                }
                """,
            FixedCode = """
                using DiffGen;

                public partial class Outer
                {
                    public static partial class Inner
                    {
                        [Differentiable]
                        public static double F(double x) => x * x;

                        [Differentiable]
                        public static double G(double x) => x * 3;
                    }
                }
                """,
            CodeActionEquivalenceKey = NotStaticOrNotPartialCodeFixProvider.MakePartialKey,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments(string.Format(Inner, "F")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments(string.Format(Outer, "F")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(1).WithArguments(string.Format(Inner, "G")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(1).WithArguments(string.Format(Outer, "G")));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// An instance method of a non-partial type gets both fixes, each with its own key; applying "static" leaves the
    /// partial diagnostic, whose fix then completes the job. Fix All applies both at once, whichever it starts from
    /// (one <c>dotnet format</c> run, which applies one fix-all per diagnostic ID, once needed two).
    /// </summary>
    [Fact]
    public Task Static_and_partial_fixes_apply_in_turn()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using DiffGen;

                public class C
                {
                    [Differentiable]
                    public double {|#0:F|}(double x) => x * x;
                }
                """,
            FixedCode = """
                using DiffGen;

                public class C
                {
                    [Differentiable]
                    public static double {|#0:F|}(double x) => x * x;
                }
                """,
            BatchFixedCode = """
                using DiffGen;

                public partial class C
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
                """,
            CodeActionEquivalenceKey = NotStaticOrNotPartialCodeFixProvider.MakeStaticKey,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments("[Differentiable] method 'F' must be static"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments("Type 'C' must be partial so that DiffGen can add the derivatives of 'F' to it"));
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments("Type 'C' must be partial so that DiffGen can add the derivatives of 'F' to it"));
        return test.RunAsync(CancellationToken.None);
    }
}
