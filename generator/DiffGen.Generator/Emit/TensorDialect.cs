using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Compilable C# on TorchSharp tensors: the method as tensor operations (<c>torch.where</c>, <c>torch.exp</c>, C#'s
/// arithmetic operators on <c>Tensor</c>, comparisons as <c>lt</c>/<c>ge</c>/…), the path of DiffGen's tensor
/// functions on every device but the CPU. A node that depends on no input (a literal, a field, arithmetic on them) is
/// plain scalar C#, which TorchSharp's operators take as a <c>Scalar</c>; where a tensor is needed instead (a side of
/// <c>torch.where</c>, an argument of <c>torch.exp</c>) it becomes a 0-dimensional tensor on the first input's device.
/// </summary>
/// <remarks>
/// Both sides of every select are computed on every element, and <c>torch.where</c> keeps each element's own side, so
/// an Inf or NaN on the side not taken never reaches the value. The backward pass is printed from the plan's backward
/// roots, in which the derivative of a select is the select of the sides' derivatives: the <c>where</c> is its last
/// operation too, so the gradient is NaN-safe as well (torch's autograd of a composed <c>where</c> is not: it multiplies
/// the side not taken by a zero mask, and 0 · ∞ is NaN). Only graphs <see cref="Obstacle"/> accepts reach this dialect.
/// </remarks>
internal sealed class TensorDialect : Dialect
{
    private const string Torch = "global::TorchSharp.torch";

    /// <summary>The runtime helper making a 0-dimensional tensor of a scalar on another tensor's device.</summary>
    private const string ScalarTensor = "global::DiffGen.TorchSharp.ScalarTensor.Like";

    private readonly string like;
    private readonly Dictionary<Node, string> callees = new();

    /// <summary>Creates the dialect of <paramref name="plan"/>'s tensor operations.</summary>
    public TensorDialect(MethodPlan plan)
    {
        like = plan.Names[0];

        // A [Differentiable] callee of the same type has its own FTensorOperations in the same generated code (one of
        // another type may live in an assembly without DiffGen.TorchSharp): its value and derivative come from there.
        string container = plan.Qualified.Substring(0, plan.Qualified.LastIndexOf('.') + 1);
        foreach (KeyValuePair<Node, string> callee in plan.CalleeKernels)
        {
            if (callee.Value.StartsWith(container, System.StringComparison.Ordinal) && callee.Value.IndexOf('.', container.Length) < 0)
            {
                callees[callee.Key] = GeneratedNames.TensorOperationsStruct(callee.Value);
            }
        }
    }

    /// <summary>The tensor-operations structs of the callees this method's operations call.</summary>
    public IEnumerable<string> Callees => new SortedSet<string>(callees.Values, System.StringComparer.Ordinal);

    /// <summary>The C# type of a tensor-valued local.</summary>
    public const string TensorType = Torch + ".Tensor";

    /// <inheritdoc/>
    public override bool EvaluatesBothSides => true;

    /// <summary>Tensor operations are calls: fewer per line keeps lines readable.</summary>
    public override int MaxInlineSize => 8;

    /// <inheritdoc/>
    public override string LocalType(Node n) =>
        n.Type == ValueType.Tuple ? TensorType + "[]" : IsTensor(n) ? TensorType : base.LocalType(n);

    /// <inheritdoc/>
    public override int Precedence(Node n) => !IsTensor(n) ? ScalarDialect.Instance.Precedence(n) : n.Kind switch
    {
        NodeKind.Negate => Unary,
        NodeKind.Multiply or NodeKind.Divide => Multiplicative,
        NodeKind.Add or NodeKind.Subtract => Additive,
        NodeKind.Select when !IsTensor(n.Args[0]) => Conditional,
        _ => Primary,
    };

