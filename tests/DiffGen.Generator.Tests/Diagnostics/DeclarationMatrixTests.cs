using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The class of bug where one stage accepts a declaration and a later stage mishandles it (an <c>int</c> method passed
/// the signature check and then got code mixing <c>double</c> with <c>Vector512&lt;int&gt;</c>). For every declaration
/// a user can write, DiffGen either generates code that compiles with zero errors, or reports a DiffGen error on the
/// user's code and generates nothing for that method; never neither, never both.
/// </summary>
public sealed class DeclarationMatrixTests
{
    /// <summary>Case name, the whole source file, and the [Differentiable] method's name.</summary>
    public static IEnumerable<object[]> Cases => new[]
    {
        Member("IntMethod", "public static int F(int x) => x * 2;"),
        Member("LongMethod", "public static long F(long x) => x * 2;"),
        Member("MixedFloatAndDouble", "public static double F(float x, double y) => x * y;"),
        Member("ReturnDiffersFromParameters", "public static float F(double x) => (float)x;"),
        Member("DoubleReturnOfFloatParameter", "public static double F(float x) => x;"),
        Member("NullableDouble", "public static double? F(double? x) => x * x;"),
        Member("NullableReturnOnly", "public static double? F(double x) => x * x;"),
        Member("Decimal", "public static decimal F(decimal x) => x * x;"),
        Member("Half", "public static Half F(Half x) => x;"),
        Member("NativeInt", "public static nint F(nint x) => x;"),
        Member("GenericMath", "public static T F<T>(T x) where T : System.Numerics.INumber<T> => x * x;"),
        Member("GenericUnusedTypeParameter", "public static double F<T>(double x) => x * x;"),
        Member("ParamsArray", "public static double F(params double[] x) => x[0];"),
        Member("ParamsSpan", "public static double F(params ReadOnlySpan<double> x) => x[0];"),
        Member("OptionalParameter", "public static double F(double x = 1.5) => x * x;"),
        Member("OptionalSecondParameter", "public static double F(double x, double w = 2.0) => x * w;"),
        Member("InParameter", "public static double F(in double x) => x * x;"),
        Member("RefReadonlyParameter", "public static double F(ref readonly double x) => x * x;"),
        Member("ScopedRefParameter", "public static double F(scoped ref double x) => x * x;"),
        Member("OutParameter", "public static double F(double x, out double y) { y = x; return x * x; }"),
        Member("RefReturn", "private static double cache;\npublic static ref double F(double x) => ref cache;"),
        Member("RefReadonlyReturn", "private static double cache;\npublic static ref readonly double F(double x) => ref cache;"),
        Member("VoidMethod", "public static void F(double x) { }"),
        Member("NoParameters", "public static double F() => 1.0;"),
        Member("InstanceMethod", "public double F(double x) => x * x;"),
        Member("AsyncMethod", "public static async System.Threading.Tasks.Task<double> F(double x) { await System.Threading.Tasks.Task.Yield(); return x; }"),
        Member("ExternMethod", "[System.Runtime.InteropServices.DllImport(\"m\")] public static extern double F(double x);"),
        Member("ObsoleteError", "[Obsolete(\"use G\", true)] public static double F(double x) => x * x;"),
        Member("ObsoleteWarning", "[Obsolete(\"use G\")] public static double F(double x) => x * x;"),
        Member("DoubleAlias", "public static System.Double F(System.Double x) => x * x;"),
        Member("KeywordName", "public static double @if(double @double) => @double * @double;", "@if"),
        Member("NamedValue", "public static double Value(double x) => x * x;", "Value"),
        Member("NamedDerivative", "public static double Derivative(double x) => x * x;", "Derivative"),
        Member("NamedForward", "public static double Forward(double x) => x * x;", "Forward"),
        Member("NamedBackward", "public static double Backward(double x) => x * x;", "Backward"),
        Member("PrivateMethod", "private static double F(double x) => x * x;"),
        Member("ProtectedInternalMethod", "protected internal static double F(double x) => x * x;"),
        Member("NewModifier", "public static new double Equals(double x) => x * x;", "Equals"),
        Member("Unsafe", "public static unsafe double F(double x) => x * x;"),
        File("ExtensionMethod", """
            public static partial class C
            {
                [Differentiable]
                public static double F(this double x) => x * x;
            }
            """),
        File("InterfaceStaticMethod", """
            public partial interface I
            {
                [Differentiable]
                static double F(double x) => x * x;
            }
            """),
        File("InterfaceStaticVirtualMethod", """
            public partial interface I
            {
                [Differentiable]
                static virtual double F(double x) => x * x;
            }
            """),
        File("InterfaceStaticAbstractMethod", """
            public partial interface I
            {
                [Differentiable]
                static abstract double F(double x);
            }
            """),
        File("StaticLocalFunction", """
            public partial class C
            {
                public static double G(double x)
                {
                    return F(x);

                    [Differentiable]
                    static double F(double x) => x * x;
                }
            }
            """),
        File("RefStruct", """
            public ref partial struct C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("ReadonlyRecordStruct", """
            public readonly partial record struct C(double A)
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("PrimaryConstructorClass", """
            public partial class C(double a)
            {
                public double A => a;

                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("GenericContainerWithConstraints", """
            public partial class C<T> where T : struct, IComparable<T>
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("ContainerNamedLikeKeyword", """
            public partial class @record
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("FileLocalType", """
            file partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("NestedInFileLocalType", """
            file partial class Outer
            {
                public partial class C
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
            }
            """),
        File("ContainerNamedLikeKernel", """
            public partial class GeluKernel
            {
                [Differentiable]
                public static double Gelu(double x) => x * x;
            }
            """, "Gelu"),
        File("ContainerNamedLikeFloatKernel", """
            public partial class GeluFloatKernel
            {
                [Differentiable]
                public static double Gelu(double x) => x * x;

                [Differentiable]
                public static float Gelu(float x) => x * x;
            }
            """, "Gelu", "float"),
        File("ContainerNamedLikeDerivative", """
            public partial class FDerivative
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """),
        File("ContainerNamedLikeBackward", """
            public partial class FBackward
            {
                [Differentiable]
                public static double F(double x, double w) => x * w;
            }
            """),
        Member("UserWrittenDerivative", "public static double F(double x) => x * x;\npublic static double FDerivative(double x) => 2 * x;"),
        Member("UserWrittenBackward", "public static double F(double x) => x * x;\npublic static double FBackward(double x, double dy) => dy * 2 * x;"),
        Member("UserWrittenKernelStruct", "public static double F(double x) => x * x;\npublic struct FKernel { }"),
        Member("UserWrittenDerivativeField", "public static double F(double x) => x * x;\npublic static readonly double FDerivative = 1;"),
        Member("UserWrittenDerivativeProperty", "public static double F(double x) => x * x;\npublic static double FBackward => 1;"),
        Member("UserWrittenSpanKernel", "public static double F(double x) => x * x;\npublic static void F(ReadOnlySpan<double> x, Span<double> y) { }"),
        Member("UserWrittenDerivativeOtherSignature", "public static double F(double x) => x * x;\npublic static string FDerivative(string s) => s;"),
        Member("DifferentiablePairFAndFDerivative", "public static double F(double x) => x * x;\n[Differentiable]\npublic static double FDerivative(double x) => 2 * x;"),
        Member("DifferentiablePairFAndFBackward", "public static double F(double x) => x * x;\n[Differentiable]\npublic static double FBackward(double x) => 2 * x;"),
        Member("IntCalleeWithIntDerivativeOf", "public static double F(double x) => G((int)x) * x;\npublic static int G(int n) => n;\n[DerivativeOf(nameof(G))]\npublic static int GDerivative(int n) => 1;"),
        File("LambdaWithAttribute", "public static partial class C\n{\n    public static Func<double, double> F = [Differentiable] (double x) => x * x;\n}"),
        Member("CompilerErrorInBody", "public static double F(double x) { const int big = int.MaxValue; return x * (big + 1); }"),
        Member("CompilerErrorCheckedOverflow", "public static double F(double x) => x * (float)(double)checked((int)1e10);"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_declaration_gets_code_that_compiles_or_a_diffgen_error_and_no_code(string name, string source, string method, string elementType)
    {
        var result = GeneratorHarness.RunWithAnalyzers(source);

        GeneratorAssert.NoCrash(result);
        var diffGenErrors = result.DiffGenDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var userErrors = result.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.StartsWith("Source", System.StringComparison.Ordinal) == true)
            .ToList();
        string generated = string.Join("\n", result.GeneratedSources.Select(g => g.Text));
        string bare = method.TrimStart('@');
        // Every method gets the scalar member 'FBackward(T x, …, T dy)'; no other method's members spell it.
        bool emitted = Regex.IsMatch(generated, @"[ .@]" + bare + @"Backward\((" + elementType + ") ");
        string context = $"{name}:\n" + GeneratorAssert.Describe(result, result.DiffGenDiagnostics)
            + "\n" + GeneratorAssert.Describe(result.CompilationDiagnostics) + "\n" + generated;

        if (userErrors.Count > 0)
        {
            // The user's own code does not compile: the compiler speaks, DiffGen says nothing and generates nothing.
            Assert.True(diffGenErrors.Count == 0, "DiffGen spoke over a compiler error: " + context);
            Assert.False(emitted, "Code was generated for a method that does not compile: " + context);
            return;
        }

        if (diffGenErrors.Count > 0)
        {
            Assert.False(emitted, "Code was generated although DiffGen reported an error: " + context);
            GeneratorAssert.CompilesWithoutErrors(result);
            Assert.All(diffGenErrors, d => Assert.True(d.Location.IsInSource, "Not on the user's code: " + d));
            return;
        }

        Assert.True(emitted, "Neither code nor a diagnostic: " + context);
        Assert.True(result.CompilationDiagnostics.All(d => d.Severity != DiagnosticSeverity.Error), "Generated code does not compile: " + context);
    }

    private static object[] Member(string name, string members, string method = "F") =>
        new object[] { name, CaseSource.InClass("[Differentiable]\n" + members), method, "float|double" };

    /// <summary>A whole file; <paramref name="elementType"/> picks the overload whose members are looked for.</summary>
    private static object[] File(string name, string declarations, string method = "F", string elementType = "float|double") =>
        new object[] { name, "using System;\nusing DiffGen;\n\nnamespace Cases;\n\n" + declarations, method, elementType };
}
