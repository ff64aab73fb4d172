using System;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>Minimal reproductions of generator bugs the property tests found, kept as focused tests.</summary>
public sealed class PropertyRegressionTests
{
    private const string Header = "using System; using DiffGen; namespace P; public static partial class C {\n";

    [Fact]
    public void Simplifying_a_conditional_with_equal_branches_does_not_emit_a_self_comparison()
    {
        // The generator folds (c ? a : a) to a and writes "a > a" into the generated file: CS1718 there.
        GeneratorRunResult result = GeneratorHarness.Run(
            Header + "    [Differentiable] public static double F(double a) => ((a != 1d ? a : a) > a) ? a : 2d * a;\n}");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("a > 0d ? a : (double)Math.Sign(Math.Sqrt(-a)) * a", 1.0, 1.0, 1.0)]
    [InlineData("a == 2.75d ? (double)Math.Sign(Math.Log10(a)) * a : -0.25d", -1.0, -0.25, 0.0)]
    [InlineData("a == 2.75d ? (double)Math.Sign(Math.Log10(a)) / (1d - a) : -0.25d", -1.0, -0.25, 0.0)]
    [InlineData("a > 2.75d ? (double)Math.Sign(Math.Log10(a)) * a : a", -1.0, -1.0, 1.0)]
    public void Derivative_does_not_evaluate_the_branch_not_taken(string body, double a, double value, double derivative)
    {
        // The other branch would throw at this point (Math.Sign(NaN)); the derivative must follow the
        // branch the method takes, and must not throw.
        GeneratorRunResult result = GeneratorHarness.Run(Header + "    [Differentiable] public static double F(double a) => " + body + ";\n}");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Type type = GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType("P.C", throwOnError: true)!;

        Assert.Equal(value, Call(type, "F", a));
        Assert.Equal(derivative, Call(type, "FDerivative", a));
    }

    [Fact]
    public void Backward_does_not_evaluate_the_branch_not_taken()
    {
        // Shrunk by the double property. At a = -1 the method returns -0.25; the other branch would throw
        // (Math.Sign(NaN)). The gradient is (0, 0), and computing it must not throw. The one-input form
        // above is guarded by an if; here the partial shared by da and db is hoisted out of the condition.
        GeneratorRunResult result = GeneratorHarness.Run(
            Header + "    [Differentiable] public static double F(double a, double b) => (2.75d == a) ? ((double)Math.Sign(Math.Log10(a))) / (b - a) : -0.25d;\n}");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Type type = GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType("P.C", throwOnError: true)!;
        MethodInfo backward = type.GetMethod("FBackward", new[] { typeof(double), typeof(double), typeof(double) })!;

        var gradient = ((double, double))backward.Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { -1.0, 1.0, 1.0 }, null)!;

        Assert.Equal((0.0, 0.0), gradient);
    }

    [Theory]
    [InlineData("(x > 1d) ? y : Math.Clamp(y, x, 1d) * y")]
    [InlineData("(x > 1d) ? y : Math.Clamp(y, x, 1d) / (y - x)")]
    public void Backward_does_not_evaluate_a_clamp_in_the_branch_not_taken(string body)
    {
        // At x = 2 the method returns y; the other branch would throw (Math.Clamp with min > max).
        // The gradient is (0, 1), and computing it must not throw either.
        GeneratorRunResult result = GeneratorHarness.Run(
            Header + "    [Differentiable] public static double F(double x, double y) => " + body + ";\n}");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Type type = GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType("P.C", throwOnError: true)!;
        MethodInfo backward = type.GetMethod("FBackward", new[] { typeof(double), typeof(double), typeof(double) })!;

        var gradient = ((double, double))backward.Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { 2.0, 0.5, 1.0 }, null)!;

        Assert.Equal((0.0, 1.0), gradient);
    }

    [Theory]
    [InlineData("double", "d")]
    [InlineData("float", "f")]
    public void Backward_does_not_evaluate_a_condition_in_the_branch_not_taken(string type, string suffix)
    {
        // Shrunk by the float property. At x = 1.5 the outer condition picks y, so the method is 2.75 / y;
        // the inner condition (not evaluated by the method) would throw: Math.Clamp with min > max.
        string body = $"2.75{suffix} / ((x < 3{suffix}) ? y : ((y > Math.Clamp(y, 2{suffix}, -2.5{suffix})) ? x : 1{suffix}))";
        GeneratorRunResult result = GeneratorHarness.Run(
            Header + $"    [Differentiable] public static {type} F({type} x, {type} y) => {body};\n}}");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Type t = GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType("P.C", throwOnError: true)!;
        Type scalar = type == "float" ? typeof(float) : typeof(double);
        MethodInfo backward = t.GetMethod("FBackward", new[] { scalar, scalar, scalar })!;
        object[] args = type == "float" ? new object[] { 1.5f, 0.5f, 1f } : new object[] { 1.5, 0.5, 1.0 };

        var gradient = (System.Runtime.CompilerServices.ITuple)backward.Invoke(null, BindingFlags.DoNotWrapExceptions, null, args, null)!;

        Assert.Equal(0.0, Convert.ToDouble(gradient[0]));
        Assert.Equal(-11.0, Convert.ToDouble(gradient[1]));
    }

    [Fact]
    public void Broken_namespace_declaration_does_not_produce_generated_code_with_errors()
    {
        // Found by the mutation property: garbage typed into the namespace name. The user's file has
        // errors; the generated file must not add its own (it had "namespace" with no name: CS1001).
        GeneratorRunResult result = GeneratorHarness.Run(
            "using System;\nusing DiffGen;\n\nnamespace () => Mutated;\n\npublic static partial class Host\n{\n" +
            "    [Differentiable]\n    public static double F(double x) => x * x;\n}\n");

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "DIFF000" or "CS8785");
        Assert.DoesNotContain(result.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error && GeneratedBatch.IsGenerated(d));
    }

    [Fact]
    public void A_user_method_named_nameof_does_not_break_the_generated_kernels()
    {
        // Found by the mutation property ("nameof(" typed into the class). With a method called nameof in
        // the type, nameof(x) in generated code binds to that method instead of the operator.
        GeneratorRunResult result = GeneratorHarness.Run(
            Header + "    public static int nameof(double v) => 0;\n\n    [Differentiable] public static double F(double x) => x * x;\n}");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    private static double Call(Type type, string name, double a) =>
        (double)type.GetMethod(name, new[] { typeof(double) })!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { a }, null)!;
}
