using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>Statements: locals are SSA names for nodes, and control flow becomes selects.</summary>
internal sealed partial class MethodLowering
{
    /// <summary>The flow of the statement being lowered; expressions read locals from it.</summary>
    private Flow? current;

    private Node LowerBody(IBlockOperation body)
    {
        // A parameter is a local with an initial value: assigning it is assigning a local.
        var flow = new Flow(new Dictionary<ISymbol, Node>(SymbolEqualityComparer.Default), b.Bool(false), null);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            flow.Env[parameter] = inputs[parameter.Ordinal];
        }

        return LowerFrame(body, flow, Type);
    }

    /// <summary>Lowers the body of the method or of an inlined local function, in <paramref name="flow"/>.</summary>
    private Node LowerFrame(IBlockOperation body, Flow flow, ValueType type)
    {
        Statement(body, flow);

        // C# requires every path to return; if one does not, either a statement DiffGen cannot lower (already
        // reported) held the return, or the method does not compile (CS0161).
        if (flow.HasReturned && flow.ReturnValue is Node result)
        {
            return result;
        }

        return diagnostics.Count > 0 ? b.Zero(type) : throw new CompilerErrorException(body);
    }

    /// <summary>
    /// Lowers one statement. <paramref name="rest"/> is what follows it in its block: an <c>if</c> one of whose
    /// sides returns lowers the rest on its other side (returns true), so <c>if (a) return 0; if (b) return x;
    /// return y;</c> becomes <c>a ? 0 : b ? x : y</c>, the shape the code has.
    /// </summary>
    private bool Statement(IOperation statement, Flow flow, ArraySegment<IOperation> rest = default)
    {
        if (flow.HasReturned)
        {
            // Unreachable code (the compiler warns about it); it cannot change the result.
            return true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        Flow? saved = current;
        current = flow;
        try
        {
            return LowerStatement(statement, flow, rest);
        }
        finally
        {
            current = saved;
        }
    }

    private void Statements(ArraySegment<IOperation> statements, Flow flow)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            var rest = new ArraySegment<IOperation>(statements.Array!, statements.Offset + i + 1, statements.Count - i - 1);
            if (Statement(statements.Array![statements.Offset + i], flow, rest))
            {
                return;
            }
        }
    }

    private bool LowerStatement(IOperation statement, Flow flow, ArraySegment<IOperation> rest)
    {
        switch (statement)
        {
            case IBlockOperation block:
                Statements(new ArraySegment<IOperation>(block.Operations.ToArray()), flow);
                break;

            case IVariableDeclarationGroupOperation group:
                foreach (IVariableDeclarationOperation declaration in group.Declarations)
                {
                    foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                    {
                        Declare(declarator, flow);
                    }
                }

                break;

            case IExpressionStatementOperation { Operation: var expression }:
                SideEffect(expression);
                break;

            case IReturnOperation { ReturnedValue: { } value }:
                Node returned = Converted(ExprAs(value, frameType), frameType, value);
                flow.ReturnValue = flow.ReturnValue is null ? returned : b.Select(flow.ReturnFlag, flow.ReturnValue, returned);
                flow.ReturnFlag = b.Bool(true);
                break;

            case IConditionalOperation conditional:
                return If(conditional, flow, rest);

            case ISwitchOperation @switch:
                return Switch(@switch, flow, rest);

            case IThrowOperation:
                Throw(statement);
                break;

            case IEmptyOperation or ILocalFunctionOperation:
                // A local function is lowered where it is called.
                break;

            case IInvalidOperation:
                throw new CompilerErrorException(statement);

            default:
                Unsupported(statement, StatementName(statement), ValueType.Bool);
                break;
        }

        return false;
    }

    private void Declare(IVariableDeclaratorOperation declarator, Flow flow)
    {
        ILocalSymbol local = declarator.Symbol;
        if (local.Type is IErrorTypeSymbol)
        {
            throw new CompilerErrorException(declarator);
        }

        if (declarator.GetVariableInitializer()?.Value is IDelegateCreationOperation or IAnonymousFunctionOperation)
        {
            Unsupported(declarator, $"A lambda ('{local.Name}')", ValueType.Bool);
            return;
        }

        if (local.IsRef)
        {
            Unsupported(declarator, $"A ref local ('{local.Name}')", ValueType.Bool);
            return;
        }

        if (KnownNames.ValueTypeOf(local.Type) is not ValueType type)
        {
            Unsupported(declarator, $"A local of type '{local.Type.ToDisplayString()}' ('{local.Name}'; only float, double, int and bool)", ValueType.Bool);
            return;
        }

        IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
        if (initializer is not null)
        {
            flow.Env[local] = Converted(ExprAs(initializer.Value, type), type, initializer.Value);
        }
    }

    private bool If(IConditionalOperation conditional, Flow flow, ArraySegment<IOperation> rest) =>
        Branch(Condition(conditional.Condition), then => Statement(conditional.WhenTrue, then),
            conditional.WhenFalse is { } whenFalse ? otherwise => Statement(whenFalse, otherwise) : null,
            conditional.Syntax, flow, rest);

    /// <summary>
    /// Lowers <c>if (condition) whenTrue else whenFalse</c>: each side in its own copy of the flow, then the locals
    /// either side assigned become selects. <paramref name="rest"/> is as for <see cref="Statement"/>.
    /// </summary>
    private bool Branch(Node condition, Action<Flow> whenTrue, Action<Flow>? whenFalse, SyntaxNode syntax, Flow flow, ArraySegment<IOperation> rest)
    {
        Flow then = flow.Clone();
        whenTrue(then);
        Flow otherwise = flow.Clone();
        whenFalse?.Invoke(otherwise);

        // What follows runs only on a side that did not return: lower it there.
        bool restConsumed = rest.Count > 0 && (then.HasReturned || otherwise.HasReturned);
        if (restConsumed && !then.HasReturned)
        {
            Statements(rest, then);
        }
        else if (restConsumed && !otherwise.HasReturned)
        {
            Statements(rest, otherwise);
        }

        // Locals assigned on either side become selects; a return on one side guards what follows.
        var merged = new Dictionary<ISymbol, Node>(SymbolEqualityComparer.Default);
        foreach (KeyValuePair<ISymbol, Node> entry in then.Env)
        {
            merged[entry.Key] = otherwise.Env.TryGetValue(entry.Key, out Node? other) ? Origin(b.Select(condition, entry.Value, other), syntax) : entry.Value;
        }

        foreach (KeyValuePair<ISymbol, Node> entry in otherwise.Env)
        {
            if (!merged.ContainsKey(entry.Key))
            {
                merged[entry.Key] = entry.Value;
            }
        }

        flow.Env = merged;
        flow.ReturnFlag = b.Select(condition, then.ReturnFlag, otherwise.ReturnFlag);
        flow.ReturnValue = (then.ReturnValue, otherwise.ReturnValue) switch
        {
            (null, var e) => e,
            (var t, null) => t,
            var (t, e) => Origin(b.Select(condition, t, e), syntax),
        };
        return restConsumed;
    }

    private static string StatementName(IOperation statement) => statement switch
    {
        ILoopOperation loop => $"A '{LoopKeyword(loop)}' loop",
        IBranchOperation branch => $"'{branch.Syntax.GetFirstToken().ValueText}'",
        ILabeledOperation => "A label (goto)",
        ITryOperation => "'try'",
        IUsingOperation or IUsingDeclarationOperation => "'using'",
        ILockOperation => "'lock'",
        IThrowOperation => "'throw'",
        _ => $"The statement '{FirstLine(statement.Syntax.ToString())}'",
    };

    private static string LoopKeyword(ILoopOperation loop) => loop.LoopKind switch
    {
        LoopKind.For => "for",
        LoopKind.ForEach => "foreach",
        LoopKind.While => loop.Syntax.GetFirstToken().ValueText,
        _ => "loop",
    };

    private static string FirstLine(string text)
    {
        int newline = text.IndexOf('\n');
        return (newline < 0 ? text : text.Substring(0, newline)).Trim();
    }

    /// <summary>What is known at one point of a body: the value of each local, and whether (and what) it has returned.</summary>
    private sealed class Flow
    {
        public Flow(Dictionary<ISymbol, Node> env, Node returnFlag, Node? returnValue)
        {
            Env = env;
            ReturnFlag = returnFlag;
            ReturnValue = returnValue;
        }

        /// <summary>The current value of each assigned local and parameter.</summary>
        public Dictionary<ISymbol, Node> Env { get; set; }

        /// <summary>When the method has already returned on this path (a condition).</summary>
        public Node ReturnFlag { get; set; }

        /// <summary>What it returned, meaningful where <see cref="ReturnFlag"/> holds.</summary>
        public Node? ReturnValue { get; set; }

        /// <summary>Whether every path here has returned.</summary>
        public bool HasReturned => ReturnFlag.IsConstantValue(1);

        public Flow Clone() => new(new Dictionary<ISymbol, Node>(Env, SymbolEqualityComparer.Default), ReturnFlag, ReturnValue);
    }
}
