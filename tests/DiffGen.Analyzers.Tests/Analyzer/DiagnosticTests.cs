using System.Linq;
using System.Threading.Tasks;
using DiffGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<DiffGen.Analyzers.DifferentiableAnalyzer>;

namespace DiffGen.Analyzers.Tests.Analyzer;

/// <summary>Each diagnostic the analyzer reports, where it should and not where it should not.</summary>
public sealed class DiagnosticTests
{
    private const string LoopHelper =
        "    public static double Sum(double x)\n    {\n        double s = 0;\n        for (int i = 0; i < 3; i++)\n        {\n            s += x;\n        }\n\n        return s;\n    }\n";

    /// <summary>A call to a plain method with a loop has no derivative; the message names it and says why.</summary>
    [Fact]
    public Task DIFF001_on_a_call_with_no_derivative() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable]\n    public static double F(double x) => {|#0:Sum(x)|} * 2;\n\n" + LoopHelper),
            Verify.Diagnostic("DIFF001").WithLocation(0).WithArguments(
                "C.Sum", "it is not [Differentiable], not a supported Math/MathF function, and no [DerivativeOf] method is registered for it"));

    /// <summary>Math functions, [Differentiable] callees and callees with a registered derivative are all differentiable.</summary>
    [Fact]
    public Task No_DIFF001_for_Math_Differentiable_or_DerivativeOf_callees() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x) => Math.Exp(x) + G(x) + Sum(x);\n\n" +
            "    [Differentiable]\n    public static double G(double x) => x * x;\n\n" +
            LoopHelper + "\n" +
            "    [DerivativeOf(nameof(Sum))]\n    public static double SumDerivative(double x) => 3;"));

    /// <summary>Floor is piecewise constant: no gradient flows through it.</summary>
    [Fact]
    public Task DIFF002_on_Floor_of_an_input() =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod("x + {|DIFF002:Math.Floor(x)|}"));

    /// <summary>Floor of a constant does not cut any gradient.</summary>
    [Fact]
    public Task No_DIFF002_on_Floor_of_a_constant() =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod("x * Math.Floor(2.5)"));

    /// <summary>Loops cannot be differentiated symbolically; the whole statement is marked.</summary>
    [Fact]
    public Task DIFF003_on_a_for_loop() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x)\n    {\n        double s = x;\n" +
            "        {|DIFF003:for (int i = 0; i < 3; i++)\n        {\n            s = s * x;\n        }|}\n\n        return s;\n    }"));

    /// <summary>Straight-line code with if/else is supported (continuous at x = 1: both sides are 1 there).</summary>
    [Fact]
    public Task No_DIFF003_on_if_else_and_locals() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double F(double x)\n    {\n        double s = x * x;\n        if (x > 1)\n        {\n            s = 2 * x - 1;\n        }\n\n        return s;\n    }"));

    /// <summary>An instance method cannot receive generated static members.</summary>
    [Fact]
    public Task DIFF004_on_an_instance_method() =>
        Verify.VerifyAnalyzerAsync(
            "using DiffGen;\n\npublic partial class C\n{\n    [Differentiable]\n    public double {|#0:F|}(double x) => x * x;\n}\n",
            Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments("[Differentiable] method 'F' must be static"));

    /// <summary>One DIFF004 per enclosing type that is not partial, all on the method's name.</summary>
    [Fact]
    public Task DIFF004_once_per_non_partial_enclosing_type() =>
        Verify.VerifyAnalyzerAsync(
            "using DiffGen;\n\npublic class Outer\n{\n    public partial class Middle\n    {\n        public static class Inner\n        {\n" +
            "            [Differentiable]\n            public static double {|#0:F|}(double x) => x * x;\n        }\n    }\n}\n",
            Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments("Type 'Inner' must be partial so that DiffGen can add the derivatives of 'F' to it"),
            Verify.Diagnostic("DIFF004").WithLocation(0).WithArguments("Type 'Outer' must be partial so that DiffGen can add the derivatives of 'F' to it"));

    /// <summary>Static methods of partial types (nested too) are fine.</summary>
    [Fact]
    public Task No_DIFF004_in_nested_partial_types() =>
        Verify.VerifyAnalyzerAsync(
            "using DiffGen;\n\npublic partial class Outer\n{\n    public static partial class Inner\n    {\n" +
            "        [Differentiable]\n        public static double F(double x) => x * x;\n    }\n}\n");

    /// <summary>A function that ignores its input passes no gradient at all.</summary>
    [Fact]
    public Task DIFF007_on_a_constant_function() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double {|DIFF007:F|}(double x) => 3.0;"));

    /// <summary>The same function with the input used has a gradient.</summary>
    [Fact]
    public Task No_DIFF007_when_the_result_depends_on_the_input() =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod("3.0 * x"));

    /// <summary>Math.Exp in a float method computes in double and converts back.</summary>
    [Fact]
    public Task DIFF009_on_Math_in_a_float_method() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable]\n    public static float F(float x) => (float){|#0:Math.Exp(x)|};"),
            Verify.Diagnostic("DIFF009").WithLocation(0).WithArguments("Math.Exp(x)", "F", "Exp"));

    /// <summary>MathF in a float method, and Math in a double method, stay in their own precision.</summary>
    [Fact]
    public Task No_DIFF009_for_MathF_in_float_or_Math_in_double() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static float F(float x) => MathF.Exp(x);\n\n" +
            "    [Differentiable]\n    public static double G(double x) => Math.Exp(x);"));

    /// <summary>Nesting beyond the front end's depth limit is reported instead of overflowing the stack.</summary>
    [Fact]
    public Task DIFF010_on_an_expression_nested_too_deeply()
    {
        int depth = Generator.FrontEnd.MethodLowering.MaxDepth + 10;
        string body = string.Concat(Enumerable.Repeat("Math.Sin(", depth)) + "x" + new string(')', depth);
        return Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static double {|DIFF010:F|}(double x) => " + body + ";"));
    }

    /// <summary>No DiffGen diagnostic at all on code that is not [Differentiable].</summary>
    [Fact]
    public Task Methods_without_the_attribute_are_not_analyzed() =>
        Verify.VerifyAnalyzerAsync(
            "using System;\n\npublic class C\n{\n    public double F(double x) => Math.Log(x) + Math.Floor(x);\n}\n");

    /// <summary>
    /// A method that does not compile yet (mid-edit) gets no DiffGen diagnostic, only the compiler's own error
    /// (contract: "A method with ordinary compiler errors gets no diagnostics and no output from DiffGen").
    /// </summary>
    [Fact]
    public Task Method_with_a_compiler_error_gets_no_DiffGen_diagnostic() =>
        Verify.VerifyAnalyzerAsync(
            Sources.DoubleMethod("{|CS0103:Undefined|}(x) + 1"));

    /// <summary>
    /// A compiler error that the front end lowers through (CS0221 binds to a tree that lowers fine) still silences the
    /// gradient checks (here DIFF002 on Floor), though the analyzer now asks for the compiler's errors only after the
    /// checks found something.
    /// </summary>
    [Fact]
    public Task Method_with_a_compiler_error_that_lowers_gets_no_gradient_warning() =>
        Verify.VerifyAnalyzerAsync(
            Sources.DoubleMethod("x + Math.Floor(x) * {|CS0221:(int)1e10|}"));

    /// <summary>
    /// A [Differentiable] callee in another file with a compiler error that the front end lowers through (CS0221) gets no
    /// generated members, so its caller gets DIFF001. The analyzer asks for the callee's errors for its body alone (not
    /// its whole file, which bound every other method of that file again): the verdict must be the same.
    /// </summary>
    [Fact]
    public Task DIFF001_on_a_call_to_a_callee_in_another_file_with_a_compiler_error_it_lowers_through()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Caller.cs", Sources.InClass(
            "    [Differentiable]\n    public static double F(double x) => {|#0:Lib.G(x)|} * 2;")));
        test.TestState.Sources.Add(("/0/Lib.cs",
            "using DiffGen;\n\npublic static partial class Lib\n{\n" +
            "    [Differentiable]\n    public static double G(double x) => x * {|CS0221:(int)1e10|};\n}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF001").WithLocation(0).WithArguments(
            "Lib.G", "it is [Differentiable] but cannot be differentiated itself (see the errors reported on it)"));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    /// <summary>
    /// A compiler error in another method of the callee's file is not the callee's: the call stays differentiable
    /// (the callee's errors are those in its own span, whether its file's or only its body's were compiled).
    /// </summary>
    [Fact]
    public Task No_DIFF001_when_the_compiler_error_is_in_another_method_of_the_callees_file()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Caller.cs", Sources.InClass(
            "    [Differentiable]\n    public static double F(double x) => Lib.G(x) * 2;")));
        test.TestState.Sources.Add(("/0/Lib.cs",
            "using DiffGen;\n\npublic static partial class Lib\n{\n" +
            "    [Differentiable]\n    public static double G(double x) => x * x;\n\n" +
            "    public static int H() => {|CS0221:(int)1e10|};\n}\n"));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    /// <summary>
    /// A derivative registered in the caller's type for a method of another type,
    /// <c>[DerivativeOf(typeof(Lib), nameof(Lib.Erf))]</c>, makes the call differentiable (what the DIFF001 stub
    /// fix writes for callees it cannot edit).
    /// </summary>
    [Fact]
    public Task DerivativeOf_registered_in_the_callers_type_is_used() =>
        Verify.VerifyAnalyzerAsync(
            "using System;\nusing DiffGen;\n\npublic static partial class C\n{\n" +
            "    [Differentiable]\n    public static double F(double x) => Lib.Erf(x) * 2;\n\n" +
            "    [DerivativeOf(typeof(Lib), nameof(Lib.Erf))]\n    public static double ErfDerivative(double x) => 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);\n}\n\n" +
            "public static class Lib\n{\n    public static double Erf(double x)\n    {\n        double s = 0;\n        for (int i = 0; i < 3; i++)\n        {\n            s += x;\n        }\n\n        return s;\n    }\n}\n");
}
