using System;
using System.Linq;
using System.Reflection;

namespace DiffGen.Trainer.Learnable;

/// <summary>Reads a learnable activation's parameter names from its C# declaration (the generated struct carries their values, not their names).</summary>
public static class LearnableParameters
{
    /// <summary>The names of the <c>[Broadcast]</c> parameters of the method a generated <c>…Kernel</c> struct belongs to.</summary>
    /// <typeparam name="TKernel">A generated struct, named after its method (<c>PReluKernel</c> for <c>PRelu</c>).</typeparam>
    /// <returns>The names, in declaration order.</returns>
    /// <exception cref="InvalidOperationException">No such method in <see cref="Activations"/>.</exception>
    public static string[] NamesOf<TKernel>()
    {
        string methodName = typeof(TKernel).Name.EndsWith("Kernel", StringComparison.Ordinal) ? typeof(TKernel).Name[..^"Kernel".Length] : typeof(TKernel).Name;
        var method = typeof(Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == methodName && m.GetParameters().Any(p => p.IsDefined(typeof(BroadcastAttribute))))
            ?? throw new InvalidOperationException($"Activations.{methodName} with [Broadcast] parameters is not declared.");
        return method.GetParameters().Where(p => p.IsDefined(typeof(BroadcastAttribute))).Select(p => p.Name!).ToArray();
    }
}
