using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs an <see cref="ITensorKernel{T}"/> on the memory of CPU tensors: broadcasts the inputs, makes them contiguous
/// where they are not, and splits large tensors over torch's intra-op threads.
/// </summary>
internal static unsafe partial class KernelRunner
{
    /// <summary>
    /// The fewest elements worth a thread of their own: torch's own grain size for element-wise CPU kernels
    /// (<c>at::internal::GRAIN_SIZE</c>), below which starting a thread costs more than it saves.
    /// </summary>
    internal const long GrainSize = 32768;

    /// <summary>The most elements one kernel call takes: spans have an <c>int</c> length.</summary>
    private const long MaxSpan = 1L << 30;

    /// <summary>
    /// Chunks per thread of a parallel kernel call: enough that a thread held up by another process (or by libtorch's
    /// spinning workers) leaves little for the others to wait on, few enough that claiming them costs nothing measurable.
    /// </summary>
    private const int ChunksPerThread = 8;

    /// <summary>Chunk boundaries are multiples of this, so every chunk but the last runs whole 512-bit vectors.</summary>
    private const long Alignment = 64;

    /// <summary>The values <c>F(inputs…)</c>, one per element of the inputs' broadcast shape.</summary>
    public static Tensor Forward<TKernel, T>(IReadOnlyList<Tensor> inputs, ScalarType dtype)
        where TKernel : struct, ITensorKernel<T>
        where T : unmanaged
    {
        long[] shape = BroadcastShape(inputs);
        Tensor[] prepared = Prepare(inputs, shape);
        try
        {
            Tensor output = torch.empty(shape, dtype);
            nint[] sources = Pointers(prepared);
            nint target = Pointer(output);
            Split(output.numel(), (start, length) =>
            {
                KernelSpans<T> spans = Spans<T>(sources, start, length);
                default(TKernel).Forward(spans, new Span<T>((T*)target + start, length));
            });
            return output;
        }
        finally
        {
            DisposeCopies(prepared, inputs);
        }
    }

    /// <summary>
    /// The gradient of the loss with respect to each input, summed back to that input's shape; null for the inputs in
    /// which <paramref name="wanted"/> is false.
    /// </summary>
    public static Tensor?[] Backward<TKernel, T>(IReadOnlyList<Tensor> inputs, Tensor outputGradient, bool[] wanted, ScalarType dtype)
        where TKernel : struct, ITensorKernel<T>
        where T : unmanaged
    {
        long[] shape = BroadcastShape(inputs);
        Tensor[] prepared = Prepare(inputs, shape);
        // Of the output's dtype: libtorch converts a caller's gradient of another dtype before calling a backward function.
        Tensor seed = Prepare(outputGradient, shape);
        var gradients = new Tensor[inputs.Count];
        try
        {
            // The kernel computes every input's gradient in one pass; an input that needs none gets a buffer all the same.
            for (int k = 0; k < gradients.Length; k++)
            {
                gradients[k] = torch.empty(shape, dtype);
            }

            nint[] sources = Pointers(prepared);
            nint seedAt = Pointer(seed);
            nint[] targets = Pointers(gradients);
            Split(ShapeSize(shape), (start, length) =>
            {
                KernelSpans<T> spans = Spans<T>(sources, start, length);
                KernelSpans<T> outputs = Spans<T>(targets, start, length);
                default(TKernel).Backward(spans, new ReadOnlySpan<T>((T*)seedAt + start, length), outputs);
            });

            var result = new Tensor?[inputs.Count];
            for (int k = 0; k < result.Length; k++)
            {
                if (wanted[k])
                {
                    result[k] = SumTo(gradients[k], inputs[k].shape);
                    if (!ReferenceEquals(result[k], gradients[k]))
                    {
                        gradients[k].Dispose();
                    }
                }
                else
                {
                    gradients[k].Dispose();
                }
            }

            return result;
        }
        finally
        {
            DisposeCopies(prepared, inputs);
            if (!ReferenceEquals(seed, outputGradient))
            {
                seed.Dispose();
            }
        }
    }

    /// <summary>The shape all inputs broadcast to, by torch's rules (sizes aligned from the right; 1 stretches).</summary>
    /// <exception cref="ArgumentException">Two inputs have different sizes, neither 1, in one dimension.</exception>
    public static long[] BroadcastShape(IReadOnlyList<Tensor> inputs)
    {
        long[] shape = inputs[0].shape;
        for (int k = 1; k < inputs.Count; k++)
        {
            long[] other = inputs[k].shape;
            if (SameShape(shape, other))
            {
                continue;
            }

            var result = new long[Math.Max(shape.Length, other.Length)];
            for (int d = 1; d <= result.Length; d++)
            {
                long a = d <= shape.Length ? shape[^d] : 1;
                long b = d <= other.Length ? other[^d] : 1;
                result[^d] = a == b || b == 1 ? a
                    : a == 1 ? b
                    : throw new ArgumentException(
                        $"input {k} has shape [{string.Join(", ", other)}], which does not broadcast with [{string.Join(", ", shape)}] "
                        + $"(size {b} against {a} in dimension {result.Length - d})");
            }

            shape = result;
        }

        return shape;
    }

