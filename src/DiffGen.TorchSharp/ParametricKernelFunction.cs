using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The autograd node of a DiffGen tensor function with <c>[Broadcast]</c> parameters on CPU tensors: as
/// <see cref="KernelFunction{TKernel, T}"/>, with the parameters' gradients from the fused backward kernel's sums.
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class ParametricKernelFunction<TKernel, T> : autograd.SingleTensorFunction<ParametricKernelFunction<TKernel, T>>
    where TKernel : struct, IParametricTensorKernel<T>
    where T : unmanaged
{
    private const string NameKey = "DiffGen.Name";
    private const string ArgumentsKey = "DiffGen.Arguments";

    /// <inheritdoc/>
    public override string Name => "DiffGen." + typeof(TKernel).Name;

    /// <summary>Runs the forward kernel; <paramref name="vars"/> is the method's name, then the input tensors.</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var inputs = vars.Skip(1).Cast<Tensor>().ToList();
        ctx.save_data(NameKey, vars[0]);
        ctx.save_data(ArgumentsKey, inputs.Select(TensorInfo.Of).Prepend(null).ToArray());
        ctx.save_for_backward(inputs);
        return ParametricKernelRunner.Forward<TKernel, T>((string)vars[0], inputs, TensorFunction.DtypeOf<T>());
    }

    /// <summary>Runs the backward kernel; returns no gradient for the name and for inputs that do not require one.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
    {
        // A callback from libtorch's autograd engine, where an escaping exception would end the process: see BackwardFailure.
        string name = ctx.get_data(NameKey) as string ?? Name;
        var arguments = (TensorInfo?[])ctx.get_data(ArgumentsKey);
        var saved = new List<Tensor>();
        try
        {
            saved = ctx.get_saved_variables();
            bool[] wanted = arguments.Skip(1).Select(a => a!.RequiresGrad).ToArray();
            var result = new List<Tensor>(saved.Count + 1) { null! };

            // create_graph: true (grad mode on here): first-order gradients from a node that refuses to be differentiated
            // again, as FirstOrderOnly does for the other kernels.
            if (torch.is_grad_enabled())
            {
                var vars = new object[saved.Count + 2];
                vars[0] = name;
                vars[1] = grad_output;
                for (int k = 0; k < saved.Count; k++)
                {
                    vars[k + 2] = saved[k];
                }

                List<Tensor> all = ParametricFirstOrderOnly<TKernel, T>.apply(vars);
                for (int k = 0; k < all.Count; k++)
                {
                    result.Add(wanted[k] ? all[k] : null!);
                }

                return result;
            }

            result.AddRange(ParametricKernelRunner.Backward<TKernel, T>(name, saved, grad_output, wanted, TensorFunction.DtypeOf<T>())!);
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

/// <summary>
/// The backward pass of a parametric tensor function when libtorch asked for a graph of it: the first-order gradients
/// from the kernels, as a node that fails if differentiated again (see <see cref="FirstOrderOnly{TKernel, T}"/>).
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class ParametricFirstOrderOnly<TKernel, T> : autograd.MultiTensorFunction<ParametricFirstOrderOnly<TKernel, T>>
    where TKernel : struct, IParametricTensorKernel<T>
    where T : unmanaged
{
    private const string NameKey = "DiffGen.Name";
    private const string ArgumentsKey = "DiffGen.Arguments";

    /// <inheritdoc/>
    public override string Name => "DiffGen.FirstOrderOnly." + typeof(TKernel).Name;

    /// <summary>The gradients of every input; <paramref name="vars"/> is the name, the output's gradient, then the inputs.</summary>
    public override List<Tensor> forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var seed = (Tensor)vars[1];
        var inputs = vars.Skip(2).Cast<Tensor>().ToList();
        ctx.save_data(NameKey, vars[0]);
        ctx.save_data(ArgumentsKey, vars.Skip(1).Cast<Tensor>().Select(TensorInfo.Of).Prepend(null).ToArray());
        bool[] all = inputs.Select(_ => true).ToArray();
        return ParametricKernelRunner.Backward<TKernel, T>((string)vars[0], inputs, seed, all, TensorFunction.DtypeOf<T>()).Select(g => g!).ToList();
    }

    /// <summary>Refuses: a second derivative through the kernels does not exist yet.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, List<Tensor> grad_outputs)
    {
        string name = ctx.get_data(NameKey) as string ?? Name;
        string why = $"DiffGen: {name} has [Broadcast] parameters, and there is no second derivative through DiffGen's CPU kernels for such "
            + "methods. Its gradient was computed with create_graph: true and is now being differentiated again; for that, call "
            + $"{name}(…, TensorPath.TensorOperations), whose backward pass is tensor operations that torch differentiates itself";
        return BackwardFailure.Gradients(name, why, (TensorInfo?[])ctx.get_data(ArgumentsKey));
    }
}
