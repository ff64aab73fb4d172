using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The backward pass of a DiffGen tensor function when libtorch was asked for a graph of it (<c>create_graph: true</c>):
/// computes the first-order gradients with the kernels, as a node that fails if anything differentiates through it,
/// since DiffGen has no second derivatives yet. This is PyTorch's <c>once_differentiable</c>: asking for a graph is
/// fine (a gradient penalty that is never differentiated again, for instance), differentiating twice is the error.
/// </summary>
/// <typeparam name="TKernel">The method's kernels.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
internal sealed class FirstOrderOnly<TKernel, T> : autograd.MultiTensorFunction<FirstOrderOnly<TKernel, T>>
    where TKernel : struct, ITensorKernel<T>
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

        // What the refusal needs: the shape, dtype and requires_grad of every argument (none for the name).
        ctx.save_data(ArgumentsKey, vars.Skip(1).Cast<Tensor>().Select(TensorInfo.Of).Prepend(null).ToArray());
        bool[] all = inputs.Select(_ => true).ToArray();
        return KernelRunner.Backward<TKernel, T>(inputs, seed, all, TensorFunction.DtypeOf<T>()).Select(g => g!).ToList();
    }

    /// <summary>Why a second derivative through the kernels fails: the method, what happened, and what to do instead.</summary>
    internal static string SecondOrderMessage(string name) =>
        $"DiffGen: {name} has no second derivative through DiffGen's CPU kernels yet (Order=2 support is coming in a later "
        + "version). Its gradient was computed with create_graph: true and is now being differentiated again; for that, call "
        + $"{name}(x, TensorPath.TensorOperations), whose backward pass is tensor operations that torch differentiates itself";

    /// <summary>Refuses: a second derivative through the kernels does not exist yet.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, List<Tensor> grad_outputs) =>
        BackwardFailure.Gradients(
            ctx.get_data(NameKey) as string ?? Name,
            SecondOrderMessage(ctx.get_data(NameKey) as string ?? Name),
            (TensorInfo?[])ctx.get_data(ArgumentsKey));
}
