using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.KernelBenchmarks;
using DiffGen.KernelBenchmarks.Infrastructure;
using DiffGen.Testing;
using DiffGen.TorchSharp;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchBenchmarks;

/// <summary>
/// One training step of an activation on N float32 CPU tensor elements, all through TorchSharp's autograd
/// (<c>y = f(x); y.backward(dy)</c>, then <c>x.grad = null</c> as <c>zero_grad</c> does), torch with its default
/// intra-op threads (one per core): DiffGen's generated tensor function (the baseline; also on its tensor-operations
/// path, <c>TensorPath.TensorOperations</c>) against (a) the same formula composed from
/// TorchSharp operations and (b) libtorch's own fused kernels where one exists (<c>gelu</c> with the tanh
/// approximation, <c>silu</c>, <c>mish</c>; the seed has none, so its row is only (a)).
/// </summary>
[Config(typeof(TensorFunctionConfig))]
public class TensorFunctionBenchmarks
{
    private const int RandomSeed = 20251127;

    /// <summary>Whether this process has run <see cref="WarmUp"/>.</summary>
    private static bool warmedUp;

    private Tensor x = null!;
    private Tensor dy = null!;

    /// <summary>The sizes of the issue: 64K, 1M and 16M (a subset with <c>--sizes</c>).</summary>
    public static IEnumerable<int> Sizes => KernelSizes.Selected;

    /// <summary>Elements per call.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Which activation.</summary>
    [Params(Activation.Seed, Activation.Gelu, Activation.Swish, Activation.Mish)]
    public Activation Activation { get; set; }

    /// <summary>Uniform inputs in [−4, 4) and output gradients in [−1, 1), fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        LibTorchSharpPatch.Apply();

        // torch's default (one thread per core), restored in case another benchmark of this process set one thread.
        torch.set_num_threads(Environment.ProcessorCount);
        var random = new Random(RandomSeed);
        var xs = new float[N];
        var dys = new float[N];
        for (int i = 0; i < N; i++)
        {
            xs[i] = random.NextSingle() * 8f - 4f;
            dys[i] = random.NextSingle() * 2f - 1f;
        }

        if (!warmedUp)
        {
            warmedUp = true;
            WarmUp();
        }

        x = tensor(xs).requires_grad_(true);
        dy = tensor(dys);
    }

    /// <summary>
    /// Runs every benchmark of every activation on a 256K tensor until its code is optimized, once per process. The
    /// benchmarks share one process (in-process toolchain, for the patched native library), so without this the first
    /// case (the seed's <see cref="DiffGenTensor"/>) paid the JIT's tier-0 code and the first use of libtorch's and
    /// OpenMP's threads of every path: 3.5 ms against 0.8–1.0 ms for the same kernels one row later (21:24 UTC, quiet);
    /// at 16M its two warm-up iterations are five calls, all unoptimized.
    /// </summary>
    private void WarmUp()
    {
        Activation chosen = Activation;
        x = randn(262144).requires_grad_(true);
        dy = randn(262144);
        try
        {
            for (int round = 0; round < 3; round++)
            {
                foreach (Activation activation in new[] { Activation.Seed, Activation.Gelu, Activation.Swish, Activation.Mish })
                {
                    Activation = activation;
                    for (int call = 0; call < 40; call++)
                    {
                        DiffGenTensor();
                        DiffGenTensorOnDotNetPool();
                        DiffGenTensorGradientCopied();
                        DiffGenTensorOperations();
                        Composed();
                        TorchNative();
                    }
                }

                // Tier-1 compilation happens on a background thread after a short delay.
                System.Threading.Thread.Sleep(200);
            }
        }
        finally
        {
            x.Dispose();
            dy.Dispose();
            Activation = chosen;
        }
    }

    /// <summary>Frees the tensors.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        x.Dispose();
        dy.Dispose();
    }

    /// <summary>The generated tensor function: the SIMD kernels on the tensors' memory, one saved tensor.</summary>
    [Benchmark(Baseline = true)]
    public void DiffGenTensor() => Step(Activation switch
    {
        Activation.Seed => (Func<Tensor, Tensor>)BenchActivations.Seed,
        Activation.Gelu => BenchActivations.Gelu,
        Activation.Swish => BenchActivations.Swish,
        _ => BenchActivations.Mish,
    });

    /// <summary>
    /// The same tensor function with its kernels split over the .NET thread pool instead of torch's OpenMP threads (the
    /// split before issue 10's call-path work, and the fallback where libtorch has no GNU OpenMP runtime): which of the
    /// two is faster on a quiet machine is what this row answers (docs/benchmarks.md, "issue 10, call path").
    /// </summary>
    [Benchmark]
    public void DiffGenTensorOnDotNetPool()
    {
        IntraOpThreads.UseOpenMP = false;
        try
        {
            DiffGenTensor();
        }
        finally
        {
            IntraOpThreads.UseOpenMP = true;
        }
    }

    /// <summary>
    /// The same tensor function with its gradients not handed over for libtorch to take (<c>StealableGradients</c> off):
    /// libtorch clones the leaf's gradient into <c>x.grad</c>, as it did before (docs/benchmarks.md, "the leaf gradient's copy").
    /// </summary>
    [Benchmark]
    public void DiffGenTensorGradientCopied()
    {
        StealableGradients.Enabled = false;
        try
        {
            DiffGenTensor();
        }
        finally
        {
            StealableGradients.Enabled = true;
        }
    }

    /// <summary>
    /// The generated tensor function on its tensor-operations path (what runs on devices other than the CPU, here on
    /// the CPU): the forward and the printed backward as TorchSharp operations, one saved tensor.
    /// </summary>
    [Benchmark]
    public void DiffGenTensorOperations() => Step(Activation switch
    {
        Activation.Seed => (Func<Tensor, Tensor>)(t => BenchActivations.Seed(t, TensorPath.TensorOperations)),
        Activation.Gelu => t => BenchActivations.Gelu(t, TensorPath.TensorOperations),
        Activation.Swish => t => BenchActivations.Swish(t, TensorPath.TensorOperations),
        _ => t => BenchActivations.Mish(t, TensorPath.TensorOperations),
    });

    /// <summary>(a) The same formula composed from TorchSharp operations, differentiated by autograd.</summary>
    [Benchmark]
    public void Composed() => Step(t => TorchActivations.Forward(Activation, t));

    /// <summary>(b) libtorch's fused kernel for the activation (the composed formula for the seed, which has none).</summary>
    [Benchmark]
    public void TorchNative() => Step(Activation switch
    {
        Activation.Gelu => (Func<Tensor, Tensor>)(t => nn.functional.gelu(t, global::TorchSharp.Modules.GELU.Approximate.tanh)),
        Activation.Swish => t => nn.functional.silu(t),
        Activation.Mish => t => nn.functional.mish(t),
        _ => t => TorchActivations.Forward(Activation, t),
    });

    private void Step(Func<Tensor, Tensor> f)
    {
        using (NewDisposeScope())
        {
            f(x).backward(new[] { dy });
        }

        x.grad = null;
    }

    /// <summary><see cref="ShortJob"/> (in process, for the patched native library), torch's default threads.</summary>
    private sealed class TensorFunctionConfig : ManualConfig
    {
        public TensorFunctionConfig() => AddJob(ShortJob.Create("InProcess-torch-threads"));
    }
}
