using System;
using System.Linq;
using System.Reflection;

namespace DiffGen.Trainer.Learnable;

/// <summary>Reads a learnable activation's parameter names and initial values from its C# declaration.</summary>
public static class LearnableParameters
{
    /// <summary>The names and default values of the method's parameters after the first (the pre-activation).</summary>
    /// <param name="methodName">A <c>[Differentiable]</c> method of <see cref="Activations"/>.</param>
    /// <returns>Names and initial values, in declaration order.</returns>
    /// <exception cref="InvalidOperationException">The method is missing, or a parameter has no default value.</exception>
    public static (string[] Names, float[] Initial) Of(string methodName)
    {
        var method = typeof(Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == methodName && m.ReturnType == typeof(float) && m.GetParameters().Length > 1 && m.GetParameters().All(p => p.ParameterType == typeof(float)))
            ?? throw new InvalidOperationException($"Activations.{methodName}(float x, float …) is not declared.");
        var parameters = method.GetParameters().Skip(1).ToArray();
        var missing = parameters.FirstOrDefault(p => !p.HasDefaultValue);
        if (missing is not null)
        {
            throw new InvalidOperationException($"Parameter '{missing.Name}' of Activations.{methodName} needs a default value: it is the parameter's initial value.");
        }

        return (parameters.Select(p => p.Name!).ToArray(), parameters.Select(p => (float)p.DefaultValue!).ToArray());
    }
}
