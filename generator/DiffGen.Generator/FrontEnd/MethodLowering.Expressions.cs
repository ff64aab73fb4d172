using System;
using System.Collections.Generic;
using System.Globalization;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>Expressions.</summary>
internal sealed partial class MethodLowering
{
    /// <summary>Lowers a numeric expression; an integer constant takes <paramref name="contextType"/>.</summary>
    private Node ExprAs(IOperation operation, ValueType contextType)
    {
        if (operation.ConstantValue is { HasValue: true, Value: var value } && IsIntegral(value))
        {
            DependOnFieldsIn(operation);
            return b.Constant(System.Convert.ToDouble(value, CultureInfo.InvariantCulture), contextType);
        }

        return Expr(operation);
    }

    /// <summary>Lowers a condition.</summary>
    private Node Condition(IOperation operation)
    {
        Node condition = Expr(operation);
        return condition.Type == ValueType.Bool ? condition : Unsupported(operation, $"The condition '{operation.Syntax}'", ValueType.Bool);
    }

    private Node Expr(IOperation operation) => Origin(ExprCore(operation), operation.Syntax);

    /// <summary>
    /// Records the types whose const fields C# folded into <paramref name="constant"/>: <c>2 * Other.K</c> is one
    /// literal whose field reference no other rule visits, and its value changes when <c>Other</c>'s file does.
    /// </summary>
    private void DependOnFieldsIn(IOperation constant)
    {
        foreach (IOperation part in constant.DescendantsAndSelf())
        {
            if (part is IFieldReferenceOperation field)
            {
                validator.DependOn(field.Field.ContainingType);
            }
        }
    }

    private Node ExprCore(IOperation operation)
    {
        using DepthScope scope = Deeper();
        if (operation.Kind == OperationKind.Invalid || operation.Type is IErrorTypeSymbol)
        {
            throw new CompilerErrorException(operation);
        }

        if (operation.ConstantValue is { HasValue: true, Value: var constant })
        {
            DependOnFieldsIn(operation);
            return Constant(operation, constant);
        }

        if (operation is IFieldReferenceOperation fieldReference)
        {
            // A static readonly field in another file is part of what this method means.
            validator.DependOn(fieldReference.Field.ContainingType);
        }

        switch (operation)
        {
            case IBinaryOperation binary:
                return Binary(binary);
            case IUnaryOperation unary:
                return Unary(unary);
            case IConversionOperation conversion:
                return Conversion(conversion);
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                return Select(conditional);
            case IParameterReferenceOperation { Parameter: var parameter }:
                return parameter.RefKind == RefKind.None
                    ? Read(parameter, operation)
                    : Unsupported(operation, $"The {parameter.RefKind.ToString().ToLowerInvariant()} parameter '{parameter.Name}'", KnownNames.ValueTypeOf(parameter.Type) ?? Type);
            case ILocalReferenceOperation { Local: var local }:
                return local.IsRef
                    ? Unsupported(operation, $"The ref local '{local.Name}'", KnownNames.ValueTypeOf(local.Type) ?? Type)
                    : Read(local, operation);
            case IFieldReferenceOperation field:
                return Field(field);
            case IPropertyReferenceOperation property:
                return Property(property);
            case IInvocationOperation invocation:
                return Call(invocation);
            case IAnonymousFunctionOperation or IDelegateCreationOperation:
                return Unsupported(operation, "A lambda", Type);
            case IAssignmentOperation assignment:
                return Assign(assignment);
            case IIncrementOrDecrementOperation increment:
                return IncrementOrDecrement(increment);
            case IIsPatternOperation isPattern:
                return IsPattern(isPattern);
            case IIsTypeOperation isType when SameType(isType.ValueOperand.Type, isType.TypeOperand):
                // 'x is double' for a double x: always true (a value type is never null).
                Expr(isType.ValueOperand);
                return b.Bool(true);
            case ISwitchExpressionOperation switchExpression:
                return SwitchExpression(switchExpression);
            case IThrowOperation:
                return Throwing(operation);
            case IArrayElementReferenceOperation:
                return Unsupported(operation, "An array element", Type);
            default:
                return Unsupported(operation, $"The expression '{operation.Syntax}'", KnownNames.ValueTypeOf(operation.Type) ?? Type);
        }
    }

    /// <summary>The current value of a local or parameter.</summary>
    private Node Read(ISymbol variable, IOperation at) =>
        current!.Env.TryGetValue(variable, out Node? value) ? value : throw new CompilerErrorException(at);

    private Node Constant(IOperation operation, object? value)
    {
        ValueType? type = KnownNames.ValueTypeOf(operation.Type);
        return (type, value) switch
        {
            (ValueType.Bool, bool flag) => b.Bool(flag),
            (ValueType.Int, int i) => b.Constant(i, ValueType.Int),
            (ValueType t, _) when t is ValueType.Float or ValueType.Double && value is not null && (IsIntegral(value) || value is float or double) =>
                b.Constant(System.Convert.ToDouble(value, CultureInfo.InvariantCulture), t),
            _ when operation.Type is null => Unsupported(operation, $"The expression '{operation.Syntax}'", Type),
            _ => Unsupported(operation, $"A value of type '{operation.Type.ToDisplayString()}' ('{operation.Syntax}')", Type),
        };
    }

