using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit;

/// <summary>
/// The second- and third-order part of a <see cref="MethodPlan"/> (<c>[Differentiable(Order = 2)]</c> or 3): the
/// derivative DAG differentiated again by <see cref="Differentiator.NextGradient"/>, the roots of every second-order
/// member, whether their kernels run on vectors, and their names.
/// </summary>
internal sealed class SecondOrderPlan
{
    private readonly Dictionary<string, string> directions = new(), products = new(), secondGradients = new();

    /// <summary>Plans the second-order members of <paramref name="m"/>; <paramref name="taken"/> holds the names already used.</summary>
    public SecondOrderPlan(MethodPlan m, LoweredMethod lowered, HashSet<string> taken, CancellationToken cancellationToken)
    {
        GraphBuilder b = lowered.Builder;
        IReadOnlyList<Node> inputs = lowered.Inputs;
        int n = inputs.Count;
        ValueType type = lowered.Type;
        foreach (string name in m.Names)
        {
            string bare = name.TrimStart('@');
            directions[name] = GeneratedNames.Free(taken, GeneratedNames.DirectionPrefix + bare, GeneratedNames.DirectionPrefix + "_" + bare);
            products[name] = GeneratedNames.Free(taken, GeneratedNames.ProductPrefix + bare, GeneratedNames.ProductPrefix + "_" + bare);
            secondGradients[name] = GeneratedNames.Free(taken, GeneratedNames.SecondGradientPrefix + bare, GeneratedNames.SecondFallbackPrefix + bare);
        }

        SeedGradient = GeneratedNames.Free(taken, GeneratedNames.GradientPrefix + m.Seed, GeneratedNames.SecondFallbackPrefix + m.Seed);
        Node dy = b.Input(n, m.Seed, type);
        Node[] dd = m.Names.Select((name, i) => b.Input(n + 1 + i, secondGradients[name], type)).ToArray();
        if (m.Single)
        {
            Second = Differentiator.NextGradient(b, m.Gradient[0], inputs, cancellationToken)[0] ?? b.Zero(type);
            Third = lowered.Order > 2 ? Differentiator.NextGradient(b, Second, inputs, cancellationToken)[0] ?? b.Zero(type) : null;

            // FBackward(x, dy) = dy · F'(x); its backward pass given ddx: (ddx · dy · F''(x), ddx · F'(x)).
            BackwardBackwardRoots = new[] { b.Multiply(b.Multiply(dd[0], dy), Second), b.Multiply(dd[0], m.Gradient[0]) };
            HessianVectorProductRoots = System.Array.Empty<Node>();
        }
        else
        {
            // H·v is the gradient of ∇F·v (forward over the derivative DAG once per input): linear in the method's size.
            Node[] v = m.Names.Select((name, i) => b.Input(2 * n + 1 + i, directions[name], type)).ToArray();
            HessianVectorProductRoots = Product(b, m.Gradient, v, inputs, cancellationToken).Products;
            BackwardBackwardRoots = System.Array.Empty<Node>();
        }

        // Several inputs: the double backward's vector body calls the Hessian-vector product's and the backward pass's.
        IEnumerable<Node> vectorRoots = m.Single ? BackwardBackwardRoots : HessianVectorProductRoots;
        vectorRoots = Second is null ? vectorRoots : vectorRoots.Append(Second);
        vectorRoots = Third is null ? vectorRoots : vectorRoots.Append(Third);
        string? obstacle = m.Vectorized ? VectorSupport.Obstacle(vectorRoots.ToArray(), type) : null;
        ScalarReason = m.ScalarReason is string first ? first
            : obstacle is not null ? obstacle + " (in the second derivative) has no vector form in DiffGen"
            : null;
        if (!m.Single && !Vectorized)
        {
            // FBackward(a, …, dy) = dy · ∇F; its backward pass given (dda, …) is (dy · H·dd, ∇F·dd). Where the second
            // order vectorizes it calls the Hessian-vector product and the backward pass instead (see
            // SecondOrderWriter); only the scalar fallback needs the double backward as a graph of its own.
            (Node[] hdd, Node sum) = Product(b, m.Gradient, dd, inputs, cancellationToken);
            BackwardBackwardRoots = hdd.Select(h => b.Multiply(dy, h)).Append(sum).ToArray();
        }
    }

    /// <summary>d²F/dx² (one input).</summary>
    public Node? Second { get; }

    /// <summary>d³F/dx³ (one input, <c>Order = 3</c>).</summary>
    public Node? Third { get; }

    /// <summary>The Hessian-vector product's entries (several inputs).</summary>
    public IReadOnlyList<Node> HessianVectorProductRoots { get; }

    /// <summary>
    /// The double backward's results: one per input, then the seed's gradient. Empty for several inputs where the
    /// second order vectorizes: the double backward then calls the Hessian-vector product and the backward pass.
    /// </summary>
    public IReadOnlyList<Node> BackwardBackwardRoots { get; private set; }

    /// <summary>Why the second-order kernels run one element at a time, or null when they run on vectors.</summary>
    public string? ScalarReason { get; }

    /// <summary>Whether the function struct implements the second-order vector interface and the kernels call its drivers.</summary>
    public bool Vectorized => ScalarReason is null;

    /// <summary>The gradient of the seed <c>dy</c> that <c>FBackwardBackward</c> returns: <c>ddy</c>.</summary>
    public string SeedGradient { get; }

    /// <summary>The direction of an input in the Hessian-vector product: <c>a</c> → <c>va</c>.</summary>
    public string Direction(string parameter) => directions[parameter];

    /// <summary>The Hessian-vector product's entry of an input: <c>a</c> → <c>ha</c>.</summary>
    public string Product(string parameter) => products[parameter];

    /// <summary>The incoming gradient of <c>FBackward</c>'s output for an input: <c>a</c> → <c>dda</c>.</summary>
    public string SecondGradient(string parameter) => secondGradients[parameter];

    /// <summary>H·v for the direction <paramref name="v"/>, and ∇F·v.</summary>
    private static (Node[] Products, Node Sum) Product(GraphBuilder b, IReadOnlyList<Node> gradient, Node[] v, IReadOnlyList<Node> inputs, CancellationToken cancellationToken)
    {
        Node sum = b.Multiply(gradient[0], v[0]);
        for (int j = 1; j < gradient.Count; j++)
        {
            sum = b.Add(sum, b.Multiply(gradient[j], v[j]));
        }

        Node[] products = Differentiator.NextGradient(b, sum, inputs, cancellationToken).Select(h => h ?? b.Zero(v[0].Type)).ToArray();
        return (products, sum);
    }
}
