using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Patterns (<c>is</c>, switch expressions, switch statements) become conditions on the input value, with C#'s
/// exact meaning: a relational pattern is a comparison (false on NaN, so <c>not &lt; 0</c> holds for NaN), a
/// constant pattern is <c>==</c> except <c>double.NaN</c>, which matches NaN.
/// </summary>
internal sealed partial class MethodLowering
{
    /// <summary>The condition under which <paramref name="value"/> matches <paramref name="pattern"/>; binds the variables it declares.</summary>
    private Node Pattern(IPatternOperation pattern, Node value)
    {
        using DepthScope scope = Deeper();
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return Comparison(NodeKind.Equal, value, constant.Value, pattern);

            case IRelationalPatternOperation relational:
                NodeKind? kind = relational.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => NodeKind.Less,
                    BinaryOperatorKind.LessThanOrEqual => NodeKind.LessOrEqual,
                    BinaryOperatorKind.GreaterThan => NodeKind.Greater,
                    BinaryOperatorKind.GreaterThanOrEqual => NodeKind.GreaterOrEqual,
                    _ => null,
                };
                return kind is NodeKind k ? Comparison(k, value, relational.Value, pattern) : Unsupported(pattern, $"The pattern '{pattern.Syntax}'", ValueType.Bool);

            case INegatedPatternOperation negated:
                return Origin(b.Not(Pattern(negated.Pattern, value)), pattern.Syntax);

            case IBinaryPatternOperation binary:
                Node left = Pattern(binary.LeftPattern, value);
                Node right = Pattern(binary.RightPattern, value);
                return Origin(binary.OperatorKind == BinaryOperatorKind.Or ? b.Or(left, right) : b.And(left, right), pattern.Syntax);

            case IDiscardPatternOperation:
                return b.Bool(true);

            case IDeclarationPatternOperation declaration when declaration.MatchesNull || SameType(declaration.MatchedType, pattern.InputType):
                // 'var t' and 'double d' on a double always match (a value type is never null); the variable is the value.
                if (declaration.DeclaredSymbol is ILocalSymbol local)
                {
                    current!.Env[local] = value;
                }

                return b.Bool(true);

            case ITypePatternOperation type when SameType(type.MatchedType, pattern.InputType):
                return b.Bool(true);

