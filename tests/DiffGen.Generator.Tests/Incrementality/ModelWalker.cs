using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>
/// Finds Roslyn objects that would keep a compilation alive (and defeat caching) inside pipeline models:
/// walks values recursively through fields (auto-property backing fields included), collections and tuples,
/// and walks declared field types so a field that happens to be null in a sample is still checked.
/// </summary>
internal static class ModelWalker
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(Compilation), typeof(SyntaxTree), typeof(Location),
        typeof(SyntaxToken), typeof(SyntaxReference), typeof(AttributeData), typeof(GeneratorAttributeSyntaxContext),
    };

    /// <summary>Returns a path to every forbidden object reachable from <paramref name="root"/>.</summary>
    public static List<string> FindInValue(object? root, string name)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(root, name, found, seen, 0);
        return found;
    }

    /// <summary>Returns a path to every field, declared in <paramref name="root"/> or a type it holds, whose type could hold a forbidden object.</summary>
    public static List<string> FindInType(Type root)
    {
        var found = new List<string>();
        VisitType(root, root.Name, found, new HashSet<Type>());
        return found;
    }

    private static bool IsForbidden(Type type) => Forbidden.Any(f => f.IsAssignableFrom(type));

    private static void Visit(object? value, string path, List<string> found, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 64)
        {
            return;
        }

        Type type = value.GetType();
        if (IsForbidden(type))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        // A default ImmutableArray (an empty EquatableArray) holds nothing and cannot be enumerated.
        bool isDefault = type.GetProperty("IsDefault")?.GetValue(value) is true;
        if (value is IEnumerable sequence && !isDefault)
        {
            int i = 0;
            foreach (object? item in sequence)
            {
                Visit(item, $"{path}[{i++}]", found, seen, depth + 1);
            }

            if (!IsOurs(type))
            {
                return;
            }
        }

        foreach (FieldInfo field in InstanceFields(type))
        {
            Visit(field.GetValue(value), path + "." + field.Name, found, seen, depth + 1);
        }
    }

    private static void VisitType(Type type, string path, List<string> found, HashSet<Type> seen)
    {
        if (IsForbidden(type))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        if (type == typeof(object) || (type.IsInterface && !type.IsGenericType))
        {
            // Could hold anything; the value walk checks what it does hold.
            found.Add($"{path}: declared as {type.Name}, which could hold a Roslyn object");
            return;
        }

        if (!seen.Add(type))
        {
            return;
        }

        foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
        {
            VisitType(argument, path + "<" + argument.Name + ">", found, seen);
        }

        if (type.IsArray)
        {
            VisitType(type.GetElementType()!, path + "[]", found, seen);
        }

        // Only our own model types and value tuples are opened up; BCL collections are covered by their type arguments.
        if (IsOurs(type) || (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal)))
        {
            foreach (FieldInfo field in InstanceFields(type))
            {
                VisitType(field.FieldType, path + "." + field.Name, found, seen);
            }
        }
    }

    private static bool IsOurs(Type type) => type.Assembly == typeof(DifferentiableGenerator).Assembly;

    private static IEnumerable<FieldInfo> InstanceFields(Type type)
    {
        for (Type? t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                // The compiler's record EqualityContract is a static property; no instance field to skip here.
                if (field.GetCustomAttribute<CompilerGeneratedAttribute>() is null || field.Name.Contains("k__BackingField", StringComparison.Ordinal))
                {
                    yield return field;
                }
            }
        }
    }
}
