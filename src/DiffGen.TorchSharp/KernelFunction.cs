using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The autograd node of a DiffGen tensor function on CPU tensors (see <see cref="AutogradCall"/> for what it keeps).
/// Only the inputs are saved: the backward kernel recomputes what it needs from them, so no intermediate tensor is kept
/// alive between the passes.
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class KernelFunction<TKernel, T> : autograd.SingleTensorFunction<KernelFunction<TKernel, T>>
    where TKernel : struct, ITensorKernel<T>
    where T : unmanaged
{
    /// <inheritdoc/>
    public override string Name => "DiffGen." + typeof(TKernel).Name;

    /// <summary>Runs the forward kernel; <paramref name="vars"/> is the method's name, then the input tensors.</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        StealableGradients.Release();
        return KernelRunner.Forward<TKernel, T>(AutogradCall.Save(ctx, vars), TensorFunction.DtypeOf<T>());
    }

    /// <summary>Runs the backward kernel; returns no gradient for the name and for inputs that do not require one.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output) =>
        AutogradCall.Backward(ctx, Name, (name, saved, wanted) =>
        {
            // libtorch runs a backward pass with grad mode on exactly when it was asked to create a graph of it
            // (create_graph: true). Then the gradients come from a node of their own: with second-order kernels, one whose
            // backward pass is the double backward kernel; without, one that fails only if something differentiates
            // through it (PyTorch's once_differentiable).
            if (!torch.is_grad_enabled())
            {
                // Fresh buffers that only this call refers to: libtorch may take them rather than copy them.
                return StealableGradients.Offer(KernelRunner.Backward<TKernel, T>(saved, grad_output, wanted, TensorFunction.DtypeOf<T>()));
            }

            bool secondOrder = default(TKernel) is ISecondOrderTensorKernel<T>;
            var vars = new List<object> { name };
            if (!secondOrder)
            {
                vars.Add(1);
            }

            vars.Add(grad_output);
            vars.AddRange(saved);
            List<Tensor> all = secondOrder
                ? SecondOrderFunction<TKernel, T>.apply(vars.ToArray())
                : OnceDifferentiable<TKernel, T>.apply(vars.ToArray());
            return AutogradCall.Wanted(all, wanted);
        });
}
