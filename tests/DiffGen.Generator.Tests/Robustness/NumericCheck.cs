using System;
using System.Linq;
using System.Reflection;

namespace DiffGen.Generator.Tests;

/// <summary>Calls a compiled method and its generated derivative by reflection, and finite-differences the original.</summary>
internal static class NumericCheck
{
    /// <summary>
    /// The generated <c>{name}Derivative</c> at <paramref name="x"/> and a central finite difference of <c>{name}</c>
    /// with step <paramref name="h"/>, both as double.
    /// </summary>
    public static (double Generated, double FiniteDifference) Derivative(Assembly assembly, string typeName, string name, double x, double h)
    {
        var type = assembly.GetType(typeName) ?? throw new InvalidOperationException($"Type {typeName} not found.");
        var original = type.GetMethod(name, new[] { typeof(double) }) ?? type.GetMethod(name, new[] { typeof(float) })
            ?? throw new InvalidOperationException($"{name} not found.");
        var derivative = type.GetMethod(name + "Derivative", original.GetParameters().Select(p => p.ParameterType).ToArray()) ?? throw new InvalidOperationException($"{name}Derivative not found.");
        bool isFloat = original.GetParameters()[0].ParameterType == typeof(float);

        double Call(MethodInfo m, double at) => isFloat
            ? (float)m.Invoke(null, new object[] { (float)at })!
            : (double)m.Invoke(null, new object[] { at })!;

        double fd = (Call(original, x + h) - Call(original, x - h)) / (2 * h);
        return (Call(derivative, x), fd);
    }
}
