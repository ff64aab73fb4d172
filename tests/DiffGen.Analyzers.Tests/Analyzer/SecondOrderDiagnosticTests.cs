using System.Threading.Tasks;
using DiffGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<DiffGen.Analyzers.DifferentiableAnalyzer>;

namespace DiffGen.Analyzers.Tests.Analyzer;

/// <summary>
/// The second-order diagnostics: DIFF015 (a piecewise-linear method's second derivative is 0 wherever defined),
/// DIFF016 (a kink where the first derivative jumps), DIFF017 (an order DiffGen does not generate), and DIFF001 for a
/// callee of lower order; with the smooth activations that must stay silent.
/// </summary>
public sealed class SecondOrderDiagnosticTests
{
    [Theory]
    [InlineData("Math.Max(0, x)")]
    [InlineData("x > 0 ? x : 0")]
    [InlineData("x >= 0 ? x : 0.01 * x")]
    [InlineData("Math.Abs(x)")]
    [InlineData("Math.Clamp(x, 0, 6)")]
    [InlineData("Math.Clamp(x / 6 + 0.5, 0, 1)")]
    [InlineData("Math.Max(x, 0) + 0.1 * Math.Min(x, 0)")]
    [InlineData("2 * Math.Abs(x - 1) + Math.Max(x, -3)")]
    [InlineData("Math.Max(x, 0) + Math.Min(x, 0)")]
    public Task DIFF015_on_piecewise_linear_methods(string body) =>
        Verify.VerifyAnalyzerAsync(
            Order2(body),
            Verify.Diagnostic("DIFF015").WithLocation(0).WithArguments("F"));

    [Fact]
    public Task DIFF015_on_a_float_relu() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable(Order = 3)]\n    public static float {|#0:Relu|}(float x) => MathF.Max(0f, x);"),
            Verify.Diagnostic("DIFF015").WithLocation(0).WithArguments("Relu"));

    [Theory]
    [InlineData("0.5 * x * (1 + Math.Tanh(0.7978845608 * (x + 0.044715 * x * x * x)))")]
    [InlineData("x / (1 + Math.Exp(-x))")]
    [InlineData("Math.Log(1 + Math.Exp(x))")]
    [InlineData("Math.Tanh(x)")]
    [InlineData("x > 0 ? x : Math.Exp(x) - 1")]
    [InlineData("x >= 0 ? x : Math.Exp(x) - 1")]
    [InlineData("x * Math.Tanh(Math.Log(1 + Math.Exp(x)))")]
    [InlineData("3 * x + 1")]
    [InlineData("x / (1 + Math.Abs(x))")]
    public Task No_second_order_diagnostic_on_smooth_or_C1_methods(string body) =>
        Verify.VerifyAnalyzerAsync(Order2(body, marked: false));

    [Fact]
    public Task No_second_order_diagnostic_at_order_1() =>
        Verify.VerifyAnalyzerAsync(Sources.DoubleMethod("Math.Max(0, x) + (x >= 0 ? x * x : 0.01 * x)"));

    [Fact]
    public Task No_DIFF015_on_Mish_through_an_order_2_callee() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable(Order = 2)]\n    public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));\n\n" +
            "    [Differentiable(Order = 2)]\n    public static double Mish(double x) => x * Math.Tanh(Softplus(x));"));

    [Fact]
    public Task DIFF016_where_a_kink_drops_curvature() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable(Order = 2)]\n    public static double F(double x) => {|#0:x >= 0 ? x * x / (x + 0.6) : 0.01 * x|};"),
            Verify.Diagnostic("DIFF016").WithLocation(0).WithArguments("F", "0"));

    /// <summary>A NaN guard beside the inequality, or a flag set in a branch, hides the same kink at 0.</summary>
    [Theory]
    [InlineData("x >= 0 && !double.IsNaN(x)")]
    [InlineData("!(x < 0 || double.IsNaN(x))")]
    [InlineData("(x > 5 ? x > 4 : x >= 0)")]
    public Task DIFF016_where_the_kink_hides_in_a_compound_condition(string condition) =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass($"    [Differentiable(Order = 2)]\n    public static double F(double x) => {{|#0:{condition} ? x * x : 0.01 * x|}};"),
            Verify.Diagnostic("DIFF016").WithLocation(0).WithArguments("F", "0"));

    [Fact]
    public Task DIFF016_on_ELU_with_alpha_2_but_not_1() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass(
                "    [Differentiable(Order = 2)]\n    public static double Elu2(double x) => {|#0:x > 0 ? x : 2 * (Math.Exp(x) - 1)|};\n\n" +
                "    [Differentiable(Order = 2)]\n    public static double Elu1(double x) => x > 0 ? x : Math.Exp(x) - 1;"),
            Verify.Diagnostic("DIFF016").WithLocation(0).WithArguments("Elu2", "0"));

    [Theory]
    [InlineData(0, "the order is at least 1")]
    [InlineData(4, "DiffGen generates derivatives up to order 3")]
    public Task DIFF017_on_an_order_DiffGen_does_not_generate(int order, string why) =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass($"    [Differentiable({{|#0:Order = {order}|}})]\n    public static double F(double x) => x * x;"),
            Verify.Diagnostic("DIFF017").WithLocation(0).WithArguments("F", order.ToString(System.Globalization.CultureInfo.InvariantCulture), why));

    [Fact]
    public Task DIFF017_on_a_third_order_method_of_two_inputs() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable({|#0:Order = 3|})]\n    public static double F(double x, double y) => x * y;"),
            Verify.Diagnostic("DIFF017").WithLocation(0).WithArguments("F", "3", "a method of several inputs has derivatives up to order 2 (the Hessian-vector product)"));

    [Fact]
    public Task DIFF001_on_a_callee_of_lower_order() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass(
                "    [Differentiable(Order = 2)]\n    public static double F(double x) => {|#0:G(x)|} * 2;\n\n" +
                "    [Differentiable]\n    public static double G(double x) => x * x;"),
            Verify.Diagnostic("DIFF001").WithLocation(0).WithArguments("C.G", "'F' has Order = 2, so its callees need [Differentiable(Order = 2)] too ('G' has Order = 1)"));

    [Fact]
    public Task DIFF001_on_a_DerivativeOf_callee_without_a_second_derivative() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass(
                "    [Differentiable(Order = 2)]\n    public static double F(double x) => {|#0:Cube(x)|};\n\n" +
                "    public static double Cube(double x) => x * x * x;\n\n" +
                "    [DerivativeOf(nameof(Cube))]\n    public static double CubePrime(double x) => 3 * x * x;"),
            Verify.Diagnostic("DIFF001").WithLocation(0).WithArguments("C.Cube",
                "'F' has Order = 2, and no [DerivativeOf(nameof(Cube), Order = 2)] method registers its higher derivatives (each order from 2 to 2, static, returning double, accessible here)"));

    [Fact]
    public Task No_DIFF001_with_a_registered_second_derivative() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass(
                "    [Differentiable(Order = 2)]\n    public static double F(double x) => Cube(x);\n\n" +
                "    public static double Cube(double x) => x * x * x;\n\n" +
                "    [DerivativeOf(nameof(Cube))]\n    public static double CubePrime(double x) => 3 * x * x;\n\n" +
                "    [DerivativeOf(nameof(Cube), Order = 2)]\n    public static double CubeSecond(double x) => 6 * x;"));

    private static string Order2(string body, bool marked = true) =>
        Sources.InClass($"    [Differentiable(Order = 2)]\n    public static double {(marked ? "{|#0:F|}" : "F")}(double x) => {body};");
}
