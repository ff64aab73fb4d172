using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The autograd node of a DiffGen tensor function on CPU tensors. TorchSharp keeps one instance per closed type, so
/// everything about a call (the method's name, the saved inputs) lives in its <see cref="autograd.AutogradContext"/>.
/// Only the inputs are saved: the backward kernel recomputes what it needs from them, so no intermediate tensor is
/// kept alive between the passes.
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class KernelFunction<TKernel, T> : autograd.SingleTensorFunction<KernelFunction<TKernel, T>>
    where TKernel : struct, ITensorKernel<T>
    where T : unmanaged
{
    private const string NameKey = "DiffGen.Name";
    private const string ArgumentsKey = "DiffGen.Arguments";

    /// <inheritdoc/>
    public override string Name => "DiffGen." + typeof(TKernel).Name;

    /// <summary>Runs the forward kernel; <paramref name="vars"/> is the method's name, then the input tensors.</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var inputs = new List<Tensor>(vars.Length - 1);
        for (int k = 1; k < vars.Length; k++)
        {
            inputs.Add((Tensor)vars[k]);
        }

        ctx.save_data(NameKey, vars[0]);
        ctx.save_data(ArgumentsKey, inputs.Select(TensorInfo.Of).Prepend(null).ToArray());
        ctx.save_for_backward(inputs);
        return KernelRunner.Forward<TKernel, T>(inputs, TensorFunction.DtypeOf<T>());
    }

    /// <summary>Runs the backward kernel; returns no gradient for the name and for inputs that do not require one.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
    {
        // This runs in a callback from libtorch's autograd engine: an exception escaping it would end the process, so
        // failures are reported the only way libtorch lets a backward function fail (see BackwardFailure).
        string name = ctx.get_data(NameKey) as string ?? Name;
        var arguments = (TensorInfo?[])ctx.get_data(ArgumentsKey);
        var saved = new List<Tensor>();
        try
        {
            // Unpacking throws when a saved input was modified in place since the forward pass.
            saved = ctx.get_saved_variables();
            bool[] wanted = arguments.Skip(1).Select(a => a!.RequiresGrad).ToArray();
            var result = new List<Tensor>(saved.Count + 1) { null! };

            // libtorch runs a backward pass with grad mode on exactly when it was asked to create a graph of it
            // (create_graph: true). The first-order gradients are still right; they come from a node that fails only if
            // something differentiates through them (PyTorch's once_differentiable), since the kernels have no second order.
            if (torch.is_grad_enabled())
            {
                var vars = new object[saved.Count + 2];
                vars[0] = name;
                vars[1] = grad_output;
                for (int k = 0; k < saved.Count; k++)
                {
                    vars[k + 2] = saved[k];
                }

                List<Tensor> all = FirstOrderOnly<TKernel, T>.apply(vars);
                for (int k = 0; k < all.Count; k++)
                {
                    result.Add(wanted[k] ? all[k] : null!);
                }

                return result;
            }

            Tensor?[] gradients = KernelRunner.Backward<TKernel, T>(saved, grad_output, wanted, TensorFunction.DtypeOf<T>());
            result.AddRange(gradients!);
            return result;
        }
        catch (Exception e)
        {
            return BackwardFailure.Gradients(name, e.GetType().Name + ": " + e.Message, arguments);
        }
        finally
        {
            foreach (Tensor t in saved)
            {
                t.Dispose();
            }
        }
    }
}
