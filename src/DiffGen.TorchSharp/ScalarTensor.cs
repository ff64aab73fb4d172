using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Constants where a tensor operation needs a tensor (a side of <c>torch.where</c>, an argument of
/// <c>torch.maximum</c>): generated <c>FTensorOperations</c> structs call this; there is no need to call it directly.
/// </summary>
public static class ScalarTensor
{
    /// <summary>A 0-dimensional <c>float32</c> tensor holding <paramref name="value"/>, on <paramref name="like"/>'s device.</summary>
    /// <param name="like">A tensor on the device the constant is needed on.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A tensor that broadcasts against any other.</returns>
    public static Tensor Like(Tensor like, float value) => torch.tensor(value, ScalarType.Float32, like.device);

    /// <summary>A 0-dimensional <c>float64</c> tensor holding <paramref name="value"/>, on <paramref name="like"/>'s device.</summary>
    /// <param name="like">A tensor on the device the constant is needed on.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A tensor that broadcasts against any other.</returns>
    public static Tensor Like(Tensor like, double value) => torch.tensor(value, ScalarType.Float64, like.device);

    /// <summary>A 0-dimensional <c>bool</c> tensor holding <paramref name="value"/>, on <paramref name="like"/>'s device.</summary>
    /// <param name="like">A tensor on the device the constant is needed on.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A tensor that broadcasts against any other.</returns>
    public static Tensor Like(Tensor like, bool value) => torch.tensor(value, ScalarType.Bool, like.device);
}
