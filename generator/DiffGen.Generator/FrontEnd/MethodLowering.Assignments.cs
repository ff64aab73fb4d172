using System.Collections.Generic;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Assignments, as statements and inside expressions: a local or parameter gets a new node in the current flow.
/// C# evaluates operands left to right, and so does the lowering, so <c>(t = x * y) + t</c> reads the new value.
/// </summary>
internal sealed partial class MethodLowering
{
    /// <summary>
    /// How many branches of <c>?:</c>, <c>&amp;&amp;</c>, <c>||</c> or switch arms enclose the expression being lowered.
    /// An assignment there happens on some paths only, which the flow of locals cannot express (an <c>if</c> can).
    /// </summary>
    private int conditionalDepth;

    /// <summary>The method or local function whose body is being lowered: the owner of the locals it may assign.</summary>
    private IMethodSymbol frameOwner = null!;

    /// <summary>The return type of <see cref="frameOwner"/>.</summary>
    private ValueType frameType;

    /// <summary>An expression statement: an assignment, increment or decrement; anything else has effects DiffGen cannot see.</summary>
    private void SideEffect(IOperation expression)
    {
        switch (expression)
        {
            case IAssignmentOperation or IIncrementOrDecrementOperation:
                Expr(expression);
                break;
            case IThrowOperation:
                Throw(expression);
                break;
            default:
                Unsupported(expression, $"A statement with side effects ('{expression.Syntax}')", ValueType.Bool);
                break;
        }
    }

    /// <summary>An assignment used as a value: the value assigned, converted to the target's type.</summary>
    private Node Assign(IAssignmentOperation assignment)
    {
        if (conditionalDepth > 0)
        {
            return Unsupported(assignment, $"An assignment inside a branch of '?:', '&&', '||' or a switch arm ('{assignment.Syntax}'; assign in an 'if' instead)", KnownNames.ValueTypeOf(assignment.Type) ?? Type);
        }

        switch (assignment)
        {
            case IDeconstructionAssignmentOperation deconstruction:
                var pending = new List<(IOperation Target, Node Value)>();
                Deconstruct(deconstruction.Target, deconstruction.Value, pending);
                foreach ((IOperation target, Node value) in pending)
                {
                    Store(target, value, deconstruction);
                }

                // Its value is a tuple, which no expression DiffGen lowers can use.
                return b.Bool(false);

            case ICompoundAssignmentOperation compound:
                return CompoundAssign(compound);

            case ISimpleAssignmentOperation simple:
                return Store(simple.Target, Expr(simple.Value), simple);

            default:
                return Unsupported(assignment, $"The assignment '{assignment.Syntax}'", KnownNames.ValueTypeOf(assignment.Type) ?? Type);
        }
    }

    /// <summary>Assigns <paramref name="value"/> to <paramref name="target"/> (a local, a parameter or a discard); returns the stored node.</summary>
    private Node Store(IOperation target, Node value, IOperation assignment)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        if (target is IDiscardOperation)
        {
            return value;
        }

        if (Variable(target, assignment) is not (ISymbol symbol, ValueType type))
        {
            return StandIn(target.Type);
        }

