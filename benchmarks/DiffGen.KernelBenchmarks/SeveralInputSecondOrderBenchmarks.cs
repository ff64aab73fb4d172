using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// The second-order span kernels of a two-input method (Swish-β, <c>[Differentiable(Order = 2)]</c>) on the SIMD
/// drivers against the scalar loop they replaced (the same loop over the generated scalar member), interleaved in one
/// run so the ratio holds on a loaded machine. The setup checks that both agree.
/// </summary>
[Config(typeof(Config))]
public class SeveralInputSecondOrderBenchmarks
{
    private float[] x = null!, beta = null!, vx = null!, vbeta = null!, dy = null!;
    private float[] o0 = null!, o1 = null!, o2 = null!;

    /// <summary>Elements per call.</summary>
    [Params(65536)]
    public int N { get; set; }

    /// <summary>The kernel: <c>HessianVectorProduct</c> (4 spans in, 2 out) or <c>BackwardBackward</c> (5 in, 3 out).</summary>
    [Params("HessianVectorProduct", "BackwardBackward")]
    public string Kernel { get; set; } = "HessianVectorProduct";

    /// <summary>Makes the data and checks agreement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        float Next(double scale) => (float)((random.NextDouble() * 2 - 1) * scale);
        x = new float[N];
        beta = new float[N];
        vx = new float[N];
        vbeta = new float[N];
        dy = new float[N];
        for (int i = 0; i < N; i++)
        {
            (x[i], beta[i], vx[i], vbeta[i], dy[i]) = (Next(6), 0.5f + Next(0.5), Next(1), Next(1), Next(2));
        }

        (o0, o1, o2) = (new float[N], new float[N], new float[N]);
        Simd();
        float[][] simd = [(float[])o0.Clone(), (float[])o1.Clone(), (float[])o2.Clone()];
        ScalarLoop();
        float[][] scalar = [o0, o1, o2];
        for (int k = 0; k < 3; k++)
        {
            for (int i = 0; i < N; i++)
            {
                if (Math.Abs(simd[k][i] - scalar[k][i]) > 1e-4f * (1 + Math.Abs(scalar[k][i])))
                {
                    throw new InvalidOperationException($"{Kernel} output {k} disagrees at {i}: SIMD {simd[k][i]}, scalar {scalar[k][i]}");
                }
            }
        }
    }

    /// <summary>The generated span kernel, on the SIMD drivers.</summary>
    [Benchmark(Baseline = true)]
    public void Simd()
    {
        if (Kernel == "HessianVectorProduct")
        {
            SecondOrderBenchActivations.SwishBetaHessianVectorProduct(x, beta, vx, vbeta, o0, o1);
        }
        else
        {
            SecondOrderBenchActivations.SwishBetaBackwardBackward(x, beta, dy, vx, vbeta, o0, o1, o2);
        }
    }

    /// <summary>The span kernel as it was generated before: a loop over the scalar member.</summary>
    [Benchmark]
    public void ScalarLoop()
    {
        if (Kernel == "HessianVectorProduct")
        {
            for (int i = 0; i < x.Length; i++)
            {
                (o0[i], o1[i]) = SecondOrderBenchActivations.SwishBetaHessianVectorProduct(x[i], beta[i], vx[i], vbeta[i]);
            }
        }
        else
        {
            for (int i = 0; i < x.Length; i++)
            {
                (o0[i], o1[i], o2[i]) = SecondOrderBenchActivations.SwishBetaBackwardBackward(x[i], beta[i], dy[i], vx[i], vbeta[i]);
            }
        }
    }

    /// <summary>The kernel projects' short job, without the throughput columns (they read a Direction parameter).</summary>
    public sealed class Config : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public Config() => AddJob(ShortJob.Create("SecondOrderInputs"));
    }
}
