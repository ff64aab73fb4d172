using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>One <c>[DerivativeOf]</c> registration: the derivative method and the target it names.</summary>
/// <param name="Derivative">The method carrying the attribute.</param>
/// <param name="TargetType">The type declaring the target.</param>
/// <param name="TargetName">The target's name.</param>
/// <param name="Attribute">Where the attribute is (for diagnostics).</param>
internal sealed record Registration(IMethodSymbol Derivative, INamedTypeSymbol TargetType, string TargetName, AttributeData Attribute)
{
    /// <summary>The targets this registration can mean: methods of <see cref="TargetType"/> with that name and the derivative's parameters.</summary>
    public IEnumerable<IMethodSymbol> Targets => TargetType.GetMembers(TargetName).OfType<IMethodSymbol>()
        .Where(m => m.Parameters.Select(p => p.Type).SequenceEqual(Derivative.Parameters.Select(p => p.Type), SymbolEqualityComparer.Default));

    /// <summary>Which derivative the method returns (<c>[DerivativeOf(…, Order = n)]</c>, default 1).</summary>
    public int Order => DerivativeOrder.Of(Attribute);
}

/// <summary>
/// Finds and checks <c>[DerivativeOf]</c> registrations. The front end uses it to differentiate calls;
/// the DIFF008 analyzer uses the same rules to report misuse.
/// </summary>
internal static class DerivativeRegistry
{
    /// <summary>
    /// Each type's registrations, found once: lowering asks for them at every call and for every method (its own
    /// registration), which read every attribute of every member of the type each time. A symbol belongs to one
    /// compilation and never changes, so the answer is kept as long as the symbol lives.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, Registration[]> Declared = new();

    /// <summary>The registrations declared in <paramref name="type"/>.</summary>
    public static IReadOnlyList<Registration> DeclaredIn(INamedTypeSymbol type) => Declared.GetValue(type, static t =>
    {
        var found = new List<Registration>();
        foreach (ISymbol member in t.GetMembers())
        {
            if (member is IMethodSymbol method && Of(method) is Registration registration)
            {
                found.Add(registration);
            }
        }

        return found.ToArray();
    });

