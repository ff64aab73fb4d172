using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DiffGen.KernelBenchmarks;
using DiffGen.KernelBenchmarks.Infrastructure;
using DiffGen.Testing;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// One training step's worth of an activation, forward then backward, on N float32 values: DiffGen's generated span
/// kernels (the baseline) against TorchSharp eager mode with autograd (<c>y = f(x); y.backward(dy)</c>). Both on one
/// thread (<c>torch.set_num_threads(1)</c>; DiffGen's kernels are single-threaded), same data (uniform in [−4, 4),
/// fixed seed). TorchSharp allocates its outputs and saved intermediates per call, as eager mode does; DiffGen writes
/// into buffers allocated once. x.grad is reset to None after each step, as optimizer.zero_grad() does.
/// </summary>
[Config(typeof(TorchBenchmarkConfig))]
public class TorchVersusDiffGen
{
    // The kernel benchmarks' seed (KernelData.RandomSeed), so both suites measure the same inputs.
    private const int RandomSeed = 20251127;

    private float[] x = [];
    private float[] dy = [];
    private float[] y = [];
    private float[] dx = [];
    private Tensor xTensor = null!;
    private Tensor dyTensor = null!;

    /// <summary>The sizes to run (4K, 64K, 1M, 16M unless <c>--sizes</c> says otherwise).</summary>
    public static IEnumerable<int> Sizes => KernelSizes.Selected;

    /// <summary>Elements per call.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Which activation.</summary>
    [Params(Activation.Seed, Activation.Gelu, Activation.Swish, Activation.Mish)]
    public Activation Activation { get; set; }

    /// <summary>Makes the inputs, as arrays for DiffGen and as tensors (x requiring grad) for TorchSharp.</summary>
    [GlobalSetup]
    public void Setup()
    {
        LibTorchSharpPatch.Apply();
        torch.set_num_threads(1);
        var random = new Random(RandomSeed);
        x = new float[N];
        dy = new float[N];
        y = new float[N];
        dx = new float[N];
        for (int i = 0; i < N; i++)
        {
            x[i] = random.NextSingle() * 8f - 4f;
            dy[i] = random.NextSingle() * 2f - 1f;
        }

        xTensor = tensor(x).requires_grad_(true);
        dyTensor = tensor(dy);
    }

    /// <summary>Frees the tensors.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        xTensor.Dispose();
        dyTensor.Dispose();
    }

    /// <summary>The generated forward kernel, then the generated backward kernel.</summary>
    [Benchmark(Baseline = true)]
    public void DiffGen()
    {
        switch (Activation)
        {
            case Activation.Seed:
                BenchActivations.Seed(x, y);
                BenchActivations.SeedBackward(x, dy, dx);
                break;
            case Activation.Gelu:
                BenchActivations.Gelu(x, y);
                BenchActivations.GeluBackward(x, dy, dx);
                break;
            case Activation.Swish:
                BenchActivations.Swish(x, y);
                BenchActivations.SwishBackward(x, dy, dx);
                break;
            default:
                BenchActivations.Mish(x, y);
                BenchActivations.MishBackward(x, dy, dx);
                break;
        }
    }

    /// <summary>TorchSharp eager forward of the same formula, then autograd's backward with the same dy.</summary>
    [Benchmark]
    public void TorchSharp()
    {
        using (NewDisposeScope())
        {
            Tensor output = TorchActivations.Forward(Activation, xTensor);
            output.backward(new[] { dyTensor });
        }

        xTensor.grad = null;
    }
}
