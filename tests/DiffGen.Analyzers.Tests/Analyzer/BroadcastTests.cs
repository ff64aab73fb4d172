using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using DiffGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = DiffGen.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<DiffGen.Analyzers.DifferentiableAnalyzer>;

namespace DiffGen.Analyzers.Tests.Analyzer;

/// <summary>DIFF014: <c>[Broadcast]</c> wherever it could not take effect, and nothing where it does.</summary>
public sealed class BroadcastTests
{
    /// <summary>A learnable parameter beside a span input is the intended use.</summary>
    [Fact]
    public Task No_DIFF014_for_a_parameter_beside_a_span_input() =>
        Verify.VerifyAnalyzerAsync(Sources.InClass(
            "    [Differentiable]\n    public static float F(float x, [Broadcast] float beta = 1f) => x / (1f + MathF.Exp(-beta * x));"));

    /// <summary>With every input broadcast there is no span for the kernels to run over.</summary>
    [Fact]
    public Task DIFF014_when_every_input_is_broadcast() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable]\n    public static float F([Broadcast] float {|#0:a|}, [Broadcast] float b) => a * b;"),
            Verify.Diagnostic("DIFF014").WithLocation(0).WithArguments(
                "a", "every input of 'F' is [Broadcast]; the span kernels need at least one input without it to run over"));

    /// <summary>Only float or double parameters can be broadcast (the int parameter is also DIFF003).</summary>
    [Fact]
    public Task DIFF014_on_a_parameter_that_is_not_float_or_double() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    [Differentiable]\n    public static double F(double x, [Broadcast] int {|#0:n|}) => x * n;"),
            Verify.Diagnostic("DIFF014").WithLocation(0).WithArguments("n", "only float or double parameters can be broadcast, and 'n' is 'int'"),
            Verify.Diagnostic("DIFF003").WithLocation(0).WithArguments("Parameter 'n' of type 'int' (parameters must be float or double)"));

    /// <summary>On a method that is not [Differentiable] the attribute would silently do nothing.</summary>
    [Fact]
    public Task DIFF014_outside_a_Differentiable_method() =>
        Verify.VerifyAnalyzerAsync(
            Sources.InClass("    public static float F(float x, [Broadcast] float {|#0:beta|}) => x * beta;"),
            Verify.Diagnostic("DIFF014").WithLocation(0).WithArguments("beta", "'F' is not [Differentiable]"));

    /// <summary>
    /// A runtime library without span kernels (the netstandard2.0 build has the attributes but not GradientSum): the
    /// attributes are declared in source here, as that build provides them.
    /// </summary>
    [Fact]
    public Task DIFF014_where_the_target_has_no_span_kernels()
    {
        var test = new CSharpAnalyzerTest<DifferentiableAnalyzer, DefaultVerifier>
        {
            TestCode = "using DiffGen;\n\npublic static partial class C\n{\n    [Differentiable]\n    public static float F(float x, [Broadcast] float {|#0:beta|}) => x * beta;\n}\n\n"
                + "namespace DiffGen\n{\n    [System.AttributeUsage(System.AttributeTargets.Method)]\n    public sealed class DifferentiableAttribute : System.Attribute { }\n\n"
                + "    [System.AttributeUsage(System.AttributeTargets.Parameter)]\n    public sealed class BroadcastAttribute : System.Attribute { }\n}\n",
        };
        test.TestState.ReferenceAssemblies = TestEnvironment.ReferenceAssemblies;
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("DIFF014").WithLocation(0).WithArguments(
            "beta", "this target has no span kernels (broadcast parameters need .NET 8 or later)"));
        return test.RunAsync(CancellationToken.None);
    }
}
