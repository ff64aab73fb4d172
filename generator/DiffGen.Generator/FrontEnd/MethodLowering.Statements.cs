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
        var flow = new Flow(new Dictionary<ILocalSymbol, Node>(SymbolEqualityComparer.Default), b.Bool(false), null);
        Statement(body, flow);

        // C# requires every path to return; if one does not, either a statement DiffGen cannot lower (already
        // reported) held the return, or the method does not compile (CS0161).
        if (flow.HasReturned && flow.ReturnValue is Node result)
        {
            return result;
        }

        return diagnostics.Count > 0 ? b.Zero(Type) : throw new CompilerErrorException();
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
                Assignment(expression, flow);
                break;

            case IReturnOperation { ReturnedValue: { } value }:
                Node returned = ExprAs(value, Type);
                flow.ReturnValue = flow.ReturnValue is null ? returned : b.Select(flow.ReturnFlag, flow.ReturnValue, returned);
                flow.ReturnFlag = b.Bool(true);
                break;

            case IConditionalOperation conditional:
                return If(conditional, flow, rest);

            case IEmptyOperation:
                break;

            case IInvalidOperation:
                throw new CompilerErrorException();

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
            throw new CompilerErrorException();
        }

        if (declarator.GetVariableInitializer()?.Value is IDelegateCreationOperation or IAnonymousFunctionOperation)
        {
            Unsupported(declarator, $"A lambda ('{local.Name}')", ValueType.Bool);
            return;
        }

        if (KnownNames.ValueTypeOf(local.Type) is not ValueType type || local.IsRef)
        {
            Unsupported(declarator, $"A local of type '{local.Type.ToDisplayString()}' ('{local.Name}'; only float, double, int and bool)", ValueType.Bool);
            return;
        }

        IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
        if (initializer is not null)
        {
            flow.Env[local] = ExprAs(initializer.Value, type);
        }
    }

    private void Assignment(IOperation expression, Flow flow)
    {
        if (expression is not IAssignmentOperation assignment || expression is ICoalesceAssignmentOperation)
        {
            Unsupported(expression, expression is IThrowOperation ? "'throw'" : $"A statement with side effects ('{expression.Syntax}')", ValueType.Bool);
            return;
        }

        if (assignment.Target is not ILocalReferenceOperation { Local: var local })
        {
            string target = assignment.Target switch
            {
                IParameterReferenceOperation p => $"Assignment to parameter '{p.Parameter.Name}'",
                IFieldReferenceOperation f => $"Assignment to field '{f.Field.Name}'",
                IArrayElementReferenceOperation => "Assignment to an array element",
                IInvalidOperation => throw new CompilerErrorException(),
                _ => $"Assignment to '{assignment.Target.Syntax}'",
            };
            Unsupported(assignment, target, ValueType.Bool);
            return;
        }

        if (KnownNames.ValueTypeOf(local.Type) is not ValueType type)
        {
            Unsupported(assignment, $"A local of type '{local.Type.ToDisplayString()}' ('{local.Name}')", ValueType.Bool);
            return;
        }

        if (assignment is ICompoundAssignmentOperation compound)
        {
            if (!flow.Env.TryGetValue(local, out Node? old))
            {
                throw new CompilerErrorException();
            }

            NodeKind? kind = compound.OperatorKind switch
            {
                BinaryOperatorKind.Add => NodeKind.Add,
                BinaryOperatorKind.Subtract => NodeKind.Subtract,
                BinaryOperatorKind.Multiply => NodeKind.Multiply,
                BinaryOperatorKind.Divide => NodeKind.Divide,
                _ => null,
            };
            Node right = ExprAs(compound.Value, type);
            if (kind is null || type == ValueType.Bool || compound.OperatorMethod is not null || right.Type == ValueType.Bool
                || (type == ValueType.Int && right.Type != ValueType.Int))
            {
                Unsupported(compound, $"The compound assignment '{compound.Syntax}'", type);
                return;
            }

            // C# computes 'f += d' (float f, double d) in double and converts back.
            ValueType wide = type == ValueType.Int ? ValueType.Int
                : right.Type == ValueType.Double || type == ValueType.Double ? ValueType.Double : ValueType.Float;
            flow.Env[local] = b.Convert(b.Arithmetic(kind.Value, b.Convert(old, wide), b.Convert(right, wide)), type);
            return;
        }

        flow.Env[local] = ExprAs(assignment.Value, type);
    }

    private bool If(IConditionalOperation conditional, Flow flow, ArraySegment<IOperation> rest)
    {
        Node condition = Condition(conditional.Condition);
        Flow then = flow.Clone();
        Statement(conditional.WhenTrue, then);
        Flow otherwise = flow.Clone();
        if (conditional.WhenFalse is { } whenFalse)
        {
            Statement(whenFalse, otherwise);
        }

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
        var merged = new Dictionary<ILocalSymbol, Node>(SymbolEqualityComparer.Default);
        foreach (KeyValuePair<ILocalSymbol, Node> entry in then.Env)
        {
            merged[entry.Key] = otherwise.Env.TryGetValue(entry.Key, out Node? other) ? Origin(b.Select(condition, entry.Value, other), conditional.Syntax) : entry.Value;
        }

        foreach (KeyValuePair<ILocalSymbol, Node> entry in otherwise.Env)
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
            var (t, e) => Origin(b.Select(condition, t, e), conditional.Syntax),
        };
        return restConsumed;
    }

    private static string StatementName(IOperation statement) => statement switch
    {
        ILoopOperation loop => $"A '{LoopKeyword(loop)}' loop",
        IBranchOperation branch => $"'{branch.Syntax.GetFirstToken().ValueText}'",
        ILabeledOperation => "A label (goto)",
        ITryOperation => "'try'",
        ILocalFunctionOperation local => $"A local function ('{local.Symbol.Name}')",
        ISwitchOperation => "'switch'",
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
        public Flow(Dictionary<ILocalSymbol, Node> env, Node returnFlag, Node? returnValue)
        {
            Env = env;
            ReturnFlag = returnFlag;
            ReturnValue = returnValue;
        }

        /// <summary>The current value of each assigned local.</summary>
        public Dictionary<ILocalSymbol, Node> Env { get; set; }

        /// <summary>When the method has already returned on this path (a condition).</summary>
        public Node ReturnFlag { get; set; }

        /// <summary>What it returned, meaningful where <see cref="ReturnFlag"/> holds.</summary>
        public Node? ReturnValue { get; set; }

        /// <summary>Whether every path here has returned.</summary>
        public bool HasReturned => ReturnFlag.IsConstantValue(1);

        public Flow Clone() => new(new Dictionary<ILocalSymbol, Node>(Env, SymbolEqualityComparer.Default), ReturnFlag, ReturnValue);
    }
}
