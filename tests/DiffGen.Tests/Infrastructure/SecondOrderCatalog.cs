using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiffGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace DiffGen.Tests.Infrastructure;

/// <summary>Span kernel <c>FBackwardBackward(x, dy, ddx, dx, ddy)</c>.</summary>
internal delegate void SpanBackwardBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, ReadOnlySpan<T> ddx, Span<T> dx, Span<T> ddy);

/// <summary>Span kernel <c>FHessianVectorProduct(a, b, va, vb, ha, hb)</c>.</summary>
internal delegate void SpanHessianVectorProduct2<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> va, ReadOnlySpan<T> vb, Span<T> ha, Span<T> hb);

/// <summary>Span kernel <c>FBackwardBackward(a, b, dy, dda, ddb, da, db, ddy)</c>.</summary>
internal delegate void SpanBackwardBackward2<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> dy, ReadOnlySpan<T> dda, ReadOnlySpan<T> ddb, Span<T> da, Span<T> db, Span<T> ddy);

/// <summary>
/// Every <c>[Differentiable(Order = 2)]</c> (or 3) method of the test functions, found by reflection so that a method
/// added to <c>Functions/</c> with an order is tested without being listed; keyed <c>Type.Method(float)</c>.
/// </summary>
internal static class SecondOrderCatalog
{
    /// <summary>The types whose methods are tested.</summary>
    public static readonly Type[] Owners =
    [
        typeof(Activations), typeof(DoubleActivations), typeof(KinkFunctions), typeof(ModernSyntaxFunctions),
        typeof(ScalarSemanticsFunctions), typeof(SecondOrderFunctions),
    ];

    /// <summary>The methods of the given arity, by key.</summary>
    public static IReadOnlyDictionary<string, MethodInfo> ByArity(int arity) => Owners
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is { Order: >= 2 } && m.GetParameters().Length == arity)
        .ToDictionary(Key);

    /// <summary>The keys of the methods of the given arity (and element type), as theory data.</summary>
    public static TheoryData<string> Keys(int arity, Type? element = null)
    {
        var data = new TheoryData<string>();
        foreach (KeyValuePair<string, MethodInfo> entry in ByArity(arity).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (element is null || entry.Value.ReturnType == element)
            {
                data.Add(entry.Key);
            }
        }

        return data;
    }

    /// <summary>The number of inputs of the method of <paramref name="key"/>.</summary>
    public static int Arity(string key) => key.Count(c => c == ',') + 1;

    /// <summary>The generated member <c>F{suffix}</c> with <paramref name="parameters"/>.</summary>
    public static MethodInfo Member(MethodInfo f, string suffix, params Type[] parameters) =>
        f.DeclaringType!.GetMethod(f.Name + suffix, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new XunitException($"{f.DeclaringType.Name}.{f.Name}{suffix}({string.Join(", ", parameters.Select(p => p.Name))}) was not generated");

    /// <summary>A scalar member of one input as a function of doubles.</summary>
    public static Func<double, double> Scalar(MethodInfo f, string suffix)
    {
        MethodInfo m = Member(f, suffix, f.ReturnType);
        return f.ReturnType == typeof(float)
            ? x => (float)m.Invoke(null, [(float)x])!
            : x => (double)m.Invoke(null, [x])!;
    }

    private static string Key(MethodInfo m) =>
        $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType == typeof(float) ? "float" : "double"))})";
}
