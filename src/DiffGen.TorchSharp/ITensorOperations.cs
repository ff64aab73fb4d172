using System.Collections.Generic;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// One <c>[Differentiable]</c> method spelled as TorchSharp tensor operations, forward and backward, as a struct the
/// tensor functions are generic over. DiffGen generates one per method, <c>FTensorOperations</c>, printed from the same
/// IR as the method's kernels (see <see cref="TensorPath.TensorOperations"/>).
/// </summary>
public interface ITensorOperations
{
    /// <summary>
    /// Why the method cannot run as tensor operations (the method and the operation TorchSharp has no spelling of), or
    /// null when it can. When not null, <see cref="Forward"/> and <see cref="Backward"/> throw.
    /// </summary>
    string? Unsupported { get; }

    /// <summary>The values <c>F(inputs[0], inputs[1], …)</c>, element-wise, broadcast by torch's rules.</summary>
    /// <param name="inputs">One tensor per parameter of the method, in order.</param>
    /// <returns>The values; a tensor that may need broadcasting to the inputs' shape (a method constant in its inputs).</returns>
    Tensor Forward(IReadOnlyList<Tensor> inputs);

    /// <summary>The gradient of the loss with respect to each input: <c>outputGradient · ∂F/∂input k</c>, element-wise.</summary>
    /// <param name="inputs">The inputs of the forward pass.</param>
    /// <param name="outputGradient">The gradient of the loss with respect to the output.</param>
    /// <returns>One gradient per input, of a shape that broadcasts to the inputs' broadcast shape.</returns>
    Tensor[] Backward(IReadOnlyList<Tensor> inputs, Tensor outputGradient);
}
