using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The autograd node of a DiffGen tensor function on the tensor-operations path: the forward pass is the method's value
/// as tensor operations, the backward pass its generated gradient as tensor operations (NaN-safe: the <c>where</c> of a
/// branch is the gradient's last operation). Only the inputs are saved (see <see cref="AutogradCall"/>). libtorch runs the
/// backward pass with grad mode on when asked to create a graph, and then records its operations like any others:
/// second derivatives are torch's own.
/// </summary>
/// <typeparam name="TOperations">The method's generated <c>FTensorOperations</c>.</typeparam>
internal sealed class OperationsFunction<TOperations> : autograd.SingleTensorFunction<OperationsFunction<TOperations>>
    where TOperations : struct, ITensorOperations
{
    /// <inheritdoc/>
    public override string Name => "DiffGen." + typeof(TOperations).Name;

    /// <summary>Runs the forward operations; <paramref name="vars"/> is the method's name, then the input tensors.</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars) =>
        OperationsRunner.Forward<TOperations>(AutogradCall.Save(ctx, vars));

    /// <summary>Runs the backward operations; returns no gradient for the name and for inputs that do not require one.</summary>
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output) =>
        AutogradCall.Backward(ctx, Name, (_, saved, wanted) => OperationsRunner.Backward<TOperations>(saved, grad_output, wanted));
}
