using System;
using System.Linq;
using DiffGen.Trainer.Nn;
using Xunit;

namespace DiffGen.Trainer.Tests;

/// <summary>
/// Whole-network gradient check: backpropagation through the generated activation kernels, the matrix multiply,
/// the bias and softmax cross-entropy matches central finite differences of the loss, for every activation.
/// </summary>
public sealed class GradientCheckTests
{
    /// <summary>6-20-18-3 with a batch of 5: wide enough for the blocked 4×16 multiply and its row and column leftovers.</summary>
    private static readonly int[] Sizes = [6, 20, 18, 3];

    public static TheoryData<string> AllActivations => new(ActivationCatalog.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(AllActivations))]
    public void BackpropagationMatchesFiniteDifferences(string name)
    {
        Assert.True(ActivationCatalog.TryFind(name, out var activation));
        var (input, labels) = Batch(seed: 7);
        var network = activation.CreateNetwork(Sizes, new Random(11));

        var (worst, largest) = GradientCheck.Run(network, input, labels);

        Assert.True(worst <= 1, $"{name}: worst error is {worst:F2} × the tolerance");
        Assert.True(largest > 1e-2, $"{name}: gradients are all tiny ({largest}); the check would prove nothing");
    }

    [Fact]
    public void CheckCatchesAWrongDerivative()
    {
        var (input, labels) = Batch(seed: 7);
        var layers = new ILayer[]
        {
            new Dense<HalvedTanhDerivative>(6, 20, Initialization.Xavier, new Random(11)),
            new Dense<Identity>(20, 3, Initialization.Xavier, new Random(12)),
        };

        var (worst, _) = GradientCheck.Run(new Network(layers), input, labels);

        Assert.True(worst > 10, $"a derivative off by a factor of 2 passed the check (worst ratio {worst:F2})");
    }

    [Fact]
    public void CheckCatchesAWrongParameterGradient()
    {
        var (input, labels) = Batch(seed: 7);
        var layers = new ILayer[]
        {
            new Dense<Identity>(6, 20, Initialization.Xavier, new Random(11)),
            new LearnableActivationLayer<DoubledSlopeGradient>(20),
            new Dense<Identity>(20, 3, Initialization.Xavier, new Random(12)),
        };

        var (worst, _) = GradientCheck.Run(new Network(layers), input, labels);

        Assert.True(worst > 10, $"a parameter gradient off by a factor of 2 passed the check (worst ratio {worst:F2})");
    }

    [Theory]
    [InlineData("prelu")]
    [InlineData("swishbeta")]
    [InlineData("pau")]
    public void PerChannelParametersMatchFiniteDifferences(string name)
    {
        var (input, labels) = Batch(seed: 7);
        ILayer activation = name switch
        {
            "prelu" => PerChannelLayer<Activations.PReluKernel>(20),
            "swishbeta" => PerChannelLayer<Activations.SwishBetaKernel>(20),
            _ => PerChannelLayer<Activations.PauKernel>(20),
        };
        var layers = new ILayer[]
        {
            new Dense<Identity>(6, 20, Initialization.Xavier, new Random(11)),
            activation,
            new Dense<Identity>(20, 3, Initialization.Xavier, new Random(12)),
        };

        var (worst, largest) = GradientCheck.Run(new Network(layers), input, labels);

        Assert.True(worst <= 1, $"{name} per channel: worst error is {worst:F2} × the tolerance");
        Assert.True(largest > 1e-2, $"{name} per channel: gradients are all tiny ({largest})");
    }

    /// <summary>A per-channel layer whose channels' parameters differ (each nudged from the default), so a mix-up of channels shows.</summary>
    private static LearnableActivationLayer<TKernel> PerChannelLayer<TKernel>(int width)
        where TKernel : struct, IPerChannelFunction<TKernel, float>
    {
        var layer = new LearnableActivationLayer<TKernel>(width, perChannel: true);
        float[] values = layer.ActivationParameters.Value;
        Assert.Equal(width * TKernel.ParameterCount, values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] *= 1f + (0.05f * ((i % 7) - 3));
        }

        return layer;
    }

    private static (float[] Input, byte[] Labels) Batch(int seed)
    {
        var random = new Random(seed);
        const int BatchSize = 5;
        var input = new float[BatchSize * Sizes[0]];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2) - 1);
        }

        var labels = Enumerable.Range(0, BatchSize).Select(_ => (byte)random.Next(Sizes[^1])).ToArray();
        return (input, labels);
    }

    /// <summary>The generated PReLU kernel with a slope gradient twice the true one: the check must reject it.</summary>
    private readonly struct DoubledSlopeGradient(Activations.PReluKernel inner) : IPerChannelFunction<DoubledSlopeGradient, float>
    {
        public static int ParameterCount => 1;

        public static DoubledSlopeGradient Create(ReadOnlySpan<float> parameters) => new(Activations.PReluKernel.Create(parameters));

        public static void InitialParameters(Span<float> destination) => Activations.PReluKernel.InitialParameters(destination);

        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames => Activations.PReluKernel.ParameterNames;

        public void CopyParametersTo(Span<float> destination) => inner.CopyParametersTo(destination);

        public float Value(float x) => inner.Value(x);

        public V Value<V>(V x)
            where V : struct, IVector<V, float> => inner.Value(x);

        public float Backward<TGradients>(float x, float dy, ref TGradients parameterGradients)
            where TGradients : struct, IParameterGradients<float>
        {
            var term = default(Term<float>);
            float dx = inner.Backward(x, dy, ref term);
            parameterGradients.Add(0, term.Dy, 2 * term.Value);
            return dx;
        }

        public V Backward<V, TGradients>(V x, V dy, ref TGradients parameterGradients)
            where V : struct, IVector<V, float>
            where TGradients : struct, IParameterGradients<V>
        {
            var term = default(Term<V>);
            V dx = inner.Backward(x, dy, ref term);
            parameterGradients.Add(0, term.Dy, term.Value + term.Value);
            return dx;
        }

        public static V Value<V, TParameters>(V x, in TParameters parameters)
            where V : struct, IVector<V, float>
            where TParameters : struct, IParameterVectors<V> => Activations.PReluKernel.Value<V, TParameters>(x, in parameters);

        public static V Backward<V, TParameters, TGradients>(V x, V dy, in TParameters parameters, ref TGradients parameterGradients)
            where V : struct, IVector<V, float>
            where TParameters : struct, IParameterVectors<V>
            where TGradients : struct, IParameterGradients<V>
        {
            var term = default(Term<V>);
            V dx = Activations.PReluKernel.Backward<V, TParameters, Term<V>>(x, dy, in parameters, ref term);
            parameterGradients.Add(0, term.Dy, term.Value + term.Value);
            return dx;
        }

        /// <summary>Catches the one parameter's term so that it can be doubled.</summary>
        private struct Term<TValue> : IParameterGradients<TValue>
        {
            public TValue Dy;
            public TValue Value;

            public void Add(int parameter, TValue dy, TValue derivative) => (Dy, Value) = (dy, derivative);
        }
    }

    /// <summary>tanh with a backward pass that is off by a factor of two: the check must reject it.</summary>
    private readonly struct HalvedTanhDerivative : IElementwiseFunction<float>
    {
        public float Value(float x) => MathF.Tanh(x);

        public float Derivative(float x) => 0.5f * (1f - (MathF.Tanh(x) * MathF.Tanh(x)));

        public void Forward(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Value(x[i]);
            }
        }

        public void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
        {
            for (int i = 0; i < x.Length; i++)
            {
                dx[i] = dy[i] * Derivative(x[i]);
            }
        }
    }
}
