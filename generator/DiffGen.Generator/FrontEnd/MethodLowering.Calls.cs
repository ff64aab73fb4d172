using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>Calls: Math/MathF functions from the operation table, other [Differentiable] methods, and methods with a [DerivativeOf].</summary>
internal sealed partial class MethodLowering
{
    /// <summary>The operation-table row for a call to <c>System.Math</c>/<c>System.MathF</c>, or null.</summary>
    /// <remarks>
    /// The generic-math spellings (<c>double.Exp</c>, <c>float.Sqrt</c>) forward to <c>Math</c>/<c>MathF</c> and share
    /// their rows. Arguments are float, double or <c>int</c> (<c>ScaleB</c>'s exponent, <c>Round</c>'s digits).
    /// </remarks>
    internal static MathFunction? MathCallFunction(IMethodSymbol target)
    {
        if (!(IsMath(target) || IsFloatingPointType(target.ContainingType)) || target.Parameters.Any(p => KnownNames.NumericTypeOf(p.Type) is null))
        {
            return null;
        }

        return MathFunctions.Find(target.Name, target.Parameters.Length);
    }

    private Node Call(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;

        // Overloads, [Differentiable] and [DerivativeOf] all live in the target's type: its files matter.
        validator.DependOn(target.ContainingType);
        if (target.MethodKind == MethodKind.LocalFunction)
        {
            return LocalFunctionCall(invocation);
        }

        if (target.MethodKind == MethodKind.DelegateInvoke)
        {
            return Unsupported(invocation, $"A call through a delegate ('{invocation.Syntax}')", KnownNames.NumericTypeOf(target.ReturnType) ?? Type);
        }

        if (invocation.Instance is not null || !target.IsStatic)
        {
            return Unsupported(invocation, $"A call to the instance method '{target.Name}'", KnownNames.NumericTypeOf(target.ReturnType) ?? Type);
        }

        if ((IsMath(target) || IsFloatingPointType(target.ContainingType)) && FloatingPointCall(invocation) is Node special)
        {
            return special;
        }

        // An overload of a table function with other parameter types (Math.Abs(long), Math.Round(decimal)): said
        // before its arguments are lowered, or a message about their type would hide that the overload is the problem.
        if (IsUnsupportedMathOverload(target))
        {
            return NoDerivative(invocation, target, UnsupportedMath(target), KnownNames.NumericTypeOf(target.ReturnType) ?? Type);
        }

        var args = new Node[target.Parameters.Length];
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IParameterSymbol? parameter = argument.Parameter;
            if (parameter is null)
            {
                throw new CompilerErrorException(argument);
            }

            if (parameter.RefKind != RefKind.None || argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                string kind = parameter.RefKind == RefKind.None ? "params" : parameter.RefKind.ToString().ToLowerInvariant();
                return Unsupported(argument, $"{(kind is "out" or "in" ? "An" : "A")} {kind} argument ('{argument.Syntax}')", KnownNames.NumericTypeOf(target.ReturnType) ?? Type);
            }

            args[parameter.Ordinal] = Expr(argument.Value);
        }

        if (MathCallFunction(target) is MathFunction function)
        {
            if (function == MathFunctions.Clamp && args[1].IsConstant && args[2].IsConstant && args[1].Value > args[2].Value)
            {
                // Math.Clamp throws ArgumentException for min > max on every input that reaches it: a path that throws,
                // valid where it is guarded by a branch the inputs do not take. DIFF013 warns about it.
                reversedClamps.Add((invocation.Syntax, args[1].Value, args[2].Value));
                return Converted(Throwing(invocation), args[0].Type, invocation);
            }

            return b.Call(function, args);
        }

        ValueType? returnType = KnownNames.NumericTypeOf(target.ReturnType);
        if (returnType is not ValueType type || args.Any(a => a.Type != type) || target.IsGenericMethod)
        {
            return NoDerivative(invocation, target, IsMath(target) || IsFloatingPointType(target.ContainingType)
                ? UnsupportedMath(target)
                : "DiffGen differentiates calls to static methods that take and return one type, float or double", returnType ?? Type);
        }

        // A [DerivativeOf] registration wins over differentiating the body. One in the target's own type is already
        // what the target's generated derivative returns; one in the caller's type (the typeof form) must be called here.
        if (KnownNames.HasAttribute(target.OriginalDefinition, KnownNames.DifferentiableAttribute)
            && !DerivativeRegistry.Find(target, method.ContainingType).Any(d => !SymbolEqualityComparer.Default.Equals(d.ContainingType, target.ContainingType)))
        {
            return DifferentiableCall(invocation, target, type, args);
        }

