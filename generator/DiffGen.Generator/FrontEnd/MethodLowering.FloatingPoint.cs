using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Members of <c>Math</c>, <c>MathF</c>, <c>double</c> and <c>float</c> that are not rows of the operation table but
/// are exactly expressions of rows, comparisons and selects: .NET defines <c>double.ExpM1(x)</c> as
/// <c>Math.Exp(x) - 1</c>, <c>double.LogP1(x)</c> as <c>Math.Log(x + 1)</c>, and so on, so lowering them to that
/// expression keeps every bit of the value, and the derivative follows.
/// </summary>
internal sealed partial class MethodLowering
{
    /// <summary>The lowering of a call that has one here, or null for the ordinary path (a table row or DIFF001).</summary>
    private Node? FloatingPointCall(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        if (target.Parameters.Length == 0 || KnownNames.NumericTypeOf(target.Parameters[0].Type) is not ValueType type)
        {
            return null;
        }

        if (target.Name == "Round" && target.Parameters.Last().Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } mode)
        {
            return RoundWithMode(invocation, type, mode);
        }

        if (target.Parameters.Any(p => KnownNames.NumericTypeOf(p.Type) != type) || invocation.Arguments.Any(a => a.Parameter is null || a.Parameter.RefKind != RefKind.None))
        {
            return null;
        }

        bool generic = IsFloatingPointType(target.ContainingType);
        if (target.ReturnType.SpecialType == SpecialType.System_Boolean && generic && target.Parameters.Length == 1 && Classifications.Contains(target.Name))
        {
            return Classification(target.Name, Arg(0), type);
        }

        Node one = b.One(type);
        return (target.Name, target.Parameters.Length, generic) switch
        {
            ("MaxMagnitude", 2, _) => Magnitude(Arg(0), Arg(1), NodeKind.Greater),
            ("MinMagnitude", 2, _) => Magnitude(Arg(0), Arg(1), NodeKind.Less),
            ("SinCos", 1, _) => Unsupported(invocation, $"'{invocation.Syntax}' outside a deconstruction (write 'var (sin, cos) = {invocation.Syntax};')", type),
            ("ExpM1", 1, true) => b.Subtract(b.Call(MathFunctions.Exp, Arg(0)), one),
            ("Exp2", 1, true) => b.Call(MathFunctions.Pow, b.Constant(2, type), Arg(0)),
            ("Exp2M1", 1, true) => b.Subtract(b.Call(MathFunctions.Pow, b.Constant(2, type), Arg(0)), one),
            ("Exp10", 1, true) => b.Call(MathFunctions.Pow, b.Constant(10, type), Arg(0)),
            ("Exp10M1", 1, true) => b.Subtract(b.Call(MathFunctions.Pow, b.Constant(10, type), Arg(0)), one),
            ("LogP1", 1, true) => b.Call(MathFunctions.Log, b.Add(Arg(0), one)),
            ("Log2P1", 1, true) => b.Call(MathFunctions.Log2, b.Add(Arg(0), one)),
            ("Log10P1", 1, true) => b.Call(MathFunctions.Log10, b.Add(Arg(0), one)),
            ("Atan2Pi", 2, true) => b.Divide(b.Call(MathFunctions.Atan2, Arg(0), Arg(1)), b.Constant(System.Math.PI, type)),
            _ => null,
        };