    /// <summary>The registration carried by <paramref name="method"/>, if it has a well-formed <c>[DerivativeOf]</c>.</summary>
    public static Registration? Of(IMethodSymbol method)
    {
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (!KnownNames.IsAttribute(attribute, KnownNames.DerivativeOfAttribute))
            {
                continue;
            }

            return attribute.ConstructorArguments switch
            {
                [{ Value: string name }] => new Registration(method, method.ContainingType, name, attribute),
                [{ Value: INamedTypeSymbol type }, { Value: string name }] => new Registration(method, type, name, attribute),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>
    /// The registrations for <paramref name="target"/> visible from <paramref name="caller"/>: those in the
    /// target's own type, and those in the caller's type.
    /// </summary>
    /// <param name="target">The method called.</param>
    /// <param name="caller">The calling type.</param>
    /// <param name="order">Which derivative: 1 (the first), 2 or 3 (<c>Order = n</c> registrations).</param>
    public static List<IMethodSymbol> Find(IMethodSymbol target, INamedTypeSymbol caller, int order = 1)
    {
        var found = new List<IMethodSymbol>();
        Add(target.ContainingType);
        if (!SymbolEqualityComparer.Default.Equals(caller, target.ContainingType))
        {
            Add(caller);
        }

        return found;

        void Add(INamedTypeSymbol place)
        {
            foreach (Registration r in DeclaredIn(place))
            {
                if (r.TargetName == target.Name && r.Order == order && r.Targets.Any(t => SymbolEqualityComparer.Default.Equals(t, target.OriginalDefinition)))
                {
                    found.Add(r.Derivative);
                }
            }
        }
    }

    /// <summary>
    /// What is wrong with a registration, as messages for DIFF008 (empty when it is fine): a missing or
    /// ambiguous target, a different parameter list, a wrong return shape, or a second registration.
    /// </summary>
    public static IEnumerable<string> Problems(Registration r)
    {
        IMethodSymbol d = r.Derivative;
        List<IMethodSymbol> named = r.TargetType.GetMembers(r.TargetName).OfType<IMethodSymbol>().ToList();
        if (named.Count == 0)
        {
            yield return $"[DerivativeOf] on '{d.Name}' names '{r.TargetName}', but '{r.TargetType.Name}' has no method of that name";
            yield break;
        }

        List<IMethodSymbol> targets = r.Targets.ToList();
        if (targets.Count != 1)
        {
            string parameters = string.Join(", ", d.Parameters.Select(p => p.Type.ToDisplayString()));
            yield return named.Count > 1
                ? $"[DerivativeOf] on '{d.Name}' is ambiguous: no overload of '{r.TargetName}' takes exactly ({parameters})"
                : $"'{d.Name}' must have the parameter list of '{r.TargetName}' ({string.Join(", ", named[0].Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name))})";
            yield break;
        }

        IMethodSymbol target = targets[0];
        if (r.Order is < 1 or > DerivativeOrder.Max)
        {
            yield return $"[DerivativeOf] on '{d.Name}' has Order = {r.Order}; it registers the first, second or third derivative (Order = 1, 2 or 3)";
        }
        else if (r.Order > 1 && target.Parameters.Length != 1)
        {
            yield return $"[DerivativeOf(Order = {r.Order})] on '{d.Name}' registers a higher derivative of a single-input method; '{target.Name}' has {target.Parameters.Length} parameters";
        }

        if (!d.IsStatic || !target.IsStatic)
        {
            yield return $"[DerivativeOf] needs static methods: '{(d.IsStatic ? target.Name : d.Name)}' is an instance method";
        }

        if (ExpectedReturn(target) is not string expected)
        {
            yield return $"'{target.Name}' must take and return one type, float or double, to have a derivative";
        }
        else if (!ReturnMatches(d, target))
        {
            yield return $"'{d.Name}' must return {expected}: the derivative of '{target.Name}'{(target.Parameters.Length > 1 ? " with respect to each parameter, in order" : string.Empty)}";
        }

        foreach (Registration other in DeclaredIn(d.ContainingType))
        {
            if (!SymbolEqualityComparer.Default.Equals(other.Derivative, d) && other.Order == r.Order
                && other.Targets.Any(t => SymbolEqualityComparer.Default.Equals(t, target)))
            {
                yield return $"'{target.Name}' has two registered {(r.Order == 1 ? string.Empty : "order-" + r.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ")}derivatives, '{d.Name}' and '{other.Derivative.Name}'; keep one";
            }
        }
    }

    /// <summary>Whether <paramref name="derivative"/> returns what the derivative of <paramref name="target"/> must.</summary>
    public static bool ReturnMatches(IMethodSymbol derivative, IMethodSymbol target)
    {
        if (ExpectedReturn(target) is null)
        {
            return false;
        }

        ValueType? type = ElementType.Of(target.ReturnType);
        return target.Parameters.Length == 1
            ? ElementType.Of(derivative.ReturnType) == type
            : derivative.ReturnType is INamedTypeSymbol { IsTupleType: true } tuple
                && tuple.TupleElements.Length == target.Parameters.Length
                && tuple.TupleElements.All(e => ElementType.Of(e.Type) == type);
    }

    /// <summary>How the derivative's return type is written, or null when the target cannot have one.</summary>
    public static string? ExpectedReturn(IMethodSymbol target)
    {
        if (ElementType.Of(target.ReturnType) is not ValueType type
            || target.Parameters.Any(p => ElementType.Of(p.Type) != type || p.RefKind != RefKind.None))
        {
            return null;
        }

        string name = ElementType.Keyword(type);
        return target.Parameters.Length == 1 ? name : "(" + string.Join(", ", target.Parameters.Select(_ => name)) + ")";
    }
}
