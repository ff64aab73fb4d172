using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The tensor functions, modules and tensor-kernel structs emitted when the compilation references DiffGen.TorchSharp
/// (and only then).
/// </summary>
public sealed class TorchSharpMembersTests
{
    /// <summary>One of each shape: a single input, a float/double overload pair, several inputs, another accessibility.</summary>
    private const string Source = """
        using System;
        using DiffGen;

        namespace Demo;

        public static partial class Activations
        {
            [Differentiable]
            public static float Smooth(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;

            [Differentiable]
            public static float Softplus(float x) => MathF.Log(1f + MathF.Exp(x));

            [Differentiable]
            public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

            [Differentiable]
            internal static double Mix(double a, double b) => a >= b ? Math.Tanh(a) * b : Math.Exp(b - a);

            [Differentiable]
            public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

            [Differentiable]
            public static float Swish(float x) => x * Sigmoid(x);
        }
        """;

    private static IEnumerable<MetadataReference> TorchSharpReferences =>
    [
        MetadataReference.CreateFromFile(typeof(DiffGen.TorchSharp.TensorFunction).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::TorchSharp.torch).Assembly.Location),
    ];

    [Fact]
    public void With_a_reference_the_members_match_the_approved_snapshot_and_compile_with_warnings_as_errors()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, TorchSharpReferences, Source);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.Contains("public static global::TorchSharp.torch.Tensor Smooth(global::TorchSharp.torch.Tensor x)", text);
        Assert.Contains("public sealed class SmoothModule : global::TorchSharp.torch.nn.Module<", text);
        Assert.Contains("internal static global::TorchSharp.torch.Tensor Mix(global::TorchSharp.torch.Tensor a, global::TorchSharp.torch.Tensor b)", text);
        Assert.Contains("internal readonly struct MixTensorKernel : global::DiffGen.TorchSharp.ITensorKernel<double>", text);

        // The overload pair shares one tensor function and one module, which choose the kernels by dtype.
        Assert.Equal(1, Count(text, "global::TorchSharp.torch.Tensor Softplus(global::TorchSharp.torch.Tensor x)"));
        Assert.Equal(1, Count(text, "class SoftplusModule"));
        Assert.Contains("ApplyFloatOrDouble<global::DiffGen.TorchSharp.ElementwiseKernel<global::Demo.Activations.SoftplusFloatKernel, float>, "
            + "global::Demo.Activations.SoftplusFloatTensorOperations, "
            + "global::DiffGen.TorchSharp.ElementwiseKernel<global::Demo.Activations.SoftplusDoubleKernel, double>, "
            + "global::Demo.Activations.SoftplusDoubleTensorOperations>", text);

        // Every method is also printed as tensor operations: the seed's where is the gradient's last operation.
        Assert.Contains("readonly struct SmoothTensorOperations : global::DiffGen.TorchSharp.ITensorOperations", text);
        Assert.Contains("global::TorchSharp.torch.where(x.ge(0f), x * x / (x + 0.6f), 0.01f * x)", text);

        // A [Differentiable] callee of the same type: its own tensor operations, value and derivative.
        Assert.Contains("default(global::Demo.Activations.SigmoidTensorOperations).Forward(new[] { x })", text);
        Assert.Contains("default(global::Demo.Activations.SigmoidTensorOperations).Backward(new[] { x }, global::DiffGen.TorchSharp.ScalarTensor.Like(x, 1f))[0]", text);
        Assert.Contains("public string? Unsupported => (default(global::Demo.Activations.SigmoidTensorOperations).Unsupported) is string callee ? "
            + "\"Swish cannot run as TorchSharp tensor operations because a method it calls cannot: \" + callee : null;", text);
        Assert.Contains("internal static global::TorchSharp.torch.Tensor Mix(global::TorchSharp.torch.Tensor a, global::TorchSharp.torch.Tensor b, "
            + "global::DiffGen.TorchSharp.TensorPath path)", text);
        Snapshot.Verify("TorchSharpMembers", result.GeneratedSources);
    }

    [Fact]
    public void Order_2_methods_get_a_tensor_kernel_with_the_double_backward_and_Order_1_ones_keep_ElementwiseKernel()
    {
        // Order 2 gives the runtime the double backward span kernel (create_graph: true through the kernels); a single
        // input then needs an FTensorKernel of its own, and an overload pair names its two structs apart.
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, TorchSharpReferences, """
            using System;
            using DiffGen;

            namespace Demo;

            public static partial class Curved
            {
                [Differentiable(Order = 2)]
                public static double Smooth(double x) => x >= 0 ? x * x / (x + 0.6) : 0.01 * x;

                [Differentiable(Order = 2)]
                public static float Softplus(float x) => MathF.Log(1f + MathF.Exp(x));

                [Differentiable(Order = 2)]
                public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

                [Differentiable(Order = 2)]
                public static double SwishBeta(double x, double beta) => x / (1 + Math.Exp(-beta * x));

                [Differentiable(Order = 3)]
                public static double Tanh3(double x) => Math.Tanh(x);

                [Differentiable]
                public static double Flat(double x) => x * x;
            }
            """);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.Contains("public readonly struct SmoothTensorKernel : global::DiffGen.TorchSharp.ISecondOrderTensorKernel<double>", text);
        Assert.Contains("=> global::Demo.Curved.SmoothBackwardBackward(inputs[0], outputGradient, secondGradients[0], inputGradients[0], outputGradientGradient);", text);
        Assert.Contains("TensorFunction.Apply<global::Demo.Curved.SmoothTensorKernel, global::Demo.Curved.SmoothTensorOperations, double>", text);
        Assert.Contains("=> global::Demo.Curved.SwishBetaBackwardBackward(inputs[0], inputs[1], outputGradient, secondGradients[0], secondGradients[1], "
            + "inputGradients[0], inputGradients[1], outputGradientGradient);", text);
        Assert.Contains("public readonly struct Tanh3TensorKernel : global::DiffGen.TorchSharp.ISecondOrderTensorKernel<double>", text);
        Assert.Contains("ApplyFloatOrDouble<global::Demo.Curved.SoftplusFloat1TensorKernel, global::Demo.Curved.SoftplusFloatTensorOperations, "
            + "global::Demo.Curved.SoftplusDouble1TensorKernel, global::Demo.Curved.SoftplusDoubleTensorOperations>", text);
        Assert.Contains("TensorFunction.Apply<global::DiffGen.TorchSharp.ElementwiseKernel<global::Demo.Curved.FlatKernel, double>, "
            + "global::Demo.Curved.FlatTensorOperations, double>", text);
        Assert.DoesNotContain("FlatTensorKernel", text);
        Snapshot.Verify("TorchSharpSecondOrder", result.GeneratedSources);
    }

    [Fact]
    public void An_int_overload_rejected_with_DIFF003_is_not_taken_for_the_double_twin()
    {
        // The tensor function of F(float) once paired itself with an int F(int) as if it were F(double), and called a
        // double kernel struct that was never generated.
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: false, TorchSharpReferences, """
            using DiffGen;

            namespace Demo;

            public static partial class Overloads
            {
                [Differentiable]
                public static float Square(float x) => x * x;

                [Differentiable]
                public static int Square(int x) => x * x;
            }
            """);

        GeneratorAssert.CompilesWithoutErrors(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.Contains("TensorFunction.Apply<global::DiffGen.TorchSharp.ElementwiseKernel<global::Demo.Overloads.SquareKernel, float>, "
            + "global::Demo.Overloads.SquareTensorOperations, float>", text);
        Assert.DoesNotContain("ApplyFloatOrDouble", text);
    }

    [Fact]
    public void Without_a_reference_nothing_of_TorchSharp_is_emitted()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, Source);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.DoesNotContain("TorchSharp", text);
        Assert.DoesNotContain("Module", text);
    }

    [Fact]
    public void Members_the_user_already_declares_are_not_generated_again()
    {
        const string declared = """
            using DiffGen;
            using TorchSharp;

            namespace Demo;

            public static partial class Own
            {
                [Differentiable]
                public static float Square(float x) => x * x;

                [Differentiable]
                public static float Product(float a, float b) => a * b;

                public static torch.Tensor Square(torch.Tensor x) => x * x;

                public sealed class SquareModule
                {
                }

                public readonly struct ProductTensorKernel
                {
                }
            }
            """;

        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, TorchSharpReferences, declared);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.DoesNotContain("Tensor Square(global::TorchSharp.torch.Tensor x)", text);
        Assert.DoesNotContain("class SquareModule", text);
        Assert.DoesNotContain("ProductTensor", text);
        Assert.DoesNotContain("Tensor Product(", text);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
}
