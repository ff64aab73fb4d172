using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The autograd node of a DiffGen tensor function on the tensor-operations path: the forward pass is the method's value
/// as tensor operations, the backward pass its generated gradient as tensor operations (NaN-safe: the <c>where</c> of a
/// branch is the gradient's last operation). Only the inputs are saved. libtorch runs the backward pass with grad mode
/// on when asked to create a graph, and then records its operations like any others: second derivatives are torch's own.
/// </summary>
/// <typeparam name="TOperations">The method's generated <c>FTensorOperations</c>.</typeparam>
internal sealed class OperationsFunction<TOperations> : autograd.SingleTensorFunction<OperationsFunction<TOperations>>
    where TOperations : struct, ITensorOperations
{
    private const string NameKey = "DiffGen.Name";
    private const string ArgumentsKey = "DiffGen.Arguments";

    /// <inheritdoc/>
    public override string Name => "DiffGen." + typeof(TOperations).Name;

    /// <summary>Runs the forward operations; <paramref name="vars"/> is the method's name, then the input tensors.</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var inputs = vars.Skip(1).Cast<Tensor>().ToList();
        ctx.save_data(NameKey, vars[0]);
        ctx.save_data(ArgumentsKey, inputs.Select(TensorInfo.Of).Prepend(null).ToArray());
        ctx.save_for_backward(inputs);
        return OperationsRunner.Forward<TOperations>(inputs);
    }

    /// <summary>Runs the backward operations; returns no gradient for the name and for inputs that do not require one.</summary>
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
            result.AddRange(OperationsRunner.Backward<TOperations>(saved, grad_output, wanted)!);
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
