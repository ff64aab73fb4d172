using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The TorchSharp members of methods with <c>[Broadcast]</c> parameters (issue 11): a tensor function taking each
/// parameter as a tensor, a kernel struct over the parametric span kernels, and a module with trainable parameters.
/// </summary>
public sealed class TorchSharpBroadcastMembersTests
{
    /// <summary>One span input with a default, a float/double pair, parameters around two span inputs, and one without a default.</summary>
    private const string Source = """
        using System;
        using DiffGen;

        namespace Demo;

        public static partial class Learnable
        {
            [Differentiable]
            public static float PRelu(float x, [Broadcast] float slope = 0.25f) => x > 0f ? x : slope * x;

            [Differentiable]
            public static float SwishBeta(float x, [Broadcast] float beta = 1f) => x / (1f + MathF.Exp(-beta * x));

            [Differentiable]
            public static double SwishBeta(double x, [Broadcast] double beta = 1.0) => x / (1.0 + Math.Exp(-beta * x));

            [Differentiable]
            internal static float Modulated([Broadcast] float gamma, float x, float z, [Broadcast] float beta = 0.5f) => gamma * x * z + beta * MathF.Sin(x);

            [Differentiable]
            public static double Scaled(double x, [Broadcast] double a) => Math.Atan(a * x);
        }
        """;

    private static IEnumerable<MetadataReference> TorchSharpReferences =>
    [
        MetadataReference.CreateFromFile(typeof(DiffGen.TorchSharp.TensorFunction).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::TorchSharp.torch).Assembly.Location),
    ];

    [Fact]
    public void Broadcast_methods_get_tensor_functions_kernels_and_modules_that_compile_with_warnings_as_errors()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, TorchSharpReferences, Source);

        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;

        // The parameter is a tensor like the input; the kernels take it as a value and return its summed gradient.
        Assert.Contains("public static global::TorchSharp.torch.Tensor PRelu(global::TorchSharp.torch.Tensor x, global::TorchSharp.torch.Tensor slope)", text);
        Assert.Contains("public readonly struct PReluTensorKernel : global::DiffGen.TorchSharp.IParametricTensorKernel<float>", text);
        Assert.Contains("public global::System.ReadOnlySpan<bool> Broadcast => new bool[] { false, true };", text);
        Assert.Contains("parameterGradients[0] = global::Demo.Learnable.PReluBackward(inputs[0], parameters[0], outputGradient, inputGradients[0]);", text);
        Assert.Contains("ParametricTensorFunction.Apply<global::Demo.Learnable.PReluTensorKernel, global::Demo.Learnable.PReluTensorOperations, float>(\"PRelu\"", text);

        // The module: trainable parameters named like the C# parameters, from their defaults.
        Assert.Contains("public sealed class PReluModule : global::DiffGen.TorchSharp.ParametricModule", text);
        Assert.Contains("base(\"PRelu\", new string[] { \"slope\" }, new double[] { 0.25f }, global::TorchSharp.torch.ScalarType.Float32, channels, path)", text);
        Assert.Contains("=> global::Demo.Learnable.PRelu(x, Learned(0), this.Path);", text);

        // Parameters around two span inputs, in parameter order; two span inputs get no module.
        Assert.Contains("public global::System.ReadOnlySpan<bool> Broadcast => new bool[] { true, false, false, true };", text);
        Assert.Contains("var sums = global::Demo.Learnable.ModulatedBackward(parameters[0], inputs[0], inputs[1], parameters[1], outputGradient, inputGradients[0], inputGradients[1]);", text);
        Assert.DoesNotContain("class ModulatedModule", text);

        // The float/double pair shares one tensor function and one module; a parameter without a default gets no module.
        Assert.Equal(1, Count(text, "global::TorchSharp.torch.Tensor SwishBeta(global::TorchSharp.torch.Tensor x, global::TorchSharp.torch.Tensor beta)"));
        Assert.Contains("ParametricTensorFunction.ApplyFloatOrDouble<global::Demo.Learnable.SwishBetaFloat2TensorKernel, global::Demo.Learnable.SwishBetaFloatTensorOperations, "
            + "global::Demo.Learnable.SwishBetaDouble2TensorKernel, global::Demo.Learnable.SwishBetaDoubleTensorOperations>", text);
        Assert.Equal(1, Count(text, "class SwishBetaModule"));
        Assert.Contains("public static global::TorchSharp.torch.Tensor Scaled(global::TorchSharp.torch.Tensor x, global::TorchSharp.torch.Tensor a)", text);
        Assert.DoesNotContain("class ScaledModule", text);
        Snapshot.Verify("TorchSharpBroadcastMembers", result.GeneratedSources);
    }

    [Fact]
    public void An_overload_broadcasting_other_parameters_is_no_twin()
    {
        // A float PRelu(x, a) and a double PRelu(x, [Broadcast] slope) would both declare PRelu(Tensor, Tensor): the
        // plain one keeps it, and neither dispatches to the other's kernels.
        var result = GeneratorHarness.Run(GeneratorHarness.LatestParseOptions, strict: true, TorchSharpReferences, """
            using DiffGen;

            namespace Demo;

            public static partial class Mixed
            {
                [Differentiable]
                public static float PRelu(float x, float a) => x > 0f ? x : a * x;

                [Differentiable]
                public static double PRelu(double x, [Broadcast] double slope) => x > 0.0 ? x : slope * x;
            }
            """);

        GeneratorAssert.CompilesCleanly(result);
        string text = result.GeneratedSources.Single().Text;
        Assert.Equal(1, Count(text, "global::TorchSharp.torch.Tensor PRelu(global::TorchSharp.torch.Tensor x, global::TorchSharp.torch.Tensor a)"));
        Assert.DoesNotContain("ApplyFloatOrDouble", text);
        Assert.DoesNotContain("ParametricTensorFunction.Apply", text);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
}