        // Arguments in evaluation order, each lowered once (hash-consing shares them).
        Node Arg(int ordinal) => Expr(invocation.Arguments.First(a => a.Parameter!.Ordinal == ordinal).Value);
    }

    /// <summary>
    /// <c>Math.MaxMagnitude</c> (<paramref name="wins"/> = Greater) and <c>MinMagnitude</c> (Less), as .NET defines
    /// them: the argument of larger (smaller) magnitude, NaN if <paramref name="x"/> is NaN, and on a tie of
    /// magnitudes <c>MaxMagnitude</c> takes the positive argument and <c>MinMagnitude</c> the negative one.
    /// </summary>
    private Node Magnitude(Node x, Node y, NodeKind wins)
    {
        Node ax = b.Call(MathFunctions.Abs, x), ay = b.Call(MathFunctions.Abs, y);
        Node takeX = b.Or(b.Compare(wins, ax, ay), b.Compare(NodeKind.NotEqual, ax, ax));
        Node negative = SignBit(x);
        Node tie = wins == NodeKind.Greater ? b.Select(negative, y, x) : b.Select(negative, x, y);
        return b.Select(takeX, x, b.Select(b.Compare(NodeKind.Equal, ax, ay), tie, y));
    }

    /// <summary>Whether the sign bit of <paramref name="x"/> is set (<c>double.IsNegative</c>: true for -0 and negative NaNs).</summary>
    private Node SignBit(Node x) => b.Compare(NodeKind.Less, b.Call(MathFunctions.CopySign, b.One(x.Type), x), b.Zero(x.Type));

    private static readonly string[] Classifications =
    {
        "IsNaN", "IsFinite", "IsInfinity", "IsPositiveInfinity", "IsNegativeInfinity", "IsNegative", "IsPositive", "IsNormal", "IsSubnormal",
    };

    /// <summary><c>double.IsNaN</c>, <c>IsFinite</c> and the other <see cref="Classifications"/>, as comparisons.</summary>
    private Node? Classification(string name, Node x, ValueType type)
    {
        Node infinity = b.Constant(double.PositiveInfinity, type);
        double smallestNormal = type == ValueType.Float ? 1.17549435E-38 : 2.2250738585072014E-308;
        return name switch
        {
            "IsNaN" => b.Compare(NodeKind.NotEqual, x, x),
            "IsFinite" => b.Compare(NodeKind.Less, b.Call(MathFunctions.Abs, x), infinity),
            "IsInfinity" => b.Compare(NodeKind.Equal, b.Call(MathFunctions.Abs, x), infinity),
            "IsPositiveInfinity" => b.Compare(NodeKind.Equal, x, infinity),
            "IsNegativeInfinity" => b.Compare(NodeKind.Equal, x, b.Constant(double.NegativeInfinity, type)),
            "IsNegative" => SignBit(x),
            "IsPositive" => b.Not(SignBit(x)),
            "IsNormal" => b.And(b.Compare(NodeKind.GreaterOrEqual, b.Call(MathFunctions.Abs, x), b.Constant(smallestNormal, type)), b.Compare(NodeKind.Less, b.Call(MathFunctions.Abs, x), infinity)),
            "IsSubnormal" => b.And(b.Compare(NodeKind.Greater, b.Call(MathFunctions.Abs, x), b.Zero(type)), b.Compare(NodeKind.Less, b.Call(MathFunctions.Abs, x), b.Constant(smallestNormal, type))),
            _ => null,
        };
    }

    /// <summary>
    /// <c>Round(x, mode)</c> and <c>Round(x, digits, mode)</c>, with a constant mode: the directed modes are exactly
    /// <c>Truncate</c>, <c>Floor</c> and <c>Ceiling</c>, <c>ToEven</c> is <c>Round(x)</c>; the others keep the call.
    /// </summary>
    private Node RoundWithMode(IInvocationOperation invocation, ValueType type, INamedTypeSymbol modeType)
    {
        IArgumentOperation modeArgument = invocation.Arguments.First(a => a.Parameter?.Ordinal == invocation.TargetMethod.Parameters.Length - 1);
        if (modeArgument.Value.ConstantValue is not { HasValue: true, Value: int mode }
            || modeType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, mode)) is not IFieldSymbol member)
        {
            return Unsupported(modeArgument, $"A rounding mode that is not a constant ('{modeArgument.Syntax}')", type);
        }

        Node x = Expr(invocation.Arguments.First(a => a.Parameter?.Ordinal == 0).Value);
        // The mode as an argument of the generated call: read like a constant field, printed by its name.
        Node modeNode = b.Field(KnownNames.QualifiedMemberName(member), ValueType.Int);
        if (invocation.TargetMethod.Parameters.Length == 3)
        {
            Node digits = Expr(invocation.Arguments.First(a => a.Parameter?.Ordinal == 1).Value);
            return b.Call(MathFunctions.RoundDigitsMode, x, digits, modeNode);
        }

        return member.Name switch
        {
            "ToEven" => b.Call(MathFunctions.Round, x),
            "ToZero" => b.Call(MathFunctions.Truncate, x),
            "ToNegativeInfinity" => b.Call(MathFunctions.Floor, x),
            "ToPositiveInfinity" => b.Call(MathFunctions.Ceiling, x),
            _ => b.Call(MathFunctions.RoundDigits, x, modeNode),
        };
    }

    /// <summary><c>Math.SinCos(x)</c> as the pair (<c>Sin(x)</c>, <c>Cos(x)</c>), or null for any other call.</summary>
    private (Node Sin, Node Cos)? SinCos(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        if (target.Name != "SinCos" || target.Parameters.Length != 1 || !(IsMath(target) || IsFloatingPointType(target.ContainingType))
            || KnownNames.NumericTypeOf(target.Parameters[0].Type) is null)
        {
            return null;
        }

        validator.DependOn(target.ContainingType);
        Node x = Expr(invocation.Arguments[0].Value);
        return (Origin(b.Call(MathFunctions.Sin, x), invocation.Syntax), Origin(b.Call(MathFunctions.Cos, x), invocation.Syntax));
    }
}
