using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// DIFF012: a member DiffGen would generate for a method whose name is already taken in its type, by a member the user
/// wrote (another [Differentiable] method included) or by the type itself (C# forbids a member named like its type).
/// Generated code that does not compile would otherwise take every other generated member of the type down with it.
/// The names are those of the README's contract: <c>FDerivative</c>, <c>FBackward</c>, <c>F</c> (span and vector
/// overloads) and the <c>FKernel</c> struct, and the private <c>FBackwardPartials</c> of a method with broadcast parameters.
/// </summary>
internal static class GeneratedNameCheck
{
    /// <summary>The collisions of the members generated for <paramref name="method"/>, reported at <paramref name="at"/>.</summary>
    public static IEnumerable<DiagnosticInfo> Collisions(IMethodSymbol method, ValueType type, Location at)
    {
        INamedTypeSymbol container = method.ContainingType;
        int inputs = method.Parameters.Length;
        string derivative = method.Name + GeneratedNames.DerivativeSuffix;
        string backward = method.Name + GeneratedNames.BackwardSuffix;
        // Reserved for every method: multi-input methods get the struct too when they vectorize.
        string? kernel = GeneratedNames.KernelStruct(method);

        foreach (string? name in new[] { inputs == 1 ? derivative : null, backward, kernel })
        {
            if (name == container.Name)
            {
                yield return Collision(at, method, name!, $"the name of its containing type '{container.Name}' (C# forbids a member named like its type)");
            }
        }

        var generated = new Dictionary<string, List<string[]>>
        {
            [method.Name] = new() { Kinds("RO", inputs, "S", 1) },
            [backward] = new()
            {
                Kinds("T", inputs + 1),
                Kinds("RO", inputs + 1, "S", inputs),
            },
        };
        if (inputs == 1)
        {
            generated[derivative] = new() { new[] { "T" } };
        }

        if (method.Parameters.Any(BroadcastCheck.IsBroadcast))
        {
            // The parameter gradients before the dy · (private, with the scalar backward's parameters).
            generated[backward + GeneratedNames.PartialsSuffix] = new() { Kinds("T", inputs + 1) };
        }

        AddHigherOrder(generated, method.Name, inputs, DerivativeOrder.Of(method));
        foreach (string name in generated.Keys)
        {
            if (name == method.Name || name == derivative || name == backward || name != container.Name)
            {
                continue;
            }

            yield return Collision(at, method, name, $"the name of its containing type '{container.Name}' (C# forbids a member named like its type)");
        }

        foreach (KeyValuePair<string, List<string[]>> entry in generated)
        {
            foreach (ISymbol member in container.GetMembers(entry.Key))
            {
                if (IsGeneratedByDiffGen(member) || SymbolEqualityComparer.Default.Equals(member, method))
                {
                    continue;
                }

                if (member is not IMethodSymbol other)
                {
                    yield return Collision(at, method, entry.Key, $"the {Kind(member)} '{container.Name}.{member.Name}'");
                }
                else if (!other.IsGenericMethod && Shape(other, type) is string[] shape && entry.Value.Any(s => s.SequenceEqual(shape)))
                {
                    string parameters = string.Join(", ", other.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                    yield return Collision(at, method, entry.Key, $"the method '{container.Name}.{other.Name}({parameters})', which has the same parameter types");
                }
            }
        }

        if (kernel is not null)
        {
            foreach (ISymbol member in container.GetMembers(kernel))
            {
                if (!IsGeneratedByDiffGen(member))
                {
                    yield return Collision(at, method, kernel, $"the {Kind(member)} '{container.Name}.{member.Name}'");
                }
            }
        }
    }

    /// <summary>The second- and third-order members of <c>[Differentiable(Order = n)]</c> (README, "Second derivatives").</summary>
    private static void AddHigherOrder(Dictionary<string, List<string[]>> generated, string name, int inputs, int order)
    {
        if (order < 2)
        {
            return;
        }

        int backwardInputs = inputs == 1 ? 3 : (2 * inputs) + 1, backwardOutputs = inputs + 1;
        generated[name + GeneratedNames.BackwardBackwardSuffix] = new()
        {
            Kinds("T", backwardInputs),
            Kinds("RO", backwardInputs, "S", backwardOutputs),
        };
        if (inputs > 1)
        {
            generated[name + GeneratedNames.HessianVectorProductSuffix] = new()
            {
                Kinds("T", 2 * inputs),
                Kinds("RO", 2 * inputs, "S", inputs),
            };
            return;
        }

        foreach (string suffix in order > 2 ? new[] { GeneratedNames.SecondDerivativeSuffix, GeneratedNames.ThirdDerivativeSuffix } : new[] { GeneratedNames.SecondDerivativeSuffix })
        {
            generated[name + suffix] = new() { new[] { "T" }, new[] { "RO", "S" } };
        }
    }

    private static DiagnosticInfo Collision(Location at, IMethodSymbol method, string generated, string taken) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameTaken, at, generated, method.Name, taken);

    /// <summary>A parameter list's kinds: <paramref name="count"/> times <paramref name="kind"/>, then <paramref name="tailCount"/> times <paramref name="tail"/>.</summary>
    private static string[] Kinds(string kind, int count, string? tail = null, int tailCount = 0)
    {
        var kinds = new string[count + tailCount];
        for (int i = 0; i < kinds.Length; i++)
        {
            kinds[i] = i < count ? kind : tail!;
        }

        return kinds;
    }

    /// <summary>Each parameter as DiffGen's signatures spell it (T, RO, S, V128…), or null if one cannot be generated.</summary>
    private static string[]? Shape(IMethodSymbol method, ValueType type)
    {
        var shape = new string[method.Parameters.Length];
        for (int i = 0; i < shape.Length; i++)
        {
            IParameterSymbol p = method.Parameters[i];
            string? kind = p.RefKind != RefKind.None ? null
                : ElementType.Of(p.Type) == type ? "T"
                : p.Type is INamedTypeSymbol { TypeArguments.Length: 1 } named && ElementType.Of(named.TypeArguments[0]) == type
                    ? named.MetadataName switch
                    {
                        "ReadOnlySpan`1" => "RO",
                        "Span`1" => "S",
                        "Vector128`1" => "V128",
                        "Vector256`1" => "V256",
                        "Vector512`1" => "V512",
                        _ => null,
                    }
                    : null;
            if (kind is null)
            {
                return null;
            }

            shape[i] = kind;
        }

        return shape;
    }

    /// <summary>Whether DiffGen generated <paramref name="member"/> (the analyzers see generated code; the generator does not).</summary>
    private static bool IsGeneratedByDiffGen(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is "DiffGen");

    private static string Kind(ISymbol member) => member switch
    {
        IMethodSymbol => "method",
        IFieldSymbol => "field",
        IPropertySymbol => "property",
        IEventSymbol => "event",
        INamedTypeSymbol => "type",
        _ => "member",
    };
}
