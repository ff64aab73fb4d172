using System;

namespace DiffGen.Trainer.Nn;

/// <summary>
/// A parametric activation with one set of parameters per channel, on data laid out <c>[N, C, …]</c> (contiguous; for
/// the MLP's <c>[N, C]</c> the rest is empty): for each sample n and channel c, the runtime's fused drivers run on the
/// slice of <c>inner</c> elements of channel c with that channel's parameters. The parameters are channel-major: channel
/// c's values are <c>parameters[c·P .. (c+1)·P)</c>, P = <c>TKernel.ParameterCount</c>, in declaration order.
/// </summary>
/// <typeparam name="TKernel">A generated parametric <c>…Kernel</c> struct.</typeparam>
public static class PerChannel<TKernel>
    where TKernel : struct, IParametric<TKernel, float>, IParametricVectorFunction<float>
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
        for (int start = 0; start < x.Length; start += channels * inner)
        {
            for (int c = 0; c < channels; c++)
            {
                int at = start + c * inner;
                Elementwise<float>.Forward(TKernel.Create(parameters.Slice(c * p, p)), x.Slice(at, inner), y.Slice(at, inner));
            }
        }
    }

    /// <summary>
    /// The backward pass: <c>dx</c> from <c>dy</c>, and each channel's parameter gradients summed over its slices (each
    /// slice's sum from the fused driver, the slices' sums added in <c>double</c>, rounded once).
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
        Span<double> sums = parameters.Length <= 1024 ? stackalloc double[parameters.Length] : new double[parameters.Length];
        sums.Clear();
        Span<float> slice = stackalloc float[p];
        for (int start = 0; start < x.Length; start += channels * inner)
        {
            for (int c = 0; c < channels; c++)
            {
                int at = start + c * inner;
                Elementwise<float>.Backward(TKernel.Create(parameters.Slice(c * p, p)), x.Slice(at, inner), dy.Slice(at, inner), dx.Slice(at, inner), slice);
                for (int k = 0; k < p; k++)
                {
                    sums[c * p + k] += slice[k];
                }
            }
        }

        for (int k = 0; k < sums.Length; k++)
        {
            parameterGradients[k] = (float)sums[k];
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
