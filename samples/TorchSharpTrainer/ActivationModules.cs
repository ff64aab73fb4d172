using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Trainer;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharpTrainer;

/// <summary>
/// The activations by name: each a module DiffGen generated from a <c>[Differentiable]</c> method of
/// <see cref="Activations"/> (samples/Trainer/Activations.cs), whose forward and backward run its SIMD kernels.
/// </summary>
public static class ActivationModules
{
    private static readonly Dictionary<string, Func<nn.Module<Tensor, Tensor>>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["relu"] = () => new Activations.ReluModule(),
        ["smooth"] = () => new Activations.SmoothModule(),
        ["gelu"] = () => new Activations.GeluModule(),
        ["swish"] = () => new Activations.SwishModule(),
        ["mish"] = () => new Activations.MishModule(),
        ["elu"] = () => new Activations.EluModule(),
        ["selu"] = () => new Activations.SeluModule(),
        ["leakyrelu"] = () => new Activations.LeakyReluModule(),
        ["softplus"] = () => new Activations.SoftplusModule(),
        ["tanh"] = () => new Activations.TanhModule(),
        ["sigmoid"] = () => new Activations.SigmoidModule(),
    };

    /// <summary>The names, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", Factories.Keys);

    /// <summary>Whether <paramref name="name"/> is an activation (case-insensitive).</summary>
    public static bool Contains(string name) => Factories.ContainsKey(name);

    /// <summary>A new module for <paramref name="name"/>.</summary>
    public static nn.Module<Tensor, Tensor> Create(string name) => Factories[name]();

    /// <summary>The canonical (lower-case) spelling of <paramref name="name"/>.</summary>
    public static string Canonical(string name) => Factories.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}
