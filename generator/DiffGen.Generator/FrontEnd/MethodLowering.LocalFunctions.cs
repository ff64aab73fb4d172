using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>Local functions, inlined where they are called, and <c>throw</c>.</summary>
internal sealed partial class MethodLowering
{
    /// <summary>The local functions being inlined, innermost last: a call to one of them again is recursion.</summary>
    private readonly List<IMethodSymbol> activeLocalFunctions = new();

    /// <summary>
    /// Inlines a call to a local function: its parameters are bound to the arguments, and the locals it captures
    /// are read as they are at the call (which is what C# reads). It may not assign what it captures.
    /// </summary>
    private Node LocalFunctionCall(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        ValueType? returnType = KnownNames.ValueTypeOf(target.ReturnType);
        if (returnType is not ValueType type || target.IsGenericMethod || target.IsAsync
            || target.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams || KnownNames.ValueTypeOf(p.Type) is null))
        {
            return Unsupported(invocation, $"The local function '{target.Name}' (DiffGen inlines local functions whose parameters and result are float, double, int or bool, passed by value)",
                KnownNames.ValueTypeOf(target.ReturnType) ?? Type);
        }

        if (activeLocalFunctions.Any(f => SymbolEqualityComparer.Default.Equals(f, target)))
        {
            return Unsupported(invocation, $"Recursion (the local function '{target.Name}' calls itself)", type);
        }

        if (target.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not LocalFunctionStatementSyntax declaration
            || model.GetOperation(declaration, cancellationToken) is not ILocalFunctionOperation { Body: IBlockOperation body })
        {
            throw new CompilerErrorException(invocation);
        }

        // Arguments are evaluated in the caller, in order, before the body runs.
        var arguments = new List<(IParameterSymbol Parameter, Node Value)>();
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IParameterSymbol parameter = argument.Parameter ?? throw new CompilerErrorException(argument);
            ValueType parameterType = KnownNames.ValueTypeOf(parameter.Type)!.Value;
            arguments.Add((parameter, Converted(ExprAs(argument.Value, parameterType), parameterType, argument.Value)));
        }

        Flow frame = current!.Clone();
        frame.ReturnFlag = b.Bool(false);
        frame.ReturnValue = null;
        foreach ((IParameterSymbol parameter, Node value) in arguments)
        {
            frame.Env[parameter] = value;
        }

        (IMethodSymbol savedOwner, ValueType savedType, int savedDepth) = (frameOwner, frameType, conditionalDepth);
        (frameOwner, frameType, conditionalDepth) = (target, type, 0);
        activeLocalFunctions.Add(target);
        try
        {
            return LowerFrame(body, frame, type);
        }
        finally
        {
            activeLocalFunctions.RemoveAt(activeLocalFunctions.Count - 1);
            (frameOwner, frameType, conditionalDepth) = (savedOwner, savedType, savedDepth);
        }
    }

    /// <summary>
    /// The value of a path that throws (a <c>throw</c> in an untaken guard branch, a switch expression no arm
    /// matches, <c>Math.Clamp</c> with constant bounds in the wrong order): a call to the method itself with the same
    /// inputs, which throws the same exception there. Its slope is that same call: the generated derivative throws
    /// exactly where the method does, and says so in its doc comment (see <c>MethodPlan.Throws</c>).
    /// </summary>
    private Node Throwing(IOperation at)
    {
        Node call = b.UserCall(KnownNames.QualifiedMemberName(method), Type, false, inputs);
        b.SetDerivative(call, new UserDerivativeInfo(call, IsTuple: false));
        return Origin(call, at.Syntax);
    }

    /// <summary>A <c>throw</c> statement: this path ends as if it returned <see cref="Throwing"/>.</summary>
    private void Throw(IOperation at)
    {
        Flow flow = current!;
        Node thrown = Converted(Throwing(at), frameType, at);
        flow.ReturnValue = flow.ReturnValue is null ? thrown : b.Select(flow.ReturnFlag, flow.ReturnValue, thrown);
        flow.ReturnFlag = b.Bool(true);
    }
}
