using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// Finds the generated vector bodies (the static generic <c>Value&lt;V&gt;</c>, <c>Derivative&lt;V&gt;</c> and
/// <c>Backward&lt;V&gt;</c> of a method's <c>FKernel</c> struct) by reflection, instantiates them at one width
/// (<see cref="Vec128{T}"/>, <see cref="Vec256{T}"/> or <see cref="Vec512{T}"/>) and applies them to arrays, a vector's
/// worth of lanes at a time. Reflection (rather than direct calls) lets one generic test cover every width and both
/// element types, and lets a missing body fail the test that needs it instead of the whole build.
/// </summary>
internal static class SimdOverloads
{
    /// <summary>The vector widths the drivers run on, in bits.</summary>
    public static readonly int[] Widths = [128, 256, 512];

    /// <summary>The number of <typeparamref name="T"/> lanes in a <paramref name="bits"/>-bit vector.</summary>
    public static int Lanes<T>(int bits) => bits / 8 / Unsafe.SizeOf<T>();

    /// <summary>The width type <c>Vec{bits}&lt;T&gt;</c>.</summary>
    public static Type VectorType<T>(int bits) => bits switch
    {
        128 => typeof(Vec128<>).MakeGenericType(typeof(T)),
        256 => typeof(Vec256<>).MakeGenericType(typeof(T)),
        512 => typeof(Vec512<>).MakeGenericType(typeof(T)),
        _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "Not a vector width."),
    };

    /// <summary>
    /// The vector body computing <paramref name="name"/> (<c>F</c>, <c>FDerivative</c> or <c>FBackward</c>) of
    /// <paramref name="owner"/>'s method <c>F</c> taking <paramref name="arity"/> vectors of <paramref name="bits"/> bits
    /// (for <c>FBackward</c> of one input, the driver's own <c>dy · Derivative(x)</c>); fails the test when it was not generated.
    /// </summary>
    public static MethodInfo Find<T>(Type owner, string name, int bits, int arity)
    {
        Type vector = VectorType<T>(bits);
        (string method, string member) = name.EndsWith("Derivative", StringComparison.Ordinal) && Kernel<T>(owner, name[..^10]) is not null
            ? (name[..^10], "Derivative")
            : name.EndsWith("Backward", StringComparison.Ordinal) && Kernel<T>(owner, name[..^8]) is not null
            ? (name[..^8], "Backward")
            : (name, "Value");
        Type kernel = Kernel<T>(owner, method)
            ?? throw new XunitException($"{owner.Name}.{method} has no function struct with vector bodies for {typeof(T).Name}");
        if (member == "Backward" && arity == 2 && kernel.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IVectorFunction<>)))
        {
            return typeof(SimdOverloads).GetMethod(nameof(SingleBackward), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(kernel, vector, typeof(T));
        }

        MethodInfo body = kernel.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == member && m.IsGenericMethodDefinition && m.GetParameters().Length == arity)
            ?? throw new XunitException($"{kernel.Name}.{member}<V> with {arity} parameters was not generated");
        return body.MakeGenericMethod(vector);
    }

    /// <summary>Whether <paramref name="owner"/>'s method <paramref name="method"/> on <typeparamref name="T"/> has vector bodies (it vectorizes).</summary>
    public static bool HasVectorBodies<T>(Type owner, string method) => Kernel<T>(owner, method) is not null;

    /// <summary>The driver's backward pass of a single-input function: <c>dy · Derivative(x)</c>.</summary>
    private static TV SingleBackward<TKernel, TV, T>(TV x, TV dy)
        where TKernel : struct, IVectorFunction<T>
        where TV : struct, IVector<TV, T>
        where T : unmanaged
        => dy * TKernel.Derivative(x);

    /// <summary>The function struct of <paramref name="owner"/>'s method <paramref name="method"/> on <typeparamref name="T"/>, or null.</summary>
    private static Type? Kernel<T>(Type owner, string method) =>
        new[] { method + "Kernel", method + typeof(T).Name.Replace("Single", "Float") + "Kernel" }
            .Select(n => owner.GetNestedType(n, BindingFlags.Public | BindingFlags.NonPublic))
            .FirstOrDefault(k => k is not null && k.GetInterfaces().Any(i => i.IsGenericType
                && i.GetGenericTypeDefinition().Name.StartsWith("IVectorFunction", StringComparison.Ordinal)
                && i.GetGenericArguments()[0] == typeof(T)));

    /// <summary>
    /// Calls <paramref name="method"/> (one of <see cref="Find"/>'s) on consecutive chunks of <paramref name="inputs"/>,
    /// one chunk per call with element <c>i</c> in lane <c>i mod lanes</c>, and gathers each output the same way. A last
    /// partial chunk is padded with ones, whose outputs are dropped. Outputs are one array per returned vector (a tuple
    /// of vectors gives several, in order).
    /// </summary>
    public static T[][] Apply<T>(MethodInfo method, int bits, params T[][] inputs)
        where T : IFloatingPointIeee754<T>
    {
        int lanes = Lanes<T>(bits);
        int length = inputs[0].Length;
        int outputCount = method.ReturnType == VectorType<T>(bits) ? 1 : TupleLength(method.ReturnType);
        T[][] outputs = Enumerable.Range(0, outputCount).Select(_ => new T[length]).ToArray();
        var chunk = new T[lanes];
        var lanesOut = new T[lanes];
        for (int start = 0; start < length; start += lanes)
        {
            int count = Math.Min(lanes, length - start);
            object[] arguments = inputs.Select(input =>
            {
                Array.Fill(chunk, T.One);
                Array.Copy(input, start, chunk, 0, count);
                return Pack(bits, chunk);
            }).ToArray();

            object result = method.Invoke(null, arguments)!;
            for (int k = 0; k < outputCount; k++)
            {
                Unpack(outputCount == 1 ? result : ((ITuple)result)[k]!, lanesOut);
                Array.Copy(lanesOut, 0, outputs[k], start, count);
            }
        }

        return outputs;
    }

    /// <summary>
    /// The public static scalar member <paramref name="name"/> of <paramref name="owner"/> taking
    /// <paramref name="arity"/> values of <typeparamref name="T"/>.
    /// </summary>
    public static MethodInfo FindScalar<T>(Type owner, string name, int arity) =>
        owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static, Enumerable.Repeat(typeof(T), arity).ToArray())
            ?? throw new XunitException($"{owner.Name}.{name} with {arity} {typeof(T).Name} parameters was not found");

    /// <summary>Calls a scalar member (one of <see cref="FindScalar"/>'s); its result as an array, a tuple spread in order.</summary>
    public static T[] CallScalar<T>(MethodInfo method, params T[] arguments)
    {
        object result = method.Invoke(null, arguments.Cast<object>().ToArray())!;
        return result is ITuple tuple ? Enumerable.Range(0, tuple.Length).Select(k => (T)tuple[k]!).ToArray() : [(T)result];
    }

    /// <summary>The number of components of a value tuple type, counting those nested in its <c>TRest</c> past seven.</summary>
    private static int TupleLength(Type tuple)
    {
        Type[] items = tuple.GetGenericArguments();
        return items.Length == 8 ? 7 + TupleLength(items[7]) : items.Length;
    }

    private static object Pack<T>(int bits, T[] lanes)
        where T : IFloatingPointIeee754<T> => Activator.CreateInstance(VectorType<T>(bits), bits switch
        {
            128 => Vector128.Create<T>(lanes),
            256 => Vector256.Create<T>(lanes),
            512 => (object)Vector512.Create<T>(lanes),
            _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "Not a vector width."),
        })!;

    private static void Unpack<T>(object vector, T[] lanes)
        where T : IFloatingPointIeee754<T>
    {
        switch (vector.GetType().GetProperty("Value")?.GetValue(vector))
        {
            case Vector128<T> v:
                v.CopyTo(lanes);
                break;
            case Vector256<T> v:
                v.CopyTo(lanes);
                break;
            case Vector512<T> v:
                v.CopyTo(lanes);
                break;
            default:
                throw new XunitException($"A vector body returned {vector.GetType()}, not a vector of {typeof(T).Name}");
        }
    }
}
