using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs an <see cref="ITensorOperations"/> on tensors of any device: every intermediate tensor is disposed as soon as
/// the pass ends (a dispose scope), the value is broadcast to the inputs' shape and each gradient summed back to its
/// input's shape.
/// </summary>
internal static class OperationsRunner
{
    /// <summary>The values <c>F(inputs…)</c>, of the inputs' broadcast shape; never one of the inputs itself.</summary>
    public static Tensor Forward<TOperations>(IReadOnlyList<Tensor> inputs)
        where TOperations : struct, ITensorOperations
    {
        long[] shape = KernelRunner.BroadcastShape(inputs);
        using DisposeScope scope = torch.NewDisposeScope();
        Tensor value = Own(default(TOperations).Forward(inputs), shape, inputs, null);
        scope.MoveToOuter(value);
        return value;
    }

    /// <summary>
    /// The gradient of the loss with respect to each input, summed back to that input's shape; null for the inputs in
    /// which <paramref name="wanted"/> is false. With grad mode on (<c>create_graph: true</c>) torch records these
    /// operations, so the gradients can be differentiated again.
    /// </summary>
    public static Tensor?[] Backward<TOperations>(IReadOnlyList<Tensor> inputs, Tensor outputGradient, bool[] wanted)
        where TOperations : struct, ITensorOperations
    {
        long[] shape = KernelRunner.BroadcastShape(inputs);
        using DisposeScope scope = torch.NewDisposeScope();
        Tensor[] gradients = default(TOperations).Backward(inputs, outputGradient);
        var result = new Tensor?[inputs.Count];
        for (int k = 0; k < result.Length; k++)
        {
            if (wanted[k])
            {
                Tensor full = Own(gradients[k], shape, inputs, outputGradient);
                result[k] = KernelRunner.SumTo(full, inputs[k].shape);
                scope.MoveToOuter(result[k]!);
            }
        }

        return result;
    }

    /// <summary>
    /// <paramref name="t"/> of <paramref name="shape"/> and owned by the current scope: broadcast if it is smaller (a
    /// constant), copied if it is a tensor the caller owns (<c>F(x) = x</c> returns its input).
    /// </summary>
    private static Tensor Own(Tensor t, long[] shape, IReadOnlyList<Tensor> inputs, Tensor? seed)
    {
        if (!System.MemoryExtensions.SequenceEqual<long>(t.shape, shape))
        {
            return t.expand(shape).contiguous();
        }

        bool foreign = ReferenceEquals(t, seed);
        foreach (Tensor input in inputs)
        {
            foreign |= ReferenceEquals(t, input);
        }

        return foreign ? t.clone() : t;
    }
}
