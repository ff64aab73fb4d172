using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The backward pass of a DiffGen tensor function on CPU tensors as an autograd node of its own, when libtorch was asked
/// for a graph of it (<c>create_graph: true</c>) and the method has second-order kernels (<c>Order = 2</c> or 3): its
/// forward pass is the <c>FBackward</c> kernel, its backward pass the <c>FBackwardBackward</c> kernel, so the gradients
/// can be differentiated again (a gradient penalty, a Laplacian). Only the output's gradient and the inputs are saved.
/// </summary>
/// <typeparam name="TKernel">The method's kernels, an <see cref="ISecondOrderTensorKernel{T}"/>.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class SecondOrderFunction<TKernel, T> : autograd.MultiTensorFunction<SecondOrderFunction<TKernel, T>>
    where TKernel : struct, ITensorKernel<T>
    where T : unmanaged
{
    /// <inheritdoc/>
    public override string Name => "DiffGen.Backward." + typeof(TKernel).Name;

    /// <summary>The gradient of every input; <paramref name="vars"/> is the name, the output's gradient, then the inputs.</summary>
    public override List<Tensor> forward(autograd.AutogradContext ctx, params object[] vars)
    {
        List<Tensor> tensors = AutogradCall.Save(ctx, vars);
        List<Tensor> inputs = tensors.GetRange(1, tensors.Count - 1);
        bool[] all = inputs.Select(_ => true).ToArray();
        return KernelRunner.Backward<TKernel, T>(inputs, tensors[0], all, TensorFunction.DtypeOf<T>()).Select(g => g!).ToList();
    }

    /// <summary>
    /// The double backward kernel, given the gradient of each input's gradient: the gradients of the output's gradient
    /// and of the inputs, for those that need one.
    /// </summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, List<Tensor> grad_outputs) =>
        AutogradCall.Backward(ctx, Name, (name, saved, wanted) =>
        {
            Tensor seed = saved[0];
            List<Tensor> inputs = saved.GetRange(1, saved.Count - 1);

            // Grad mode is on when libtorch was asked for a graph of this pass too: the kernels have no third order, so
            // the result comes from a node that fails only if something differentiates through it.
            if (torch.is_grad_enabled())
            {
                var vars = new List<object> { name, 2, seed };
                vars.AddRange(inputs);
                vars.AddRange(grad_outputs);
                List<Tensor> all = OnceDifferentiable<TKernel, T>.apply(vars.ToArray());
                var chosen = new List<Tensor?> { wanted[0] ? all[^1] : null };
                chosen.AddRange(all.Take(inputs.Count).Select((g, k) => wanted[k + 1] ? g : null));
                return chosen;
            }

            (Tensor?[] gradients, Tensor? seedGradient) = KernelRunner.BackwardBackward<TKernel, T>(
                inputs, seed, grad_outputs, wanted.Skip(1).ToArray(), wanted[0], TensorFunction.DtypeOf<T>());
            return gradients.Prepend(seedGradient).ToList();
        });
}
