using System.Collections.Generic;
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
    /// <inheritdoc/>
    public override string Name => "DiffGen." + typeof(TKernel).Name;

    /// <summary>Runs the forward kernel; <paramref name="vars"/> is the method's name, then the input tensors.</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        StealableGradients.Release();
        return ParametricKernelRunner.Forward<TKernel, T>((string)vars[0], AutogradCall.Save(ctx, vars), TensorFunction.DtypeOf<T>());
    }

    /// <summary>Runs the backward kernel; returns no gradient for the name and for inputs that do not require one.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output) =>
        AutogradCall.Backward(ctx, Name, (name, saved, wanted) =>
        {
            if (!torch.is_grad_enabled())
            {
                // Fresh buffers, as in KernelFunction: libtorch may take them rather than copy them.
                return StealableGradients.Offer(ParametricKernelRunner.Backward<TKernel, T>(name, saved, grad_output, wanted, TensorFunction.DtypeOf<T>()));
            }

            // create_graph: true (grad mode on here): first-order gradients from a node that refuses to be differentiated
            // again, as OnceDifferentiable does for the other kernels.
            var vars = new List<object> { name, grad_output };
            vars.AddRange(saved);
            List<Tensor> all = ParametricFirstOrderOnly<TKernel, T>.apply(vars.ToArray());
            return AutogradCall.Wanted(all, wanted);
        });
}

/// <summary>
/// The backward pass of a parametric tensor function when libtorch asked for a graph of it: the first-order gradients
/// from the kernels, as a node that fails if differentiated again (see <see cref="OnceDifferentiable{TKernel, T}"/>).
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class ParametricFirstOrderOnly<TKernel, T> : autograd.MultiTensorFunction<ParametricFirstOrderOnly<TKernel, T>>
    where TKernel : struct, IParametricTensorKernel<T>
    where T : unmanaged
{
    /// <inheritdoc/>
    public override string Name => "DiffGen.FirstOrderOnly." + typeof(TKernel).Name;

    /// <summary>The gradients of every input; <paramref name="vars"/> is the name, the output's gradient, then the inputs.</summary>
    public override List<Tensor> forward(autograd.AutogradContext ctx, params object[] vars)
    {
        List<Tensor> tensors = AutogradCall.Save(ctx, vars, saveTensors: false);
        List<Tensor> inputs = tensors.GetRange(1, tensors.Count - 1);
        var all = new bool[inputs.Count];
        System.Array.Fill(all, true);
        var gradients = ParametricKernelRunner.Backward<TKernel, T>((string)vars[0], inputs, tensors[0], all, TensorFunction.DtypeOf<T>());
        var result = new List<Tensor>(gradients.Length);
        foreach (Tensor? g in gradients)
        {
            result.Add(g!);
        }

        return result;
    }

    /// <summary>Refuses: a second derivative through the kernels does not exist for methods with broadcast parameters.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, List<Tensor> grad_outputs) =>
        AutogradCall.Fail(ctx, Name, name =>
            $"DiffGen: {name} has [Broadcast] parameters, and there is no second derivative through DiffGen's CPU kernels for such "
            + "methods. Its gradient was computed with create_graph: true and is now being differentiated again; for that, call "
            + $"{name}(…, TensorPath.TensorOperations), whose backward pass is tensor operations that torch differentiates itself");
}
