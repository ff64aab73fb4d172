namespace DiffGen.TorchSharp;

/// <summary>
/// How a DiffGen tensor function computes: with the generated SIMD kernels on the tensors' memory (CPU only), or with
/// the method spelled as TorchSharp tensor operations (every device). Pass it to the generated overload
/// <c>F(Tensor x, TensorPath path)</c> or to the module's constructor; <c>F(Tensor x)</c> is <see cref="Automatic"/>.
/// </summary>
public enum TensorPath
{
    /// <summary>The kernels for CPU tensors, tensor operations for tensors on any other device (CUDA, MPS, meta).</summary>
    Automatic,

    /// <summary>
    /// The kernels, always: fastest on the CPU, and only the inputs are saved for the backward pass. Tensors on another
    /// device are a <see cref="System.NotSupportedException"/>. A backward pass with <c>create_graph: true</c> can be
    /// differentiated again through the double backward kernel of a <c>[Differentiable(Order = 2)]</c> method (once: a
    /// third derivative is an error); for an <c>Order = 1</c> method it gives the first-order gradients, and
    /// differentiating them again is an error.
    /// </summary>
    Kernels,

    /// <summary>
    /// Tensor operations, on every device, the CPU included: the forward and backward passes are the method's value and
    /// its generated gradient, printed as TorchSharp operations. Their autograd is torch's own, so a backward pass with
    /// <c>create_graph: true</c> can be differentiated again. A method using an operation TorchSharp has no spelling of
    /// (a <c>[DerivativeOf]</c> derivative, a call to another method, integer arithmetic) throws
    /// <see cref="System.NotSupportedException"/> on this path.
    /// </summary>
    TensorOperations,
}
