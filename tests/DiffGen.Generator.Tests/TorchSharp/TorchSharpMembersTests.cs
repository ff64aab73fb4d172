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