            default:
                return Unsupported(pattern, $"The pattern '{pattern.Syntax}' (DiffGen lowers constant, relational, 'and'/'or'/'not', discard, 'var' and same-type patterns)", ValueType.Bool);
        }
    }

    private static bool SameType(ITypeSymbol? a, ITypeSymbol? b) => a is not null && SymbolEqualityComparer.Default.Equals(a, b);

    /// <summary>A constant or relational pattern (or case label): <paramref name="value"/> compared with <paramref name="constant"/>.</summary>
    private Node Comparison(NodeKind kind, Node value, IOperation constant, IOperation pattern)
    {
        if (kind == NodeKind.Equal && constant.ConstantValue is { HasValue: true, Value: double or float } c
            && double.IsNaN(Convert.ToDouble(c.Value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            // 'is double.NaN' matches NaN (where '== double.NaN' never holds).
            DependOnFieldsIn(constant);
            return Origin(b.Compare(NodeKind.NotEqual, value, value), pattern.Syntax);
        }

        Node right = ExprAs(constant, value.Type);
        if (right.Type != value.Type || (value.Type == ValueType.Bool && kind is not (NodeKind.Equal or NodeKind.NotEqual)))
        {
            return Unsupported(pattern, $"The pattern '{pattern.Syntax}'", ValueType.Bool);
        }

        return Origin(b.Compare(kind, value, right), pattern.Syntax);
    }

    private Node IsPattern(IIsPatternOperation operation) => Pattern(operation.Pattern, Expr(operation.Value));

    /// <summary>A switch expression: the first arm whose pattern (and guard) matches, as nested selects.</summary>
    private Node SwitchExpression(ISwitchExpressionOperation operation)
    {
        Node value = Expr(operation.Value);
        var arms = new List<(Node Condition, Node Value)>();
        conditionalDepth++;
        try
        {
            foreach (ISwitchExpressionArmOperation arm in operation.Arms)
            {
                Node condition = Pattern(arm.Pattern, value);
                if (arm.Guard is { } guard)
                {
                    condition = b.And(condition, Condition(guard));
                }

                arms.Add((condition, Expr(arm.Value)));
            }
        }
        finally
        {
            conditionalDepth--;
        }

        // When no arm matches, C# throws; so does the derivative: the method itself is called there.
        Node result = operation.IsExhaustive && arms.Count > 0 ? arms[arms.Count - 1].Value : Converted(Throwing(operation), KnownNames.ValueTypeOf(operation.Type) ?? Type, operation);
        for (int i = arms.Count - (operation.IsExhaustive ? 2 : 1); i >= 0; i--)
        {
            if (arms[i].Value.Type != result.Type)
            {
                return Unsupported(operation, $"The switch expression '{FirstLine(operation.Syntax.ToString())}'", Type);
            }

            result = b.Select(arms[i].Condition, arms[i].Value, result);
        }

        return result;
    }

    /// <summary>A switch statement: its sections in order as an if/else chain, the default section last.</summary>
    private bool Switch(ISwitchOperation operation, Flow flow, ArraySegment<IOperation> rest)
    {
        Node value = Expr(operation.Value);
        var sections = new List<(Node Condition, IOperation[] Body)>();
        IOperation[]? fallback = null;
        foreach (ISwitchCaseOperation section in operation.Cases)
        {
            IOperation[] body = SectionBody(section, operation);
            Node condition = b.Bool(false);
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                Node matches = clause switch
                {
                    IDefaultCaseClauseOperation => b.Bool(false),
                    ISingleValueCaseClauseOperation single => Comparison(NodeKind.Equal, value, single.Value, clause),
                    IPatternCaseClauseOperation { Pattern: var pattern, Guard: var guard } =>
                        guard is null ? Pattern(pattern, value) : b.And(Pattern(pattern, value), Guard(guard)),
                    _ => Unsupported(clause, $"The case label '{clause.Syntax}'", ValueType.Bool),
                };
                condition = b.Or(condition, matches);
            }

            // A default section runs where its own labels match, in order, and where no label matches at all.
            if (section.Clauses.Any(c => c is IDefaultCaseClauseOperation))
            {
                fallback = body;
            }

            if (!condition.IsConstantValue(0))
            {
                sections.Add((condition, body));
            }
        }

        return Chain(flow, 0, rest);

        bool Chain(Flow f, int index, ArraySegment<IOperation> following)
        {
            if (index == sections.Count)
            {
                if (fallback is not null)
                {
                    Statements(new ArraySegment<IOperation>(fallback), f);
                }

                return false;
            }

            (Node condition, IOperation[] body) = sections[index];
            Action<Flow>? otherwise = index + 1 < sections.Count || fallback is not null ? g => Chain(g, index + 1, default) : null;
            return Branch(condition, g => Statements(new ArraySegment<IOperation>(body), g), otherwise, operation.Syntax, f, following);
        }
    }

    /// <summary>A <c>when</c> clause: evaluated only where its pattern matched (so it may not assign).</summary>
    private Node Guard(IOperation guard)
    {
        conditionalDepth++;
        try
        {
            return Condition(guard);
        }
        finally
        {
            conditionalDepth--;
        }
    }

    /// <summary>A section's statements without the <c>break</c> that ends it (C# allows no falling through).</summary>
    private static IOperation[] SectionBody(ISwitchCaseOperation section, ISwitchOperation owner)
    {
        var body = section.Body.ToList();
        if (body.Count > 0 && body[body.Count - 1] is IBranchOperation { BranchKind: BranchKind.Break } exit
            && SymbolEqualityComparer.Default.Equals(exit.Target, owner.ExitLabel))
        {
            body.RemoveAt(body.Count - 1);
        }

        return body.ToArray();
    }
}
