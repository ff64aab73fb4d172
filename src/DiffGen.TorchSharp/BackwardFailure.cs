using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// How a backward function fails. It runs in a callback from libtorch's autograd engine, and a managed exception
/// escaping it would end the process; libtorch's only check on a custom function's result is of its gradients' shape and
/// device, so a gradient on the <c>meta</c> device makes libtorch abort the backward pass with an error ("expected
/// device cpu but got meta", or "Cannot copy out of meta tensor" for a 0-d input), whatever the input's shape. The
/// reason is written to standard error first, as libtorch does with its own warnings, since libtorch's message cannot
/// carry it.
/// </summary>
internal static class BackwardFailure
{
    /// <summary>Reports <paramref name="reason"/> and returns gradients that libtorch rejects.</summary>
    /// <param name="name">The method's name.</param>
    /// <param name="reason">Why the backward pass failed.</param>
    /// <param name="arguments">The function's arguments, in order: null for those that are not tensors.</param>
    /// <returns>One gradient per argument: on the meta device for tensors that need one, otherwise none.</returns>
    public static List<Tensor> Gradients(string name, string reason, IReadOnlyList<TensorInfo?> arguments)
    {
        Console.Error.WriteLine($"DiffGen.TorchSharp: the backward pass of {name} failed: {reason}. libtorch will report an invalid gradient on the meta device for it.");
        var result = new List<Tensor>(arguments.Count);
        foreach (TensorInfo? t in arguments)
        {
            result.Add(t is { RequiresGrad: true } ? torch.empty(t.Shape, t.Dtype, new Device(DeviceType.META)) : null!);
        }

        return result;
    }
}
