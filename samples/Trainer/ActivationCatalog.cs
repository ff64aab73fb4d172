using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Trainer.Nn;

namespace DiffGen.Trainer;

/// <summary>
/// Every activation in <see cref="Activations"/>, by name. The table is written out (not discovered by reflection)
/// so that each entry is a compile-time generic instantiation the JIT specializes; a test checks by reflection
/// that it lists every generated <c>…Kernel</c> struct, so adding a <c>[Differentiable]</c> method without an entry fails the build's tests.
/// </summary>
public static class ActivationCatalog
{
    /// <summary>All activations, in the order they are listed to users.</summary>
    public static IReadOnlyList<IActivation> All { get; } = new IActivation[]
    {
        new Activation<Activations.ReluKernel>("relu", Initialization.He),
        new Activation<Activations.SmoothKernel>("smooth", Initialization.He),
        new Activation<Activations.GeluKernel>("gelu", Initialization.He),
        new Activation<Activations.SwishKernel>("swish", Initialization.He),
        new Activation<Activations.MishKernel>("mish", Initialization.He),
        new Activation<Activations.EluKernel>("elu", Initialization.He),
        new Activation<Activations.SeluKernel>("selu", Initialization.He),
        new Activation<Activations.LeakyReluKernel>("leakyrelu", Initialization.He),
        new Activation<Activations.SoftplusKernel>("softplus", Initialization.He),
        new Activation<Activations.TanhKernel>("tanh", Initialization.Xavier),
        new Activation<Activations.SigmoidKernel>("sigmoid", Initialization.Xavier),
        new LearnableActivation<Activations.PReluKernel>("prelu", Initialization.He),
        new LearnableActivation<Activations.SwishBetaKernel>("swishbeta", Initialization.He),
        new LearnableActivation<Activations.PauKernel>("pau", Initialization.Xavier),
    };

    /// <summary>The names, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(a => a.Name));

    /// <summary>Finds an activation by name, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="activation">The activation, if found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryFind(string name, out IActivation activation)
    {
        activation = All.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return activation is not null;
    }
}
