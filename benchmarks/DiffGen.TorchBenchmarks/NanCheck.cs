using System;
using System.Globalization;
using DiffGen.KernelBenchmarks;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// The NaN demonstration: at x = −0.6 the seed's untaken branch divides by x + 0.6 = 0 (exactly, in float32).
/// torch.where's backward sends a zero gradient into that branch, and the division's backward multiplies it by
/// 1/(x + 0.6) = Inf: 0 · Inf = NaN reaches x.grad. DiffGen differentiates each branch on its own and selects last.
/// </summary>
public static class NanCheck
{
    /// <summary>Prints both gradients at x = −0.6; returns 0 when DiffGen gives the slope of the taken branch, 0.01.</summary>
    public static int Run()
    {
        const float x0 = -0.6f;
        float torchGradient;
        using (NewDisposeScope())
        {
            Tensor x = tensor(new[] { x0 }).requires_grad_(true);
            Tensor y = TorchActivations.Forward(Activation.Seed, x);
            y.backward(new[] { ones_like(y) });
            torchGradient = x.grad!.item<float>();
        }

        float diffGenGradient = BenchActivations.SeedBackward(x0, 1f);
        float[] span = new float[1];
        BenchActivations.SeedBackward(new[] { x0 }, new[] { 1f }, span);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Seed activation at x = {0:R}: TorchSharp {1} autograd (torch.where) gives dy/dx = {2:R}; DiffGen SeedBackward gives {3:R} (span kernel: {4:R}).",
            x0,
            typeof(torch).Assembly.GetName().Version,
            torchGradient,
            diffGenGradient,
            span[0]));
        return diffGenGradient == 0.01f && span[0] == 0.01f ? 0 : 1;
    }
}