    private static bool IsIntegral(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or char;

    private Node Binary(IBinaryOperation operation)
    {
        // Long sums such as a + b + c + ... nest to the left: walk that spine iteratively.
        var spine = new Stack<IBinaryOperation>();
        IOperation current = operation;
        while (current is IBinaryOperation binary && !binary.ConstantValue.HasValue && spine.Count < 100_000)
        {
            spine.Push(binary);
            current = binary.LeftOperand;
        }

        Node left = Expr(current);
        while (spine.Count > 0)
        {
            IBinaryOperation binary = spine.Pop();
            left = Origin(Combine(binary, left, Operand(binary)), binary.Syntax);
        }

        return left;
    }

    /// <summary>The right operand of <paramref name="binary"/>, which <c>&amp;&amp;</c> and <c>||</c> evaluate on some paths only.</summary>
    private Node Operand(IBinaryOperation binary)
    {
        bool shortCircuit = binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr;
        conditionalDepth += shortCircuit ? 1 : 0;
        try
        {
            return Expr(binary.RightOperand);
        }
        finally
        {
            conditionalDepth -= shortCircuit ? 1 : 0;
        }
    }

    private Node Combine(IBinaryOperation operation, Node left, Node right)
    {
        if (operation.OperatorMethod is not null)
        {
            return Unsupported(operation, $"The user-defined operator '{operation.OperatorMethod.ToDisplayString()}'", Type);
        }

        NodeKind? kind = operation.OperatorKind switch
        {
            BinaryOperatorKind.Add => NodeKind.Add,
            BinaryOperatorKind.Subtract => NodeKind.Subtract,
            BinaryOperatorKind.Multiply => NodeKind.Multiply,
            BinaryOperatorKind.Divide => NodeKind.Divide,
            BinaryOperatorKind.LessThan => NodeKind.Less,
            BinaryOperatorKind.LessThanOrEqual => NodeKind.LessOrEqual,
            BinaryOperatorKind.GreaterThan => NodeKind.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => NodeKind.GreaterOrEqual,
            BinaryOperatorKind.Equals => NodeKind.Equal,
            BinaryOperatorKind.NotEquals => NodeKind.NotEqual,
            BinaryOperatorKind.ConditionalAnd => NodeKind.And,
            BinaryOperatorKind.ConditionalOr => NodeKind.Or,
            _ => null,
        };

        bool numeric = (left.IsNumeric || left.IsInteger) && left.Type == right.Type;
        bool integers = left.IsInteger && right.IsInteger;
        bool logical = left.Type == ValueType.Bool && right.Type == ValueType.Bool;
        NodeKind? integral = operation.OperatorKind switch
        {
            BinaryOperatorKind.Remainder when numeric => NodeKind.Remainder,
            BinaryOperatorKind.And when integers => NodeKind.BitwiseAnd,
            BinaryOperatorKind.Or when integers => NodeKind.BitwiseOr,
            BinaryOperatorKind.ExclusiveOr when integers => NodeKind.ExclusiveOr,
            BinaryOperatorKind.LeftShift when integers => NodeKind.LeftShift,
            BinaryOperatorKind.RightShift when integers => NodeKind.RightShift,
            _ => null,
        };
        if (integral is NodeKind integralKind)
        {
            return b.Integral(integralKind, left, right);
        }

        switch (kind)
        {
            case NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide when numeric:
                return b.Arithmetic(kind.Value, left, right);
            case NodeKind.And when logical:
                return b.And(left, right);
            case NodeKind.Or when logical:
                return b.Or(left, right);
            case NodeKind.Equal or NodeKind.NotEqual when logical:
            case NodeKind k when k >= NodeKind.Less && k <= NodeKind.NotEqual && numeric:
                return b.Compare(kind!.Value, left, right);
            default:
                string what = operation.OperatorKind switch
                {
                    BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr when logical => "A non-short-circuit boolean operator (use && or ||)",
                    _ => $"The operation '{operation.Syntax}'",
                };
                return Unsupported(operation, what, KnownNames.ValueTypeOf(operation.Type) ?? Type);
        }
    }

    private Node Unary(IUnaryOperation operation)
    {
        Node operand = Expr(operation.Operand);
        return operation.OperatorKind switch
        {
            _ when operation.OperatorMethod is not null => Unsupported(operation, $"The user-defined operator '{operation.OperatorMethod.ToDisplayString()}'", Type),
            UnaryOperatorKind.Minus when operand.IsNumeric || operand.IsInteger => b.Negate(operand),
            UnaryOperatorKind.Plus when operand.IsNumeric || operand.IsInteger => operand,
            UnaryOperatorKind.Not when operand.Type == ValueType.Bool => b.Not(operand),
            // ~i is i ^ -1 (two's complement): one of the integer operations the IR has.
            UnaryOperatorKind.BitwiseNegation when operand.IsInteger => b.Integral(NodeKind.ExclusiveOr, operand, b.Constant(-1, ValueType.Int)),
            _ => Unsupported(operation, $"The operator in '{operation.Syntax}'", KnownNames.ValueTypeOf(operation.Type) ?? Type),
        };
    }

    private Node Conversion(IConversionOperation conversion)
    {
        ValueType? target = KnownNames.ValueTypeOf(conversion.Type) is ValueType t && t != ValueType.Bool ? t : null;
        ValueType? source = KnownNames.ValueTypeOf(conversion.Operand.Type);
        if (conversion.Operand.Kind == OperationKind.Invalid || conversion.Operand.Type is IErrorTypeSymbol)
        {
            throw new CompilerErrorException(conversion.Operand);
        }

        if (conversion.Operand is IThrowOperation && target is ValueType throwType)
        {
            return Converted(Throwing(conversion.Operand), throwType, conversion);
        }

        if (conversion.OperatorMethod is not null)
        {
            return Unsupported(conversion, $"The user-defined conversion '{conversion.OperatorMethod.ToDisplayString()}'", Type);
        }

        if (target is null)
        {
            return Unsupported(conversion, $"A conversion to '{conversion.Type?.ToDisplayString()}' ('{conversion.Syntax}'; only float, double and int)", Type);
        }

        if (source is null && conversion.Operand is IInvocationOperation call && IsUnsupportedMathOverload(call.TargetMethod))
        {
            // Math.Abs(long) converted to double: the overload is the problem, not the long it returns (DIFF001).
            return Converted(Call(call), target.Value, conversion);
        }

        if (source is null or ValueType.Bool)
        {
            return Unsupported(conversion, conversion.Operand switch
            {
                IThrowOperation => $"A throw expression ('{conversion.Operand.Syntax}')",
                { Type: null } => $"The expression '{conversion.Operand.Syntax}'",
                _ => $"A value of type '{conversion.Operand.Type.ToDisplayString()}' ('{conversion.Operand.Syntax}'; only float, double and int)",
            }, target.Value);
        }

        return b.Convert(Expr(conversion.Operand), target.Value);
    }

    private Node Select(IConditionalOperation conditional)
    {
        Node condition = Condition(conditional.Condition);
        Node whenTrue, whenFalse;
        conditionalDepth++;
        try
        {
            whenTrue = Expr(conditional.WhenTrue);
            whenFalse = Expr(conditional.WhenFalse!);
        }
        finally
        {
            conditionalDepth--;
        }

        // A throw expression has no type of its own: it takes the other side's.
        if (conditional.WhenTrue is IThrowOperation)
        {
            whenTrue = Converted(whenTrue, whenFalse.Type, conditional.WhenTrue);
        }
        else if (conditional.WhenFalse is IThrowOperation)
        {
            whenFalse = Converted(whenFalse, whenTrue.Type, conditional.WhenFalse);
        }

        return whenTrue.Type == whenFalse.Type
            ? b.Select(condition, whenTrue, whenFalse)
            : Unsupported(conditional, $"The conditional '{conditional.Syntax}'", Type);
    }

    private Node Field(IFieldReferenceOperation field)
    {
        IFieldSymbol symbol = field.Field;
        if (!symbol.IsStatic)
        {
            return Unsupported(field, $"The instance field '{symbol.Name}'", Type);
        }

        return KnownNames.NumericTypeOf(symbol.Type) is ValueType type
            ? b.Field(KnownNames.QualifiedMemberName(symbol), type)
            : Unsupported(field, $"The field '{symbol.Name}' of type '{symbol.Type.ToDisplayString()}'", Type);
    }

    /// <summary>
    /// A static property, such as <c>static double Alpha =&gt; 1.67;</c>: read like a static field, as a constant
    /// (no gradient flows through it).
    /// </summary>
    private Node Property(IPropertyReferenceOperation property)
    {
        IPropertySymbol symbol = property.Property;
        validator.DependOn(symbol.ContainingType);
        if (!symbol.IsStatic || property.Instance is not null)
        {
            return Unsupported(property, $"The instance property '{symbol.Name}'", KnownNames.NumericTypeOf(symbol.Type) ?? Type);
        }

        if (symbol.IsIndexer || symbol.GetMethod is null || symbol.ReturnsByRef || symbol.ReturnsByRefReadonly
            || !validator.Compilation.IsSymbolAccessibleWithin(symbol.GetMethod, method.ContainingType))
        {
            return Unsupported(property, $"The property '{symbol.Name}' (only readable static properties)", KnownNames.NumericTypeOf(symbol.Type) ?? Type);
        }

        return KnownNames.NumericTypeOf(symbol.Type) is ValueType type
            ? b.Field(KnownNames.QualifiedMemberName(symbol), type)
            : Unsupported(property, $"The property '{symbol.Name}' of type '{symbol.Type.ToDisplayString()}'", Type);
    }
}