        Node stored = Converted(value, type, assignment);
        current!.Env[symbol] = stored;
        return stored;
    }

    /// <summary>
    /// The local or parameter <paramref name="target"/> names, if this frame may assign it; otherwise reports why not.
    /// </summary>
    private (ISymbol Symbol, ValueType Type)? Variable(IOperation target, IOperation assignment)
    {
        (ISymbol? symbol, ITypeSymbol? type) = target switch
        {
            ILocalReferenceOperation { Local: var local } when !local.IsRef => ((ISymbol?)local, local.Type),
            IParameterReferenceOperation { Parameter: var parameter } when parameter.RefKind == RefKind.None => (parameter, parameter.Type),
            _ => (null, null),
        };
        if (symbol is null)
        {
            string what = target switch
            {
                ILocalReferenceOperation l => $"Assignment through the ref local '{l.Local.Name}'",
                IParameterReferenceOperation p => $"Assignment to the {p.Parameter.RefKind.ToString().ToLowerInvariant()} parameter '{p.Parameter.Name}'",
                IFieldReferenceOperation f => $"Assignment to field '{f.Field.Name}'",
                IPropertyReferenceOperation p => $"Assignment to property '{p.Property.Name}'",
                IArrayElementReferenceOperation => "Assignment to an array element",
                IInvalidOperation => throw new CompilerErrorException(target),
                _ => $"Assignment to '{target.Syntax}'",
            };
            Unsupported(assignment, what, ValueType.Bool);
            return null;
        }

        if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingSymbol, frameOwner))
        {
            Unsupported(assignment, $"Assignment to '{symbol.Name}' from the local function '{frameOwner.Name}' that captures it", ValueType.Bool);
            return null;
        }

        if (KnownNames.ValueTypeOf(type) is not ValueType valueType)
        {
            Unsupported(assignment, $"A local of type '{type!.ToDisplayString()}' ('{symbol.Name}'; only float, double, int and bool)", ValueType.Bool);
            return null;
        }

        return (symbol, valueType);
    }

    private Node CompoundAssign(ICompoundAssignmentOperation compound)
    {
        if (Variable(compound.Target, compound) is not (ISymbol symbol, ValueType type))
        {
            return StandIn(compound.Type);
        }

        if (!current!.Env.TryGetValue(symbol, out Node? old))
        {
            throw new CompilerErrorException(compound.Target);
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
            return Unsupported(compound, $"The compound assignment '{compound.Syntax}'", type == ValueType.Bool ? Type : type);
        }

        // C# computes 'f += d' (float f, double d) in double and converts back.
        ValueType wide = type == ValueType.Int ? ValueType.Int
            : right.Type == ValueType.Double || type == ValueType.Double ? ValueType.Double : ValueType.Float;
        Node stored = b.Convert(b.Arithmetic(kind.Value, b.Convert(old, wide), b.Convert(right, wide)), type);
        current.Env[symbol] = stored;
        return stored;
    }

    /// <summary><c>++</c> and <c>--</c>, prefix (the new value) or postfix (the old one).</summary>
    private Node IncrementOrDecrement(IIncrementOrDecrementOperation operation)
    {
        if (conditionalDepth > 0)
        {
            return Unsupported(operation, $"An increment inside a branch of '?:', '&&', '||' or a switch arm ('{operation.Syntax}')", KnownNames.ValueTypeOf(operation.Type) ?? Type);
        }

        if (Variable(operation.Target, operation) is not (ISymbol symbol, ValueType type))
        {
            return StandIn(operation.Type);
        }

        if (type == ValueType.Bool || operation.OperatorMethod is not null)
        {
            return Unsupported(operation, $"The operator in '{operation.Syntax}'", Type);
        }

        if (!current!.Env.TryGetValue(symbol, out Node? old))
        {
            throw new CompilerErrorException(operation.Target);
        }

        Node one = b.One(type);
        Node updated = operation.Kind == OperationKind.Increment ? b.Add(old, one) : b.Subtract(old, one);
        current.Env[symbol] = updated;
        return operation.IsPostfix ? old : updated;
    }

    /// <summary>
    /// Pairs each variable of a deconstruction with its new value, evaluating every value before any is stored (so
    /// <c>(a, b) = (b, a)</c> swaps).
    /// </summary>
    private void Deconstruct(IOperation target, IOperation value, List<(IOperation Target, Node Value)> pending)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        if (target is not ITupleOperation targets)
        {
            pending.Add((target, Expr(value)));
            return;
        }

        while (value is IConversionOperation { OperatorMethod: null, Operand: ITupleOperation or IInvocationOperation } conversion)
        {
            value = conversion.Operand;
        }

        if (value is ITupleOperation values && values.Elements.Length == targets.Elements.Length)
        {
            for (int i = 0; i < values.Elements.Length; i++)
            {
                Deconstruct(targets.Elements[i], values.Elements[i], pending);
            }

            return;
        }

        if (value is IInvocationOperation invocation && SinCos(invocation) is (Node sin, Node cos) && targets.Elements.Length == 2
            && targets.Elements[0] is not ITupleOperation && targets.Elements[1] is not ITupleOperation)
        {
            pending.Add((targets.Elements[0], sin));
            pending.Add((targets.Elements[1], cos));
            return;
        }

        Unsupported(value, $"Deconstruction of '{value.Syntax}' (only tuple literals and Math.SinCos)", ValueType.Bool);
        foreach (IOperation element in targets.Elements)
        {
            // Mark the variables as assigned, so reading them later adds no second error.
            if (element is not ITupleOperation && KnownNames.ValueTypeOf(element.Type) is ValueType t && t != ValueType.Bool)
            {
                pending.Add((element, b.Zero(t)));
            }
        }
    }

    /// <summary>A stand-in value of <paramref name="type"/>, for lowering to go on after a reported problem.</summary>
    private Node StandIn(ITypeSymbol? type) => KnownNames.ValueTypeOf(type) switch
    {
        ValueType.Bool => b.Bool(false),
        ValueType t => b.Zero(t),
        null => b.Zero(Type),
    };

    /// <summary><paramref name="node"/> as <paramref name="type"/>, converted as C# converts implicitly.</summary>
    private Node Converted(Node node, ValueType type, IOperation at)
    {
        if (node.Type == type)
        {
            return node;
        }

        bool numeric = node.Type is ValueType.Float or ValueType.Double or ValueType.Int;
        bool target = type is ValueType.Float or ValueType.Double or ValueType.Int;
        return numeric && target ? b.Convert(node, type) : Unsupported(at, $"The value '{at.Syntax}' (of a type DiffGen does not convert)", type);
    }
}
