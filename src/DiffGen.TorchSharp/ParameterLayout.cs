using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// How the broadcast parameters of a call lie over the span inputs: each is one value shared by every element (a 0-d
/// tensor, or one element of shape <c>[1]</c>) or one value per channel (shape <c>[C]</c>, for span inputs of shape
/// <c>[N, C, …]</c>: dimension 1, torch's channel dimension, as <c>nn.PReLU(C)</c>'s weight).
/// </summary>
internal sealed class ParameterLayout
{
    private ParameterLayout(long[] shape, long channels, long inner, bool[] perChannel)
    {
        Shape = shape;
        Channels = channels;
        Inner = inner;
        PerChannel = perChannel;
    }

    /// <summary>The span inputs' broadcast shape: the result's.</summary>
    public long[] Shape { get; }

    /// <summary>C: the size of dimension 1 when a parameter is per channel, else 1.</summary>
    public long Channels { get; }

    /// <summary>
    /// The elements of one channel slice (the product of the sizes after dimension 1) when a parameter is per channel;
    /// else every element, one slice.
    /// </summary>
    public long Inner { get; }

    /// <summary>For each broadcast parameter, whether it has one value per channel.</summary>
    public bool[] PerChannel { get; }

    /// <summary>Whether some parameter has one value per channel.</summary>
    public bool AnyPerChannel => Array.IndexOf(PerChannel, true) >= 0;

    /// <summary>The layout of <paramref name="parameters"/> over span inputs of shape <paramref name="shape"/>.</summary>
    /// <param name="name">The method's name, for messages.</param>
    /// <param name="shape">The span inputs' broadcast shape.</param>
    /// <param name="parameters">The broadcast parameters' tensors, in order.</param>
    /// <param name="positions">Each parameter's position among the method's inputs, for messages.</param>
    /// <exception cref="ArgumentException">A parameter is neither shared nor per channel.</exception>
    public static ParameterLayout Of(string name, long[] shape, IReadOnlyList<Tensor> parameters, IReadOnlyList<int> positions)
    {
        var perChannel = new bool[parameters.Count];
        long channels = 1;
        for (int k = 0; k < parameters.Count; k++)
        {
            long[] p = parameters[k].shape;
            if (p.Length == 0 || (p.Length == 1 && p[0] == 1))
            {
                continue;
            }

            if (p.Length == 1 && shape.Length >= 2 && p[0] == shape[1])
            {
                perChannel[k] = true;
                channels = shape[1];
                continue;
            }

            string expected = shape.Length >= 2 ? $"a 0-d tensor (shared by every element) or shape [{shape[1]}] (one value per channel of dimension 1)" : "a 0-d tensor (shared by every element)";
            throw new ArgumentException(
                $"{name}: input {positions[k]} is a [Broadcast] parameter of shape [{string.Join(", ", p)}]; for inputs of shape "
                + $"[{string.Join(", ", shape)}] it must be {expected}.", "inputs");
        }

        long inner = 1;
        if (channels > 1)
        {
            for (int d = 2; d < shape.Length; d++)
            {
                inner *= shape[d];
            }
        }
        else
        {
            // One slice of every element (at least 1, so that an empty tensor divides nothing by zero).
            foreach (long d in shape)
            {
                inner *= d;
            }

            inner = Math.Max(inner, 1);
        }

        return new ParameterLayout(shape, channels, inner, perChannel);
    }

    /// <summary>
    /// The shape a parameter takes on the tensor-operations path so that torch's own broadcasting gives it the same
    /// meaning: <c>[C, 1, …, 1]</c> for a per-channel one (aligned with dimension 1), unchanged for a shared one.
    /// </summary>
    public long[]? OperationsShape(int parameter)
    {
        if (!PerChannel[parameter])
        {
            return null;
        }

        var s = new long[Shape.Length - 1];
        Array.Fill(s, 1L);
        s[0] = Channels;
        return s;
    }
}
