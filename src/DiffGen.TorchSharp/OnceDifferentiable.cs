using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The last derivative DiffGen's CPU kernels have, when libtorch was asked for a graph of it (<c>create_graph: true</c>):
/// computes it with the kernels, as a node that fails if anything differentiates through it. This is PyTorch's
/// <c>once_differentiable</c>: asking for a graph is fine (a gradient penalty that is never differentiated again, for
/// instance), differentiating once more is the error. Order 1 is the backward pass of a method without second-order
/// kernels (<c>Order = 1</c>); order 2 the double backward of one with them, since the kernels stop there.
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class OnceDifferentiable<TKernel, T> : autograd.MultiTensorFunction<OnceDifferentiable<TKernel, T>>
    where TKernel : struct, ITensorKernel<T>
    where T : unmanaged
{
    private const string OrderKey = "DiffGen.Order";

    /// <inheritdoc/>
    public override string Name => "DiffGen.OnceDifferentiable." + typeof(TKernel).Name;

    /// <summary>
    /// The gradients: <paramref name="vars"/> is the name, the order (1 or 2), the output's gradient, the inputs, and for
    /// order 2 the gradients of the inputs' gradients. Order 1 returns one gradient per input; order 2 one per input,
    /// then the output gradient's.
    /// </summary>
    public override List<Tensor> forward(autograd.AutogradContext ctx, params object[] vars)
    {
        List<Tensor> tensors = AutogradCall.Save(ctx, vars, saveTensors: false);
        int order = (int)vars[1];
        ctx.save_data(OrderKey, order);
        Tensor seed = tensors[0];
        int count = order == 1 ? tensors.Count - 1 : (tensors.Count - 1) / 2;
        List<Tensor> inputs = tensors.GetRange(1, count);
        bool[] all = inputs.Select(_ => true).ToArray();
        if (order == 1)
        {
            return KernelRunner.Backward<TKernel, T>(inputs, seed, all, TensorFunction.DtypeOf<T>()).Select(g => g!).ToList();
        }

        (Tensor?[] gradients, Tensor? seedGradient) = KernelRunner.BackwardBackward<TKernel, T>(
            inputs, seed, tensors.GetRange(1 + count, count), all, true, TensorFunction.DtypeOf<T>());
        return gradients.Append(seedGradient).Select(g => g!).ToList();
    }

    /// <summary>Why a derivative beyond the kernels' fails: the method, what happened, and what to do instead.</summary>
    /// <param name="name">The method's name.</param>
    /// <param name="order">The order the kernels computed with a graph: 1 (the method has <c>Order = 1</c>) or 2.</param>
    internal static string Message(string name, int order) => order == 1
        ? $"DiffGen: {name} has no second derivative through DiffGen's CPU kernels, since it is [Differentiable] with Order = 1. "
            + "Its gradient was computed with create_graph: true and is now being differentiated again; for that, declare it "
            + $"[Differentiable(Order = 2)], whose kernels have a double backward, or call {name}(x, TensorPath.TensorOperations), "
            + "whose backward pass is tensor operations that torch differentiates itself"
        : $"DiffGen: {name} has no third derivative through DiffGen's CPU kernels, which stop at the double backward. Its "
            + "gradient's gradient was computed with create_graph: true and is now being differentiated again; for that, call "
            + $"{name}(x, TensorPath.TensorOperations), whose backward pass is tensor operations that torch differentiates itself";

    /// <summary>Refuses: the kernels have no derivative of this one.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, List<Tensor> grad_outputs) =>
        AutogradCall.Fail(ctx, Name, name => Message(name, (int)ctx.get_data(OrderKey)));
}