        return DerivativeOfCall(invocation, target, type, args);
    }

    /// <summary>
    /// Why a call to <c>Math</c>/<c>MathF</c> cannot be differentiated: a function DiffGen does not have, or an overload
    /// of one it has (then saying which forms it has, so the user is not told the function itself is unsupported).
    /// </summary>
    private static string UnsupportedMath(IMethodSymbol target)
    {
        // As the user wrote it: Math.X, MathF.X, double.X or float.X.
        string name = target.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + target.Name;
        int[] arities = MathFunctions.All.Where(f => f.Name == target.Name).Select(f => f.Arity).Distinct().OrderBy(a => a).ToArray();
        if (arities.Length == 0)
        {
            return $"'{name}' is not one of the Math/MathF functions DiffGen can differentiate (nor their double/float generic-math spellings), and no [DerivativeOf] method is registered for it";
        }

        string parameters = string.Join(", ", target.Parameters.Select(p => p.Type.ToDisplayString()));
        string forms = string.Join(" or ", arities.Select(a => a == 1 ? "one float or double argument" : $"{a} float or double arguments"));
        return $"this overload, {name}({parameters}), is not supported; DiffGen differentiates {name} with {forms}";
    }

    /// <summary>
    /// Whether <paramref name="target"/> is an overload of an operation-table function with parameter types DiffGen does
    /// not differentiate (<c>Math.Abs(long)</c>); the rounding modes and other members lowered as expressions are not.
    /// </summary>
    private static bool IsUnsupportedMathOverload(IMethodSymbol target) =>
        (IsMath(target) || IsFloatingPointType(target.ContainingType)) && MathCallFunction(target) is null
        && !target.Parameters.Any(p => p.Type.TypeKind == TypeKind.Enum) && MathFunctions.All.Any(f => f.Name == target.Name);

    /// <summary>Whether <paramref name="target"/> is a member of <c>System.Math</c> or <c>System.MathF</c>.</summary>
    private static bool IsMath(IMethodSymbol target) =>
        target.ContainingType is { Name: "Math" or "MathF", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>Whether <paramref name="type"/> is <c>double</c> or <c>float</c>, whose static generic-math members forward to Math/MathF.</summary>
    private static bool IsFloatingPointType(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    private Node DifferentiableCall(IInvocationOperation invocation, IMethodSymbol target, ValueType type, Node[] args)
    {
        if (validator.IsActive(target))
        {
            return Unsupported(invocation, $"Recursion ('{target.Name}' calls itself, directly or through other methods)", type);
        }

        bool single = args.Length == 1;
        string derivativeName = GeneratedNames.DerivativeOrBackward(target.Name, args.Length);

        // Whether the callee has vector bodies (in its function struct): only if all of it vectorizes. Otherwise
        // the caller's kernels run one element at a time too, so the callee never runs on a lane the scalar code
        // would not give it (a side of a branch not taken).
        bool hasVectorForm, hasHigherVectorForm;
        if (target.DeclaringSyntaxReferences.Length > 0)
        {
            switch (validator.Check(target))
            {
                case CalleeVerdict.Recursive:
                    return Unsupported(invocation, $"Recursion (the call to '{target.Name}' leads back to a method being differentiated)", type);
                case CalleeVerdict.Fails:
                    return NoDerivative(invocation, target, "it is [Differentiable] but cannot be differentiated itself (see the errors reported on it)", type);
            }

            hasVectorForm = validator.Vectorizes(target);
            hasHigherVectorForm = validator.VectorizesHigher(target);
        }
        else if (!target.ContainingType.GetMembers(derivativeName).OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.Length == args.Length + (single ? 0 : 1)))
        {
            return NoDerivative(invocation, target, $"its generated member '{derivativeName}' was not found in its assembly", type);
        }
        else
        {
            ImmutableArray<INamedTypeSymbol> kernel = target.ContainingType.GetTypeMembers(GeneratedNames.KernelStruct(target));
            bool HasVectorBody(string member) => kernel.Any(s => s.GetMembers(member).OfType<IMethodSymbol>().Any(m => m.IsStatic && m.IsGenericMethod));
            hasVectorForm = HasVectorBody(GeneratedNames.ValueMember);
            hasHigherVectorForm = HasVectorBody(single ? GeneratedNames.SecondDerivativeSuffix : GeneratedNames.HessianVectorProductSuffix);
        }

        if (order > 1 && HigherOrderCallee(target, args.Length) is string lower)
        {
            return NoDerivative(invocation, target, lower, type);
        }

        string qualified = KnownNames.QualifiedMemberName(target);
        Node value = b.UserCall(qualified, type, hasVectorForm, args);
        string derivative = KnownNames.QualifiedMemberName(target.ContainingType, derivativeName);
        Node partials = single
            ? b.UserDerivative(derivative, type, hasVectorForm, args)
            : b.UserBackward(derivative, hasVectorForm, args, b.One(type));
        b.SetDerivative(value, new UserDerivativeInfo(partials, !single));
        string kernelStruct = KnownNames.QualifiedMemberName(target.ContainingType, GeneratedNames.KernelStruct(target));
        if (order > 1)
        {
            // Where the caller's second (third) derivative differentiates this call's derivative again. Their vector
            // bodies are used only if the callee's kernels vectorize at its order (the caller's follow the same
            // scalar semantics then, never running the callee on a lane the scalar code would not give it).
            string[] suffixes = single
                ? new[] { GeneratedNames.SecondDerivativeSuffix, GeneratedNames.ThirdDerivativeSuffix }
                : new[] { GeneratedNames.HessianVectorProductSuffix };
            hasHigherVectorForm &= hasVectorForm;
            b.SetHigherDerivatives(partials, suffixes.Select(s => KnownNames.QualifiedMemberName(target.ContainingType, target.Name + s)).ToArray(), hasHigherVectorForm);
            if (hasHigherVectorForm)
            {
                foreach (string suffix in suffixes)
                {
                    higherCalleeMembers[KnownNames.QualifiedMemberName(target.ContainingType, target.Name + suffix)] = kernelStruct + "." + suffix;
                }
            }
        }

        if (hasVectorForm)
        {
            calleeKernels[value] = kernelStruct;
            calleeKernels[partials] = kernelStruct;
        }

        return value;
    }

    /// <summary>
    /// Why a [Differentiable] callee cannot be differentiated to this method's order (its own order is lower, or it
    /// has several inputs and this method asks for a third derivative); null when it can.
    /// </summary>
    private string? HigherOrderCallee(IMethodSymbol target, int arity)
    {
        if (arity > 1 && order > DerivativeOrder.MaxForSeveralInputs)
        {
            return $"'{method.Name}' has Order = {order}, and a method of several inputs has derivatives up to order {DerivativeOrder.MaxForSeveralInputs} only";
        }

        int calleeOrder;
        if (target.DeclaringSyntaxReferences.Length > 0)
        {
            calleeOrder = DerivativeOrder.Of(target);
        }
        else
        {
            // From metadata: the order its generated members show.
            string highest = arity > 1 ? GeneratedNames.HessianVectorProductSuffix : order > 2 ? GeneratedNames.ThirdDerivativeSuffix : GeneratedNames.SecondDerivativeSuffix;
            calleeOrder = target.ContainingType.GetMembers(target.Name + highest).OfType<IMethodSymbol>().Any(m => m.IsStatic) ? order : 1;
        }

        return calleeOrder >= order ? null
            : $"'{method.Name}' has Order = {order}, so its callees need [Differentiable(Order = {order})] too ('{target.Name}' has Order = {calleeOrder})";
    }

    /// <summary>The function structs of the [Differentiable] callees with vector bodies: see <see cref="LoweredMethod.CalleeKernels"/>.</summary>
    private readonly Dictionary<Node, string> calleeKernels = new();

    /// <summary>The vector bodies of the callees' higher derivatives: see <see cref="LoweredMethod.HigherCalleeMembers"/>.</summary>
    private readonly Dictionary<string, string> higherCalleeMembers = new();

    /// <summary>
    /// Makes the method's own well-formed <c>[DerivativeOf]</c> registration its gradient, if it has one (a
    /// straight-through estimator: <c>Round(x)</c> with derivative 1). A malformed one is DIFF008 on the
    /// registration, an error, so the body's derivative generated meanwhile never runs.
    /// </summary>
    private void UseRegisteredDerivative(Node result)
    {
        List<IMethodSymbol> registered = DerivativeRegistry.Find(method, method.ContainingType);
        if (registered is not [IMethodSymbol derivative] || !derivative.IsStatic || !DerivativeRegistry.ReturnMatches(derivative, method))
        {
            return;
        }

        string[]? higher = null;
        if (order > 1 && (higher = HigherRegistrations(method, inputs.Length)) is null)
        {
            // The registration replaces the body's derivative, so the body cannot give the higher ones either.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedOrder, method.Locations[0], method.Name, order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"its derivative is the [DerivativeOf] method '{derivative.Name}', so its higher derivatives must be registered too ([DerivativeOf(nameof({method.Name}), Order = 2)], single input)"));
            return;
        }

        bool single = inputs.Length == 1;
        Node partials = b.UserDerivative(KnownNames.QualifiedMemberName(derivative), single ? Type : ValueType.Tuple, false, inputs);
        b.SetRegisteredGradient(result, new UserDerivativeInfo(partials, !single));
        if (higher is not null)
        {
            b.SetHigherDerivatives(partials, higher);
        }
    }

    /// <summary>The calls to <c>Math.Clamp</c> with constant bounds in the wrong order: see <see cref="LoweredMethod.ReversedClamps"/>.</summary>
    private readonly List<(SyntaxNode Call, double Min, double Max)> reversedClamps = new();

    private Node DerivativeOfCall(IInvocationOperation invocation, IMethodSymbol target, ValueType type, Node[] args)
    {
        List<IMethodSymbol> registered = DerivativeRegistry.Find(target, method.ContainingType);
        if (registered.Count == 0)
        {
            return NoDerivative(invocation, target, IsMath(target) || IsFloatingPointType(target.ContainingType)
                ? UnsupportedMath(target)
                : "it is not [Differentiable], not a supported Math/MathF function, and no [DerivativeOf] method is registered for it", type);
        }

        if (registered.Count > 1)
        {
            return NoDerivative(invocation, target, $"several [DerivativeOf] methods are registered for it ({string.Join(", ", registered.Select(m => m.Name))})", type);
        }

        IMethodSymbol derivative = registered[0];
        if (!derivative.IsStatic || !DerivativeRegistry.ReturnMatches(derivative, target))
        {
            return NoDerivative(invocation, target, DerivativeRegistry.ExpectedReturn(target) is string expected
                ? $"its [DerivativeOf] method '{derivative.Name}' must be static and return {expected}"
                : $"only a method that takes and returns float, or double, can have a [DerivativeOf] derivative", type);
        }

        if (!validator.Compilation.IsSymbolAccessibleWithin(derivative, method.ContainingType))
        {
            return NoDerivative(invocation, target, $"its [DerivativeOf] method '{derivative.Name}' is not accessible from '{method.ContainingType.Name}'", type);
        }

        string[]? higher = null;
        if (order > 1 && (higher = HigherRegistrations(target, args.Length)) is null)
        {
            return NoDerivative(invocation, target, args.Length == 1
                ? $"'{method.Name}' has Order = {order}, and no [DerivativeOf(nameof({target.Name}), Order = {order})] method registers its higher derivatives (each order from 2 to {order}, static, returning {DerivativeRegistry.ExpectedReturn(target)}, accessible here)"
                : $"'{method.Name}' has Order = {order}, and higher derivatives can be registered with [DerivativeOf] for single-input methods only", type);
        }

        bool single = args.Length == 1;
        // A hand-written derivative is scalar code: calls to it keep the caller's kernels scalar.
        Node value = b.UserCall(KnownNames.QualifiedMemberName(target), type, false, args);
        Node partials = b.UserDerivative(KnownNames.QualifiedMemberName(derivative), single ? type : ValueType.Tuple, false, args);
        b.SetDerivative(value, new UserDerivativeInfo(partials, !single));
        if (higher is not null)
        {
            b.SetHigherDerivatives(partials, higher);
        }

        return value;
    }

    /// <summary>
    /// The qualified names of the <c>[DerivativeOf(…, Order = n)]</c> methods of a single-input target for every order
    /// from 2 to this method's, or null when one is missing, ambiguous, malformed or inaccessible.
    /// </summary>
    private string[]? HigherRegistrations(IMethodSymbol target, int arity)
    {
        if (arity != 1)
        {
            return null;
        }

        var names = new string[order - 1];
        for (int k = 2; k <= order; k++)
        {
            if (DerivativeRegistry.Find(target, method.ContainingType, k) is not [IMethodSymbol d] || !d.IsStatic || !DerivativeRegistry.ReturnMatches(d, target)
                || !validator.Compilation.IsSymbolAccessibleWithin(d, method.ContainingType))
            {
                return null;
            }

            names[k - 2] = KnownNames.QualifiedMemberName(d);
        }

        return names;
    }
}
