using System;

namespace DiffGen.Trainer.Nn;

/// <summary>
/// A parametric activation with one set of parameters per channel, on data laid out <c>[N, C, …]</c> (contiguous; for
/// the MLP's <c>[N, C]</c> the rest is empty), in one call of the runtime's per-channel drivers
/// (<see cref="Elementwise{T}.ForwardPerChannel{TFunction}"/>, <see cref="Elementwise{T}.BackwardPerChannel{TFunction}"/>),
/// which vectorize across channels where a channel's run is shorter than a vector. The parameters here are
/// channel-major, as the trainer stores and reports them: channel c's values are <c>parameters[c·P .. (c+1)·P)</c>,
/// P = <c>TKernel.ParameterCount</c>, in declaration order; the drivers take them parameter by parameter, so for P &gt; 1
/// they are transposed on the way (C·P values, against the N·C elements of a batch).
/// </summary>
/// <typeparam name="TKernel">A generated parametric <c>…Kernel</c> struct of one span input.</typeparam>
public static class PerChannel<TKernel>
    where TKernel : struct, IPerChannelFunction<TKernel, float>
{
    /// <summary>Writes each channel's copy of the activation's initial parameters (the method's C# default values).</summary>
    /// <param name="parameters">Receives C·P values, channel-major.</param>
    /// <exception cref="ArgumentException">The length is not a multiple of P.</exception>
    public static void InitialParameters(Span<float> parameters)
    {
        int p = TKernel.ParameterCount;
        if (parameters.Length % p != 0)
        {
            throw new ArgumentException($"{parameters.Length} values are not a whole number of channels of {p} parameters.", nameof(parameters));
        }

        TKernel.InitialParameters(parameters[..p]);
        for (int c = p; c < parameters.Length; c += p)
        {
            parameters[..p].CopyTo(parameters.Slice(c, p));
        }
    }

    /// <summary><c>y = F(x)</c> with channel c's parameters on channel c's elements.</summary>
    /// <param name="parameters">C·P values, channel-major.</param>
    /// <param name="channels">C.</param>
    /// <param name="inner">The elements of one channel of one sample (the product of the sizes after C; 1 for <c>[N, C]</c>).</param>
    /// <param name="x">The input, <c>[N, C, inner]</c>.</param>
    /// <param name="y">Receives the output; may be <paramref name="x"/>'s memory.</param>
    /// <exception cref="ArgumentException">The lengths do not fit the layout.</exception>
    public static void Forward(ReadOnlySpan<float> parameters, int channels, int inner, ReadOnlySpan<float> x, Span<float> y)
    {
        int p = Check(parameters.Length, channels, inner, x.Length, y.Length, nameof(y));
        float[]? rented = null;
        ReadOnlySpan<float> byParameter = p == 1 ? parameters : Transpose(parameters, channels, p, Rent(parameters.Length, out rented));
        Elementwise<float>.ForwardPerChannel<TKernel>(byParameter, channels, inner, x, y);
        Return(rented);
    }

    /// <summary>
    /// The backward pass: <c>dx</c> from <c>dy</c>, and each channel's parameter gradients summed over its elements in
    /// the driver's one pass (exact products summed in <c>double</c>, rounded once per channel).
    /// </summary>
    /// <param name="parameters">C·P values, channel-major.</param>
    /// <param name="channels">C.</param>
    /// <param name="inner">The elements of one channel of one sample.</param>
    /// <param name="x">The input of the forward pass.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="dx">Receives the gradient with respect to the input; may be <paramref name="dy"/>'s memory.</param>
    /// <param name="parameterGradients">Receives C·P gradients, channel-major (overwritten, as the drivers do).</param>
    /// <exception cref="ArgumentException">The lengths do not fit the layout.</exception>
    public static void Backward(ReadOnlySpan<float> parameters, int channels, int inner, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> parameterGradients)
    {
        int p = Check(parameters.Length, channels, inner, x.Length, dy.Length, nameof(dy));
        Check(parameterGradients.Length, channels, inner, x.Length, dx.Length, nameof(dx));
        if (p == 1)
        {
            Elementwise<float>.BackwardPerChannel<TKernel>(parameters, channels, inner, x, dy, dx, parameterGradients);
            return;
        }

        Span<float> buffer = Rent(2 * parameters.Length, out float[]? rented);
        Span<float> byParameter = Transpose(parameters, channels, p, buffer[..parameters.Length]);
        Span<float> gradients = buffer.Slice(parameters.Length, parameters.Length);
        Elementwise<float>.BackwardPerChannel<TKernel>(byParameter, channels, inner, x, dy, dx, gradients);
        Transpose(gradients, p, channels, parameterGradients);
        Return(rented);
    }

    /// <summary>Writes the <paramref name="rows"/> × <paramref name="columns"/> matrix <paramref name="source"/> transposed into <paramref name="destination"/>.</summary>
    private static Span<float> Transpose(ReadOnlySpan<float> source, int rows, int columns, Span<float> destination)
    {
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                destination[c * rows + r] = source[r * columns + c];
            }
        }

        return destination;
    }

    private static Span<float> Rent(int length, out float[]? rented)
    {
        rented = System.Buffers.ArrayPool<float>.Shared.Rent(length);
        return rented.AsSpan(0, length);
    }

    private static void Return(float[]? rented)
    {
        if (rented is not null)
        {
            System.Buffers.ArrayPool<float>.Shared.Return(rented);
        }
    }

    private static int Check(int parameters, int channels, int inner, int length, int other, string otherName)
    {
        int p = TKernel.ParameterCount;
        if (channels < 1 || inner < 1)
        {
            throw new ArgumentException($"A layout needs at least one channel and one element per channel, not C = {channels}, inner = {inner}.", nameof(channels));
        }

        if (parameters != channels * p)
        {
            throw new ArgumentException($"{parameters} parameter values for {channels} channels of {p} parameters (expected {channels * p}).", nameof(parameters));
        }

        if (length % ((long)channels * inner) != 0 || other != length)
        {
            throw new ArgumentException($"Spans of {length} and {other} elements do not fit [N, {channels}, {inner}] (the {otherName} span must match x).", otherName);
        }

        return p;
    }
}