    /// <summary>
    /// Sums a gradient of the broadcast shape back to the shape of the input it belongs to: over the leading dimensions
    /// the input lacks and over those where the input has size 1 (torch's <c>sum_to_size</c>).
    /// </summary>
    public static Tensor SumTo(Tensor gradient, long[] shape)
    {
        long[] full = gradient.shape;
        if (SameShape(full, shape))
        {
            return gradient;
        }

        int lead = full.Length - shape.Length;
        var dims = new List<long>();
        for (int d = 0; d < full.Length; d++)
        {
            if (d < lead || (shape[d - lead] == 1 && full[d] != 1))
            {
                dims.Add(d);
            }
        }

        using Tensor summed = gradient.sum(dims.ToArray(), keepdim: true);
        return summed.reshape(shape);
    }

    /// <summary>
    /// Calls <paramref name="body"/> on consecutive chunks of <c>[0, count)</c>, in parallel on torch's intra-op threads
    /// (<see cref="IntraOpThreads"/>) when it is large. The threads claim chunks one at a time rather than each taking a
    /// fixed share: a thread held up by another process then costs at most the chunk it holds.
    /// </summary>
    private static void Split(long count, Action<long, int> body)
    {
        if (count == 0)
        {
            return;
        }

        int threads = (int)Math.Min(Math.Max(1, torch.get_num_threads()), Math.Max(1, count / GrainSize));
        long size = ChunkSize(count, threads);
        int chunks = (int)((count + size - 1) / size);
        IntraOpThreads.For(chunks, threads, chunk =>
        {
            long start = chunk * size;
            body(start, (int)Math.Min(size, count - start));
        });
    }

    /// <summary>
    /// The length of the chunks <see cref="Split"/> hands out: about <see cref="ChunksPerThread"/> per thread, at least
    /// <see cref="GrainSize"/>, at most <see cref="MaxSpan"/>, and a multiple of <see cref="Alignment"/>.
    /// </summary>
    private static long ChunkSize(long count, int threads)
    {
        if (threads == 1)
        {
            return Math.Min(count, MaxSpan);
        }

        long size = Math.Max(GrainSize, (count + (threads * ChunksPerThread) - 1) / (threads * ChunksPerThread));
        return Math.Min(MaxSpan, (size + Alignment - 1) / Alignment * Alignment);
    }

    /// <summary>The inputs, each expanded to <paramref name="shape"/> and contiguous: the tensor itself where it already is.</summary>
    internal static Tensor[] Prepare(IReadOnlyList<Tensor> inputs, long[] shape)
    {
        var prepared = new Tensor[inputs.Count];
        try
        {
            for (int k = 0; k < prepared.Length; k++)
            {
                prepared[k] = Prepare(inputs[k], shape);
            }
        }
        catch
        {
            DisposeCopies(prepared, inputs);
            throw;
        }

        return prepared;
    }

    internal static Tensor Prepare(Tensor tensor, long[] shape)
    {
        if (SameShape(tensor.shape, shape))
        {
            return tensor.is_contiguous() ? tensor : tensor.contiguous();
        }

        using Tensor expanded = tensor.expand(shape);
        return expanded.contiguous();
    }

    internal static void DisposeCopies(Tensor?[] prepared, IReadOnlyList<Tensor> inputs)
    {
        for (int k = 0; k < prepared.Length; k++)
        {
            if (prepared[k] is Tensor t && !ReferenceEquals(t, inputs[k]))
            {
                t.Dispose();
            }
        }
    }

    internal static KernelSpans<T> Spans<T>(nint[] pointers, long start, int length)
        where T : unmanaged
    {
        var spans = new KernelSpans<T>();
        foreach (nint p in pointers)
        {
            spans = spans.With(new Span<T>((T*)p + start, length));
        }

        return spans;
    }

    internal static nint[] Pointers(Tensor[] tensors)
    {
        var pointers = new nint[tensors.Length];
        for (int k = 0; k < pointers.Length; k++)
        {
            pointers[k] = Pointer(tensors[k]);
        }

        return pointers;
    }

    /// <summary>The address of a contiguous CPU tensor's first element (torch's memory does not move).</summary>
    internal static nint Pointer(Tensor tensor) => (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(tensor.bytes));

    internal static long ShapeSize(long[] shape)
    {
        long size = 1;
        foreach (long d in shape)
        {
            size *= d;
        }

        return size;
    }

    private static bool SameShape(long[] a, long[] b) => a.AsSpan().SequenceEqual(b);
}
