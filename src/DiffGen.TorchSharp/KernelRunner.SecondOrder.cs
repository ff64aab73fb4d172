using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>The double backward of <see cref="KernelRunner"/>: <see cref="ISecondOrderTensorKernel{T}.BackwardBackward"/> on CPU tensors.</summary>
internal static unsafe partial class KernelRunner
{
    /// <summary>
    /// The backward pass of <see cref="Backward{TKernel, T}"/> given the gradients <paramref name="secondGradients"/> of
    /// its results (each of its input's shape): the gradient of each input, summed back to that input's shape, and of
    /// <paramref name="outputGradient"/>, of its shape; null where <paramref name="wanted"/> or
    /// <paramref name="outputGradientWanted"/> is false.
    /// </summary>
    /// <exception cref="NotSupportedException"><typeparamref name="TKernel"/> has no second-order kernels.</exception>
    public static (Tensor?[] InputGradients, Tensor? OutputGradientGradient) BackwardBackward<TKernel, T>(
        IReadOnlyList<Tensor> inputs, Tensor outputGradient, IReadOnlyList<Tensor> secondGradients, bool[] wanted, bool outputGradientWanted, ScalarType dtype)
        where TKernel : struct, ITensorKernel<T>
        where T : unmanaged
    {
        if (default(TKernel) is not ISecondOrderTensorKernel<T>)
        {
            throw new NotSupportedException($"{typeof(TKernel).Name} has no double backward kernel.");
        }

        long[] shape = BroadcastShape(inputs);
        Tensor[] prepared = Prepare(inputs, shape);
        Tensor[] seconds = Prepare(secondGradients, shape);
        Tensor seed = Prepare(outputGradient, shape);
        var gradients = new Tensor[inputs.Count + 1];
        try
        {
            // Every input's gradient and the seed's come out of one pass; the last buffer is the seed's.
            for (int k = 0; k < gradients.Length; k++)
            {
                gradients[k] = torch.empty(shape, dtype);
            }

            nint[] sources = Pointers(prepared);
            nint[] ddAt = Pointers(seconds);
            nint[] targets = Pointers(gradients[..^1]);
            nint seedGradientAt = Pointer(gradients[^1]);
            nint seedAt = Pointer(seed);
            Split(ShapeSize(shape), (start, length) =>
            {
                KernelSpans<T> x = Spans<T>(sources, start, length);
                KernelSpans<T> dd = Spans<T>(ddAt, start, length);
                KernelSpans<T> outputs = Spans<T>(targets, start, length);
                var seedGradient = new Span<T>((T*)seedGradientAt + start, length);

                // A boxed default struct the JIT devirtualizes: once per piece, not per element.
                ((ISecondOrderTensorKernel<T>)default(TKernel)).BackwardBackward(x, new ReadOnlySpan<T>((T*)seedAt + start, length), dd, outputs, seedGradient);
            });

            var result = new Tensor?[inputs.Count];
            for (int k = 0; k < result.Length; k++)
            {
                result[k] = wanted[k] ? Summed(gradients[k], inputs[k].shape) : Drop(gradients[k]);
            }

            return (result, outputGradientWanted ? Summed(gradients[^1], outputGradient.shape) : Drop(gradients[^1]));
        }
        finally
        {
            DisposeCopies(prepared, inputs);
            DisposeCopies(seconds, secondGradients);
            if (!ReferenceEquals(seed, outputGradient))
            {
                seed.Dispose();
            }
        }
    }

    /// <summary><paramref name="gradient"/> summed to <paramref name="shape"/>; the full one is disposed if that made a new tensor.</summary>
    private static Tensor Summed(Tensor gradient, long[] shape)
    {
        Tensor summed = SumTo(gradient, shape);
        if (!ReferenceEquals(summed, gradient))
        {
            gradient.Dispose();
        }

        return summed;
    }

    private static Tensor? Drop(Tensor gradient)
    {
        gradient.Dispose();
        return null;
    }
}
