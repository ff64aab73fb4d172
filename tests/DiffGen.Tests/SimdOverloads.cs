using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Xunit.Sdk;

namespace DiffGen.Tests;

/// <summary>
/// Finds the generated <c>Vector128/256/512&lt;T&gt;</c> overloads by reflection and applies them to arrays, a vector's
/// worth of lanes at a time. Reflection (rather than direct calls) lets one generic test cover every width and both
/// element types, and lets a missing overload fail the test that needs it instead of the whole build.
/// </summary>
internal static class SimdOverloads
{
    /// <summary>The vector widths the generator emits overloads for, in bits.</summary>
    public static readonly int[] Widths = [128, 256, 512];

    /// <summary>The number of <typeparamref name="T"/> lanes in a <paramref name="bits"/>-bit vector.</summary>
    public static int Lanes<T>(int bits) => bits / 8 / Unsafe.SizeOf<T>();

    /// <summary>The vector type <c>Vector{bits}&lt;T&gt;</c>.</summary>
    public static Type VectorType<T>(int bits) => bits switch
    {
        128 => typeof(Vector128<T>),
        256 => typeof(Vector256<T>),
        512 => typeof(Vector512<T>),
        _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "Not a vector width."),
    };

    /// <summary>
    /// The public static method <paramref name="name"/> of <paramref name="owner"/> taking <paramref name="arity"/>
    /// vectors of <paramref name="bits"/> bits; fails the test when it was not generated.
    /// </summary>
    public static MethodInfo Find<T>(Type owner, string name, int bits, int arity)
    {
        Type vector = VectorType<T>(bits);
        Type[] parameters = Enumerable.Repeat(vector, arity).ToArray();
        return owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new XunitException($"{owner.Name}.{name}({string.Join(", ", parameters.Select(_ => $"Vector{bits}<{typeof(T).Name}>"))}) was not generated");
    }

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
        int outputCount = method.ReturnType == VectorType<T>(bits) ? 1 : method.ReturnType.GetGenericArguments().Length;
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

    private static object Pack<T>(int bits, T[] lanes)
        where T : IFloatingPointIeee754<T> => bits switch
        {
            128 => Vector128.Create<T>(lanes),
            256 => Vector256.Create<T>(lanes),
            512 => Vector512.Create<T>(lanes),
            _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "Not a vector width."),
        };

    private static void Unpack<T>(object vector, T[] lanes)
        where T : IFloatingPointIeee754<T>
    {
        switch (vector)
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
                throw new XunitException($"A vector overload returned {vector.GetType()}, not a vector of {typeof(T).Name}");
        }
    }
}
