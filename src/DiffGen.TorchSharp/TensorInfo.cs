using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// What a backward function keeps of a tensor argument besides the tensor itself: enough to return a gradient of its
/// shape even when the saved tensor cannot be unpacked (it was modified in place after the forward pass).
/// </summary>
/// <param name="Shape">The argument's shape.</param>
/// <param name="Dtype">Its dtype.</param>
/// <param name="RequiresGrad">Whether it needed a gradient when the forward pass ran (PyTorch's <c>needs_input_grad</c>).</param>
internal sealed record TensorInfo(long[] Shape, ScalarType Dtype, bool RequiresGrad)
{
    /// <summary>The information of <paramref name="tensor"/>.</summary>
    public static TensorInfo Of(Tensor tensor) => new(tensor.shape, tensor.dtype, tensor.requires_grad);
}
