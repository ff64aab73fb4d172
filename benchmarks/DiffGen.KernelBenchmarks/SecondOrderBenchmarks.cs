using System;
using BenchmarkDotNet.Attributes;
using DiffGen.KernelBenchmarks.HandVector;
using DiffGen.KernelBenchmarks.Infrastructure;

namespace DiffGen.KernelBenchmarks;

/// <summary>
/// The generated second-derivative kernels of GELU and Swish (<c>[Differentiable(Order = 2)]</c>) against hand-written
/// Vector256/Vector512 kernels of their closed forms (issue 12's goal: within 10%). The setup checks that both agree.
/// </summary>
[Config(typeof(KernelBenchmarkConfig))]
public class SecondOrderBenchmarks
{
    private float[] x = null!;
    private float[] output = null!;

    /// <summary>Elements per call.</summary>
    [Params(4096, 65536, 1 << 20)]
    public int N { get; set; }

    /// <summary>A forward map (read x, write d2: 8 B/element), for the throughput column.</summary>
    [Params(Direction.Forward)]
    public Direction Direction { get; set; }

    /// <summary>The activation.</summary>
    [Params("Gelu", "Swish")]
    public string Activation { get; set; } = "Gelu";

    /// <summary>Makes the data and checks agreement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        x = new float[N];
        for (int i = 0; i < N; i++)
        {
            x[i] = (float)((random.NextDouble() * 12) - 6);
        }

        output = new float[N];
        float[] hand = new float[N];
        Generated();
        HandVectorClosedForm();
        Array.Copy(output, hand, N);
        Generated();
        for (int i = 0; i < N; i++)
        {
            if (Math.Abs(hand[i] - output[i]) > 1e-4f * (1 + Math.Abs(hand[i])))
            {
                throw new InvalidOperationException($"{Activation}'' disagrees at {x[i]}: generated {output[i]}, hand-written {hand[i]}");
            }
        }
    }

    /// <summary>The generated span kernel <c>FSecondDerivative(x, d2)</c>.</summary>
    [Benchmark(Baseline = true)]
    public void Generated()
    {
        if (Activation == "Gelu")
        {
            SecondOrderBenchActivations.GeluSecondDerivative(x, output);
        }
        else
        {
            SecondOrderBenchActivations.SwishSecondDerivative(x, output);
        }
    }

    /// <summary>The hand-written closed form.</summary>
    [Benchmark]
    public void HandVectorClosedForm()
    {
        if (Activation == "Gelu")
        {
            SecondOrderHandVector.GeluSecond(x, output);
        }
        else
        {
            SecondOrderHandVector.SwishSecond(x, output);
        }
    }
}
