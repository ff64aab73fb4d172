using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// A type of code generated in-process (so generator mutants reach it), with its static methods called by name on
/// float or double arguments. Results come back as double (a float widens exactly), tuples as arrays.
/// </summary>
internal sealed class Compiled
{
    private readonly Type type;

    private Compiled(Type type) => this.type = type;

    /// <summary>Runs the generator on <paramref name="source"/>, requires clean output, and loads <paramref name="typeName"/>.</summary>
    public static Compiled Load(string source, string typeName = "T.C")
    {
        GeneratorRunResult result = GeneratorHarness.Run(source);
        GeneratorAssert.NoGeneratorDiagnostics(result);
        GeneratorAssert.CompilesWithoutErrors(result);
        return new Compiled(GeneratorHarness.CompileAndLoad(result.OutputCompilation).GetType(typeName, throwOnError: true)!);
    }

    /// <summary>Wraps an already loaded type.</summary>
    public static Compiled Of(Assembly assembly, string typeName) => new(assembly.GetType(typeName, throwOnError: true)!);

    /// <summary>Calls <paramref name="name"/> with float arguments (each value rounded to float first).</summary>
    public double CallFloat(string name, params double[] args) => Scalar(Invoke(name, typeof(float), args));

    /// <summary>Calls <paramref name="name"/> with double arguments.</summary>
    public double Call(string name, params double[] args) => Scalar(Invoke(name, typeof(double), args));

    /// <summary>Calls <paramref name="name"/> with double arguments; it returns a tuple, given as an array.</summary>
    public double[] CallTuple(string name, params double[] args) => Items(Invoke(name, typeof(double), args));

    /// <summary>Calls <paramref name="name"/> with float arguments; it returns a tuple, given as an array.</summary>
    public double[] CallFloatTuple(string name, params double[] args) => Items(Invoke(name, typeof(float), args));

    private static double Scalar(object result) => result is float f ? f : (double)result;

    private static double[] Items(object result)
    {
        var tuple = (ITuple)result;
        return Enumerable.Range(0, tuple.Length).Select(i => Scalar(tuple[i]!)).ToArray();
    }

    private object Invoke(string name, Type element, double[] args)
    {
        MethodInfo? method = type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Enumerable.Repeat(element, args.Length).ToArray());
        Assert.True(method is not null, $"{type.Name}.{name}({element.Name} x {args.Length}) not found");
        object[] values = args.Select(a => element == typeof(float) ? (object)(float)a : a).ToArray();
        try
        {
            return method!.Invoke(null, values)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
