using System.Collections.Generic;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>DIFF003: each construct DiffGen cannot differentiate is reported on the construct itself.</summary>
public sealed class UnsupportedConstructTests
{
    /// <summary>Case name, class members, the text the diagnostic must cover, and the rejected method.</summary>
    public static IEnumerable<object[]> Cases => new[]
    {
        Case("ForLoop", """
            [Differentiable]
            public static double F(double x)
            {
                double s = x;
                for (int i = 0; i < 3; i++) { s = s * x; }
                return s;
            }
            """, "for (int i = 0; i < 3; i++) { s = s * x; }"),
        Case("WhileLoop", """
            [Differentiable]
            public static double F(double x)
            {
                double s = x;
                while (s < 10.0) { s = s * 2.0; }
                return s;
            }
            """, "while (s < 10.0) { s = s * 2.0; }"),
        Case("ForeachLoop", """
            private static readonly double[] Weights = { 1.0, 2.0 };

            [Differentiable]
            public static double F(double x)
            {
                double s = 0.0;
                foreach (var w in Weights) { s = s + w * x; }
                return s;
            }
            """, "foreach (var w in Weights) { s = s + w * x; }"),
        Case("DirectRecursion", """
            [Differentiable]
            public static double F(double x) => x < 1.0 ? x : F(x * 0.5);
            """, "F(x * 0.5)"),
        Case("Goto", """
            [Differentiable]
            public static double F(double x)
            {
                if (x > 0.0) { goto done; }
                x = -x;
            done:
                return x;
            }
            """, "goto done;"),
        Case("TryCatch", """
            [Differentiable]
            public static double F(double x)
            {
                try { return Math.Sqrt(x); } catch (ArithmeticException) { return 0.0; }
            }
            """, "try { return Math.Sqrt(x); } catch (ArithmeticException) { return 0.0; }"),
        Case("Lambda", """
            [Differentiable]
            public static double F(double x)
            {
                Func<double, double> twice = v => 2.0 * v;
                return twice(x);
            }
            """, "v => 2.0 * v", "twice = v => 2.0 * v"),
        Case("LocalFunctionAssigningWhatItCaptures", """
            [Differentiable]
            public static double F(double x)
            {
                double k = 1.0;
                return Bump() * x;

                double Bump() => k = 2.0;
            }
            """, "k = 2.0"),
        Case("RecursiveLocalFunction", """
            [Differentiable]
            public static double F(double x)
            {
                return Halve(x);

                static double Halve(double v) => v > 1.0 ? Halve(v * 0.5) : v;
            }
            """, "Halve(v * 0.5)"),
        Case("RefParameter", """
            [Differentiable]
            public static double F(ref double x) => x * x;
            """, "x"),
        Case("OutParameter", """
            [Differentiable]
            public static double F(out double x)
            {
                x = 1.0;
                return x;
            }
            """, "x"),
        Case("InParameter", """
            [Differentiable]
            public static double F(in double x) => x * x;
            """, "x"),
        Case("AssignmentInConditionalBranch", """
            [Differentiable]
            public static double F(double x)
            {
                double t = 0.0;
                double u = x > 0.0 ? (t = x) : 1.0;
                return t * u;
            }
            """, "t = x"),
        Case("OutArgument", """
            [Differentiable]
            public static double F(double x)
            {
                int q = Math.DivRem(7, 2, out int r);
                return x * r + q;
            }
            """, "out int r"),
        Case("RefLocal", """
            [Differentiable]
            public static double F(double x)
            {
                double y = x * x;
                ref double r = ref y;
                return r + 1.0;
            }
            """, "r = ref y"),
        Case("SwitchExpressionWithPropertyPattern", """
            [Differentiable]
            public static double F(double x) => x switch { { } v => v * v };
            """, "{ } v"),
        Case("AssignmentInCaseGuard", """
            [Differentiable]
            public static double F(double x)
            {
                double t = 0.0;
                switch (x)
                {
                    case > 0.0 when (t = x) > 1.0:
                        return t;
                    default:
                        return t * x;
                }
            }
            """, "t = x"),
        Case("NonConstantRoundingMode", """
            [Differentiable]
            public static double F(double x)
            {
                MidpointRounding mode = x > 0.0 ? MidpointRounding.ToZero : MidpointRounding.ToEven;
                return Math.Round(x, mode) + x;
            }
            """, "mode = x > 0.0 ? MidpointRounding.ToZero : MidpointRounding.ToEven", "mode"),
        Case("AssignmentToStaticField", """
            private static double last;

            [Differentiable]
            public static double F(double x)
            {
                last = x;
                return x * x;
            }

            public static double Last => last;
            """, "last = x"),
        Case("AssignmentToArrayElement", """
            private static readonly double[] Buffer = new double[1];

            [Differentiable]
            public static double F(double x)
            {
                Buffer[0] = x;
                return x * x;
            }
            """, "Buffer[0] = x"),
        Case("InstanceMethodCall", """
            private static readonly Scaler S = new Scaler();

            [Differentiable]
            public static double F(double x) => S.Scale(x);

            private sealed class Scaler
            {
                public double Scale(double v) => 2.0 * v;
            }
            """, "S.Scale(x)"),
        Case("IntParameter", """
            [Differentiable]
            public static double F(double x, int n) => x * n;
            """, "n"),
        Case("DecimalLocal", """
            [Differentiable]
            public static double F(double x)
            {
                decimal scale = 2.5m;
                return x * (double)scale;
            }
            """, "scale = 2.5m"),
        Case("DoWhileLoop", """
            [Differentiable]
            public static double F(double x)
            {
                double s = x;
                do { s = s * 2.0; } while (s < 10.0);
                return s;
            }
            """, "do { s = s * 2.0; } while (s < 10.0);"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unsupported_construct_is_reported_on_the_construct(string name, string members, string[] locatedTexts)
    {
        var result = GeneratorHarness.RunWithAnalyzers(CaseSource.InClass(members));

        var diagnostic = RejectionAssert.Rejected(result, "DIFF003", locatedTexts, "F");
        Assert.EndsWith("is not supported in a [Differentiable] method", diagnostic.GetMessage());
        _ = name; // Only labels the case in the test explorer.
    }

    [Fact]
    public void Explicit_interface_implementation_is_rejected_not_emitted_under_a_dotted_name()
    {
        // Valid C# (a static abstract interface member implemented explicitly), but its name is 'IActivation.F':
        // found by the mutation property, which once emitted members named after it.
        var result = GeneratorHarness.RunWithAnalyzers("""
            using DiffGen;

            namespace Cases;

            public interface IActivation
            {
                static abstract double F(double x);
            }

            public partial class C : IActivation
            {
                [Differentiable]
                static double IActivation.F(double x) => x * x;
            }
            """);

        var diagnostic = RejectionAssert.Rejected(result, "DIFF003", "F", "F");
        Assert.Contains("explicit interface implementation ('IActivation.F')", diagnostic.GetMessage());
    }

    /// <summary>One case; several located texts when more than one place is an equally precise answer.</summary>
    private static object[] Case(string name, string members, params string[] locatedTexts) => new object[] { name, members, locatedTexts };
}
