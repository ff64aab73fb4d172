using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The base of the module DiffGen generates for a single-input method with <c>[Broadcast]</c> parameters
/// (<c>PReluModule</c>): one trainable parameter per broadcast parameter, registered under the C# parameter's name
/// (so <c>parameters()</c>, <c>named_parameters()</c>, optimizers and <c>state_dict</c> see it), initialized from its
/// C# default value; shared by every element (a 0-d tensor) or one value per channel (shape <c>[C]</c>, for inputs of
/// shape <c>[N, C, …]</c>).
/// </summary>
public abstract class ParametricModule : nn.Module<Tensor, Tensor>
{
    private readonly string[] names;

    /// <summary>Creates the module and its parameters.</summary>
    /// <param name="name">The module's name (the method's).</param>
    /// <param name="parameterNames">The broadcast parameters' names, in declaration order.</param>
    /// <param name="initialValues">Their initial values, in the same order.</param>
    /// <param name="dtype">The parameters' dtype: <c>float32</c> for a <c>float</c> method, <c>float64</c> for a <c>double</c> one.</param>
    /// <param name="channels">C, for one value per channel (shape <c>[C]</c>); null for one value shared by every element (a 0-d tensor).</param>
    /// <param name="path">How <see cref="nn.Module{T, TResult}.forward"/> computes.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channels"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The names and values differ in number.</exception>
    protected ParametricModule(string name, IReadOnlyList<string> parameterNames, ReadOnlySpan<double> initialValues, ScalarType dtype, long? channels, TensorPath path)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        if (channels is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, $"{name}Module: a per-channel module needs at least one channel.");
        }

        if (parameterNames.Count != initialValues.Length)
        {
            throw new ArgumentException($"{name}Module: {parameterNames.Count} parameter names but {initialValues.Length} initial values.", nameof(initialValues));
        }

        Path = path;
        Channels = channels;
        names = new string[parameterNames.Count];
        for (int k = 0; k < names.Length; k++)
        {
            names[k] = parameterNames[k];
            Tensor data = channels is long c ? torch.full(new[] { c }, initialValues[k], dtype) : torch.tensor(initialValues[k], dtype);
            register_parameter(names[k], new global::TorchSharp.Modules.Parameter(data, requires_grad: true));
        }
    }

    /// <summary>The path the module computes through.</summary>
    public TensorPath Path { get; }

    /// <summary>C when each parameter has one value per channel (dimension 1 of the input); null when each is one value shared by every element.</summary>
    public long? Channels { get; }

    /// <summary>The broadcast parameters' names, in declaration order: the names <c>named_parameters()</c> lists them under.</summary>
    public IReadOnlyList<string> ParameterNames => names;

    /// <summary>
    /// The broadcast parameter at <paramref name="index"/>, looked up by name on every call, so that it is the module's
    /// current tensor after <c>to(…)</c> or <c>load_state_dict</c>.
    /// </summary>
    /// <param name="index">Its position among the broadcast parameters.</param>
    /// <returns>The trainable parameter.</returns>
    protected Tensor Learned(int index) =>
        get_parameter(names[index]) ?? throw new InvalidOperationException($"The parameter {names[index]} was removed from the module.");
}
