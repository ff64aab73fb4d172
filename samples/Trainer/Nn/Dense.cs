using System;
using System.Collections.Generic;

namespace DiffGen.Trainer.Nn;

/// <summary>
/// A fully connected layer followed by an element-wise activation: <c>a = f(x·W + b)</c>.
/// The activation is a struct type argument, so the JIT compiles a copy of this class per activation in which
/// <c>default(TActivation).Forward(…)</c> is a direct call into the generated kernel: no delegate, no virtual call.
/// </summary>
/// <typeparam name="TActivation">A generated <c>…Kernel</c> struct (or <see cref="Identity"/>).</typeparam>
public sealed class Dense<TActivation> : ILayer
    where TActivation : struct, IElementwiseFunction<float>
{
    private readonly Parameter weights;
    private readonly Parameter bias;
    private float[] input = Array.Empty<float>();
    private float[] preActivation = Array.Empty<float>();
    private float[] output = Array.Empty<float>();
    private float[] inputTransposed = Array.Empty<float>();
    private float[] weightsTransposed;
    private float[] inputGradient = Array.Empty<float>();
    private int batch;

    /// <summary>Creates the layer with initialized weights and zero bias.</summary>
    /// <param name="inputSize">Inputs per sample.</param>
    /// <param name="outputSize">Outputs per sample.</param>
    /// <param name="initialization">How to draw the weights.</param>
    /// <param name="random">The seeded source of randomness.</param>
    public Dense(int inputSize, int outputSize, Initialization initialization, Random random)
    {
        InputSize = inputSize;
        OutputSize = outputSize;
        weights = new Parameter(inputSize * outputSize);
        bias = new Parameter(outputSize);
        weightsTransposed = new float[inputSize * outputSize];
        Initialize(weights.Value, inputSize, outputSize, initialization, random);
        Parameters = new[] { weights, bias };
    }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The weights, <see cref="InputSize"/> × <see cref="OutputSize"/>, row-major.</summary>
    public Parameter Weights => weights;

    /// <summary>The bias, one per output.</summary>
    public Parameter Bias => bias;

    /// <inheritdoc/>
    public float[] Forward(float[] input, int batch)
    {
        this.input = input;
        this.batch = batch;
        Ensure(ref preActivation, batch * OutputSize);
        Ensure(ref output, batch * OutputSize);
        Gemm.Multiply(input, weights.Value, preActivation, batch, InputSize, OutputSize);
        for (int r = 0; r < batch; r++)
        {
            Span<float> row = preActivation.AsSpan(r * OutputSize, OutputSize);
            System.Numerics.Tensors.TensorPrimitives.Add(row, bias.Value, row);
        }

        int count = batch * OutputSize;
        default(TActivation).Forward(preActivation.AsSpan(0, count), output.AsSpan(0, count));
        return output;
    }

    /// <inheritdoc/>
    public float[]? Backward(float[] outputGradient, bool inputGradientNeeded)
    {
        int count = batch * OutputSize;

        // dL/dz = dL/da · f'(z), in place: the generated kernels allow the output to alias an input.
        Span<float> dz = outputGradient.AsSpan(0, count);
        default(TActivation).Backward(preActivation.AsSpan(0, count), dz, dz);

        // dL/dW = xᵀ·dz; the transpose makes both operands row-major for the blocked kernel.
        Ensure(ref inputTransposed, batch * InputSize);
        Gemm.Transpose(input.AsSpan(0, batch * InputSize), inputTransposed, batch, InputSize);
        Gemm.Multiply(inputTransposed, outputGradient, weights.Gradient, InputSize, batch, OutputSize);

        Span<float> db = bias.Gradient;
        db.Clear();
        for (int r = 0; r < batch; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(db, outputGradient.AsSpan(r * OutputSize, OutputSize), db);
        }

        if (!inputGradientNeeded)
        {
            return null;
        }

        // dL/dx = dz·Wᵀ.
        Ensure(ref inputGradient, batch * InputSize);
        Gemm.Transpose(weights.Value, weightsTransposed, InputSize, OutputSize);
        Gemm.Multiply(outputGradient, weightsTransposed, inputGradient, batch, OutputSize, InputSize);
        return inputGradient;
    }

    private static void Ensure(ref float[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new float[length];
        }
    }

    private static void Initialize(float[] w, int fanIn, int fanOut, Initialization initialization, Random random)
    {
        if (initialization == Initialization.He)
        {
            double sigma = Math.Sqrt(2.0 / fanIn);
            for (int i = 0; i < w.Length; i++)
            {
                // Box–Muller: Random has no normal distribution of its own.
                double u1 = 1.0 - random.NextDouble();
                double u2 = random.NextDouble();
                w[i] = (float)(sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
            }
        }
        else
        {
            double limit = Math.Sqrt(6.0 / (fanIn + fanOut));
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = (float)(((2.0 * random.NextDouble()) - 1.0) * limit);
            }
        }
    }
}