    /// <inheritdoc/>
    public override bool Write(ExpressionPrinter p, Node n, int precedence)
    {
        if (!IsTensor(n))
        {
            return ScalarDialect.Instance.Write(p, n, precedence);
        }

        switch (n.Kind)
        {
            case NodeKind.Input:
                return p.Append(GeneratedNames.Identifier(n.InputName));
            case NodeKind.Negate:
                return Negate(p, n);
            case NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide:
                // TorchSharp's operators take a Scalar on either side (a scalar minus a tensor is -x + c, exact).
                return Binary(p, n, precedence, Operator(n.Kind));
            case NodeKind.Convert:
                return p.Write(n.Args[0], Primary) && p.Append($".to_type({Torch}.ScalarType.{(n.Type == ValueType.Float ? "Float32" : "Float64")})");
            case NodeKind.Not:
                return p.Write(n.Args[0], Primary) && p.Append(".logical_not()");
            case NodeKind.And or NodeKind.Or:
                return Method(p, n.Kind == NodeKind.And ? "logical_and" : "logical_or", n.Args[0], n.Args[1]);
            case NodeKind.Select when !IsTensor(n.Args[0]):
                // A condition on constants only: C#'s own ?:, both sides tensors.
                return p.Write(n.Args[0], Conditional + 1) && p.Append(" ? ") && WriteTensor(p, n.Args[1], Conditional + 1)
                    && p.Append(" : ") && WriteTensor(p, n.Args[2], Conditional);
            case NodeKind.Select:
                return p.Append(Torch + ".where(") && p.Write(n.Args[0], 0) && p.Append(", ") && WriteTensor(p, n.Args[1], 0)
                    && p.Append(", ") && WriteTensor(p, n.Args[2], 0) && p.Append(")");
            case NodeKind.Call:
                return WriteCall(p, n);
            case NodeKind.UserCall:
                return p.Append($"default({callees[n]}).{GeneratedNames.ForwardMember}(") && WriteArray(p, n.Args) && p.Append(")");
            case NodeKind.UserDerivative when n.Type == ValueType.Tuple:
                // The callee's FBackward(a, b, 1): its TupleArity arguments, then the seed as a 0-d tensor.
                return p.Append($"default({callees[n]}).{GeneratedNames.BackwardMember}(") && WriteArray(p, n.Args.Take(n.TupleArity))
                    && p.Append(", ") && WriteTensor(p, n.Args[n.Args.Count - 1], 0) && p.Append(")");
            case NodeKind.UserDerivative:
                // The callee's FDerivative(x): its backward operations with the seed 1.
                return p.Append($"default({callees[n]}).{GeneratedNames.BackwardMember}(") && WriteArray(p, n.Args)
                    && p.Append($", {ScalarTensor}({like}, {ExpressionPrinter.CSharpLiteral(1, n.Type)}))[0]");
            case NodeKind.Item:
                return p.Write(n.Args[0], Primary) && p.Append("[" + n.ItemIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
            default:
                return WriteComparison(p, n);
        }
    }

    /// <summary>
    /// What keeps the graphs <paramref name="roots"/> from being written as tensor operations, or null when nothing
    /// does: an operation on the inputs with no tensor spelling (a call to a user method, a <c>[DerivativeOf]</c>
    /// derivative or another <c>[Differentiable]</c> method, integer arithmetic, a Math function TorchSharp has no
    /// equal of, <c>%</c>). Work on constants alone is scalar C# and always fine.
    /// </summary>
    public string? Obstacle(IEnumerable<Node> roots)
    {
        foreach (Node n in Graph.TopologicalOrder(new List<Node>(roots)))
        {
            if (IsTensor(n) && Why(n) is string why)
            {
                return why;
            }
        }

        return null;
    }

    private string? Why(Node n)
    {
        if (callees.ContainsKey(n) || (n.Kind == NodeKind.Item && callees.ContainsKey(n.Args[0])))
        {
            return null;
        }

        if (n.Type is ValueType.Int or ValueType.Tuple)
        {
            return n.Kind is NodeKind.UserCall or NodeKind.UserDerivative ? $"the call to {n.Callee}"
                : n.Kind == NodeKind.Call ? $"Math.{n.Function!.Name} (an integer result)"
                : $"integer arithmetic ({n.Kind})";
        }

        return n.Kind switch
        {
            NodeKind.UserCall or NodeKind.UserDerivative => $"the call to {n.Callee}",
            NodeKind.Item => $"the call to {n.Args[0].Callee}",
            NodeKind.Remainder => "the remainder operator %",
            NodeKind.Call when n.Function == MathFunctions.Clamp && !VectorSupport.HasOrderedConstantBounds(n) =>
                "Math.Clamp with bounds that are not ordered constants",
            NodeKind.Call when n.Function!.Tensor is null => $"Math.{n.Function.Name}",
            _ => null,
        };
    }

    /// <summary><c>new[] { a, b }</c>: tensors (a scalar becomes a 0-dimensional tensor).</summary>
    private bool WriteArray(ExpressionPrinter p, IEnumerable<Node> items)
    {
        p.Append("new[] { ");
        bool first = true;
        foreach (Node item in items)
        {
            if ((!first && !p.Append(", ")) || !WriteTensor(p, item, 0))
            {
                return false;
            }

            first = false;
        }

        return p.Append(" }");
    }

    /// <summary>Whether <paramref name="n"/> is a tensor here: whether it depends on an input (the seed included).</summary>
    private static bool IsTensor(Node n) => n.DependsOnInput;

    /// <summary>Writes <paramref name="n"/> where a tensor is needed: a scalar becomes a 0-dimensional tensor.</summary>
    private bool WriteTensor(ExpressionPrinter p, Node n, int precedence) =>
        IsTensor(n) ? p.Write(n, precedence) : p.Append(ScalarTensor + "(" + like + ", ") && p.Write(n, 0) && p.Append(")");

    private bool WriteCall(ExpressionPrinter p, Node n)
    {
        p.Append(Torch + "." + n.Function!.Tensor + "(");
        for (int i = 0; i < n.Args.Count; i++)
        {
            if ((i > 0 && !p.Append(", ")) || !WriteTensor(p, n.Args[i], 0))
            {
                return false;
            }
        }

        return p.Append(")");
    }

    /// <summary><c>a.lt(b)</c>; a scalar on the left swaps the sides (<c>c &lt; x</c> is <c>x &gt; c</c>, NaN included).</summary>
    private bool WriteComparison(ExpressionPrinter p, Node n)
    {
        bool swap = !IsTensor(n.Args[0]);
        string name = (n.Kind, swap) switch
        {
            (NodeKind.Less, false) or (NodeKind.Greater, true) => "lt",
            (NodeKind.LessOrEqual, false) or (NodeKind.GreaterOrEqual, true) => "le",
            (NodeKind.Greater, false) or (NodeKind.Less, true) => "gt",
            (NodeKind.GreaterOrEqual, false) or (NodeKind.LessOrEqual, true) => "ge",
            (NodeKind.Equal, _) => "eq",
            (NodeKind.NotEqual, _) => "ne",
            _ => throw new System.InvalidOperationException($"{n.Kind} has no tensor form."),
        };
        return swap ? Method(p, name, n.Args[1], n.Args[0]) : Method(p, name, n.Args[0], n.Args[1]);
    }

    /// <summary><c>receiver.name(argument)</c>: the receiver a tensor, the argument a tensor or a <c>Scalar</c>.</summary>
    private bool Method(ExpressionPrinter p, string name, Node receiver, Node argument) =>
        WriteTensor(p, receiver, Primary) && p.Append("." + name + "(")
        && (argument.Type == ValueType.Bool ? WriteTensor(p, argument, 0) : p.Write(argument, 0)) && p.Append(")");
}
