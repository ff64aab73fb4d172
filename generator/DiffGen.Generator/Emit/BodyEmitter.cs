using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Turns the IR DAG of one generated method into statements a person would write.
/// </summary>
/// <remarks>
/// Each node used more than once, or too big to inline, gets a local (<c>t0</c>, <c>t1</c>, …), declared
/// in the innermost branch that dominates all its uses: work needed by one side of a <c>?:</c> is done
/// inside that side only, so scalar code evaluates exactly what C#'s own <c>?:</c> would (no wasted work,
/// no user method called on a path that does not take it). A select whose side needs locals becomes
/// <c>if</c>/<c>else</c>; otherwise it stays a <c>?:</c> expression.
/// <para>In a dialect that evaluates both sides (vectors) every select is a blend, with one exception placed by the
/// same machinery: a cold select (<see cref="Node.IsCold"/>: the refinement of a derivative at a tie) gets a branch
/// for its costly side, taken when any lane's condition is true, and blends there; otherwise it is its other side.
/// Lane by lane the result is the blend's, bit for bit. Work two cold blends share (the refinements of two inputs, or
/// of a derivative and of its own derivative) lands in their common scope, before both tests: merging their branches
/// would need one <c>if</c> assigning several locals, placed after every input of each.</para>
/// </remarks>
internal sealed class BodyEmitter
{
    private readonly Dictionary<Node, Scope> scopes = new();
    private readonly Dictionary<Node, string> locals = new();
    private readonly HashSet<Node> materialized = new();
    private readonly HashSet<Node> blocks = new();
    private readonly HashSet<Node> chained = new();
    private readonly Dictionary<(Node Owner, bool Then), Scope> branchScopes = new();
    private readonly HashSet<string> reservedNames;
    private readonly ExpressionPrinter printer;
    private readonly Scope root = new(null);
    private readonly Dialect dialect;
    private int nextLocal;

    private BodyEmitter(IReadOnlyList<Node> roots, IEnumerable<string> reservedNames, Dialect dialect)
    {
        this.reservedNames = new HashSet<string>(reservedNames);
        this.dialect = dialect;
        printer = new ExpressionPrinter(dialect, locals);
        Plan(roots);
    }

    /// <summary>
    /// Writes a method body that returns <paramref name="roots"/> (one value, or a tuple of several):
    /// <c>=&gt; expression;</c> when nothing needs a local, a block otherwise.
    /// </summary>
    /// <param name="writer">Where the body goes; the method header has been written.</param>
    /// <param name="roots">The returned values.</param>
    /// <param name="reservedNames">Names locals must not take (the parameters).</param>
    /// <param name="dialect">
    /// The spelling. A dialect that evaluates both sides of every select (vectors) has no branches: every node is
    /// placed in the method's own scope and selects are blends.
    /// </param>
    public static void WriteBody(CodeWriter writer, IReadOnlyList<Node> roots, IEnumerable<string> reservedNames, Dialect dialect)
    {
        var emitter = new BodyEmitter(roots, reservedNames, dialect);
        Node single = roots[0];
        bool simple = !emitter.root.Members.Any(emitter.materialized.Contains)
            && (roots.Count > 1 || !emitter.blocks.Contains(single));
        if (simple)
        {
            writer.Line("    => " + emitter.ReturnExpression(roots) + ";");
            return;
        }

        using (writer.Block())
        {
            emitter.WriteScope(writer, emitter.root, roots);
        }
    }

    private void Plan(IReadOnlyList<Node> roots)
    {
        List<Node> order = Graph.TopologicalOrder(roots);
        var uses = new Dictionary<Node, int>();
        foreach (Node r in roots)
        {
            uses[r] = uses.TryGetValue(r, out int u) ? u + 1 : 1;
            scopes[r] = root;
        }

        // Users before arguments: each node's scope is the deepest one that contains all its uses.
        for (int i = order.Count - 1; i >= 0; i--)
        {
            Node n = order[i];
            Scope scope = scopes[n];
            for (int j = 0; j < n.Args.Count; j++)
            {
                Node arg = n.Args[j];
                // Some calls print an argument more than once (see Dialect.TimesPrinted): give it a local. A cold blend
                // prints its condition in the test and the blend, and its cold side's alternative in both branches.
                int weight = dialect.TimesPrinted(n, j) * (IsColdBlend(n) && j != 1 ? 2 : 1);
                uses[arg] = uses.TryGetValue(arg, out int u) ? u + weight : weight;
                Scope use = LazyBranch(n, j) is bool then && (!dialect.EvaluatesBothSides || (then && IsColdBlend(n))) ? BranchScope(n, then, scope) : scope;
                scopes[arg] = scopes.TryGetValue(arg, out Scope? existing) ? Scope.Common(existing, use) : use;
            }
        }

        foreach (Node n in order)
        {
            scopes[n].Members.Add(n);
        }

        // Arguments before users: decide which nodes get locals.
        var size = new Dictionary<Node, int>();
        foreach (Node n in order)
        {
            if (n.IsLeaf)
            {
                size[n] = 0;
                continue;
            }

            // A cold blend skips its costly side whenever that side computes anything, even inline.
            bool block = IsColdBlend(n) ? BranchesOf(n).Any(s => s.Members.Any(m => !m.IsLeaf))
                : IsLazy(n) && BranchesOf(n).Any(s => s.Members.Any(materialized.Contains));
            if (block)
            {
                blocks.Add(n);
            }

            int inline = 1 + n.Args.Sum(a => materialized.Contains(a) ? 0 : size[a]);
            if (block || uses[n] > 1 || inline > dialect.MaxInlineSize)
            {
                materialized.Add(n);
                inline = 0;
            }

            size[n] = inline;
        }

        // A returned value is written by the return statement, not held in a local.
        if (roots.Count == 1 && uses[roots[0]] == 1)
        {
            materialized.Remove(roots[0]);
        }

        ChainLadders(roots, uses);
    }

    /// <summary>
    /// Keeps a chain of branches flat: a branching value used only as a side of another one (<c>if (x &lt; 0) return a;
    /// if (x &lt; 1) return b; …</c>) is written in that side's place, not as a local in a block nested one level deeper
    /// per rung, which made the output quadratic in the number of rungs (a 1,500-rung ladder gave 44 MB). Returned,
    /// the side becomes the next <c>if</c> at the same level; assigned, the next <c>else if</c>.
    /// </summary>
    private void ChainLadders(IReadOnlyList<Node> roots, Dictionary<Node, int> uses)
    {
        var work = new Stack<(Node Block, bool Returned)>();
        foreach (Node n in blocks)
        {
            work.Push((n, roots.Count == 1 && ReferenceEquals(n, roots[0]) && !materialized.Contains(n)));
        }

        while (work.Count > 0)
        {
            (Node n, bool returned) = work.Pop();
            if (IsColdBlend(n))
            {
                // Its branch ends with the blend, not with one of its sides.
                continue;
            }

            foreach ((bool then, Node side) in Sides(n))
            {
                // Assigned, only the else side can become "else if", and only if nothing else is computed there first.
                if (!blocks.Contains(side) || uses[side] != 1 || chained.Contains(side) || !branchScopes.TryGetValue((n, then), out Scope? scope)
                    || scopes[side] != scope || (!returned && (then || scope.Members.Any(m => m != side && materialized.Contains(m)))))
                {
                    continue;
                }

                materialized.Remove(side);
                chained.Add(side);
                work.Push((side, returned));
            }
        }
    }

    /// <summary>The sides of a lazy node that hold a value (not a literal <c>true</c>/<c>false</c>), with which side each is.</summary>
    private static IEnumerable<(bool Then, Node Value)> Sides(Node n) => n.Kind switch
    {
        NodeKind.Select => new[] { (true, n.Args[1]), (false, n.Args[2]) },
        NodeKind.And => new[] { (true, n.Args[1]) },
        NodeKind.Or => new[] { (false, n.Args[1]) },
        _ => System.Array.Empty<(bool, Node)>(),
    };

    private static bool IsLazy(Node n) => n.Kind is NodeKind.Select or NodeKind.And or NodeKind.Or;

    /// <summary>
    /// Whether <paramref name="n"/> is a cold select in a dialect that blends: written <c>if (any lane of c) { …; c ?
    /// a : b blended } else b</c>, with the work only <c>a</c> needs inside the branch.
    /// </summary>
    private bool IsColdBlend(Node n) => n.IsCold && dialect.EvaluatesBothSides && dialect.SkipsColdSides;

    /// <summary>For an argument evaluated only on one side of a lazy node: true for the "then" side, false for "else".</summary>
    private static bool? LazyBranch(Node n, int argument) => (n.Kind, argument) switch
    {
        (NodeKind.Select, 1) => true,
        (NodeKind.Select, 2) => false,
        (NodeKind.And, 1) => true,
        (NodeKind.Or, 1) => false,
        _ => null,
    };

    private Scope BranchScope(Node owner, bool then, Scope parent)
    {
        if (!branchScopes.TryGetValue((owner, then), out Scope? scope))
        {
            scope = new Scope(parent);
            branchScopes.Add((owner, then), scope);
        }

        return scope;
    }

    private IEnumerable<Scope> BranchesOf(Node n)
    {
        foreach (bool then in new[] { true, false })
        {
            if (branchScopes.TryGetValue((n, then), out Scope? s))
            {
                yield return s;
            }
        }
    }

    private string ReturnExpression(IReadOnlyList<Node> roots) =>
        roots.Count == 1 ? printer.Print(roots[0]) : "(" + string.Join(", ", roots.Select(printer.Print)) + ")";

    /// <summary>Writes the locals of <paramref name="scope"/>, then returns <paramref name="roots"/>.</summary>
    private void WriteScope(CodeWriter w, Scope scope, IReadOnlyList<Node> roots)
    {
        WriteLocals(w, scope);
        Node single = roots[0];
        if (roots.Count == 1 && blocks.Contains(single) && !materialized.Contains(single) && scopes[single] == scope)
        {
            // return c ? a : b, with work on either side: if (c) { ...; return a; } ...; return b;
            (string condition, Branch then, Branch otherwise) = Parts(single);
            using (w.Block("if (" + condition + ")"))
            {
                WriteBranch(w, then, null);
            }

            WriteBranch(w, otherwise, null);
            return;
        }

        w.Line("return " + ReturnExpression(roots) + ";");
    }

    private void WriteLocals(CodeWriter w, Scope scope)
    {
        foreach (Node n in scope.Members)
        {
            if (!materialized.Contains(n))
            {
                continue;
            }

            string name = NewLocal();
            if (blocks.Contains(n))
            {
                (string condition, Branch then, Branch otherwise) = Parts(n);
                w.Line(dialect.LocalType(n) + " " + name + ";");
                using (w.Block("if (" + condition + ")"))
                {
                    WriteBranch(w, then, name);
                }

                // A ladder stays flat: see ChainLadders.
                while (otherwise.Value is Node next && chained.Contains(next))
                {
                    (condition, then, otherwise) = Parts(next);
                    using (w.Block("else if (" + condition + ")"))
                    {
                        WriteBranch(w, then, name);
                    }
                }

                using (w.Block("else"))
                {
                    WriteBranch(w, otherwise, name);
                }
            }
            else
            {
                w.Line(dialect.LocalType(n) + " " + name + " = " + printer.Print(n) + ";");
            }

            locals[n] = name;
        }
    }

    /// <summary>Writes one side of a lazy node: its locals, then an assignment to <paramref name="target"/> or a return.</summary>
    private void WriteBranch(CodeWriter w, Branch branch, string? target)
    {
        if (target is null)
        {
            if (branch.Scope is not null)
            {
                WriteScope(w, branch.Scope, new[] { branch.Value! });
            }
            else
            {
                w.Line("return " + (branch.Value is null ? branch.Literal : printer.Print(branch.Value)) + ";");
            }

            return;
        }

        if (branch.Scope is not null)
        {
            WriteLocals(w, branch.Scope);
        }

        w.Line(target + " = " + (branch.Value is null ? branch.Literal : printer.Print(branch.Value)) + ";");
    }

    private (string Condition, Branch Then, Branch Else) Parts(Node n)
    {
        string condition = printer.Print(n.Args[0]);
        if (IsColdBlend(n))
        {
            // The branch computes the costly side and blends; with no lane taking it, the value is the other side.
            return (dialect.AnyLane(condition), new Branch(Find(n, true), n, null), new Branch(null, n.Args[2], null));
        }

        Branch then = n.Kind == NodeKind.Or ? new Branch(null, null, "true") : new Branch(Find(n, true), n.Args[1], null);
        Branch otherwise = n.Kind switch
        {
            NodeKind.Select => new Branch(Find(n, false), n.Args[2], null),
            NodeKind.Or => new Branch(Find(n, false), n.Args[1], null),
            _ => new Branch(null, null, "false"),
        };
        return (condition, then, otherwise);
    }

    private Scope? Find(Node owner, bool then) => branchScopes.TryGetValue((owner, then), out Scope? s) ? s : null;

    private string NewLocal()
    {
        string name;
        do
        {
            name = GeneratedNames.LocalPrefix + nextLocal.ToString(CultureInfo.InvariantCulture);
            nextLocal++;
        }
        while (reservedNames.Contains(name));

        return name;
    }

    /// <summary>One side of a lazy node: its own scope (if any work happens there) and its value, or a literal.</summary>
    private sealed record Branch(Scope? Scope, Node? Value, string? Literal);

    /// <summary>A block of the generated body: the method itself, or one side of a lazy node.</summary>
    private sealed class Scope
    {
        public Scope(Scope? parent)
        {
            Parent = parent;
            Depth = parent is null ? 0 : parent.Depth + 1;
        }

        public Scope? Parent { get; }

        public int Depth { get; }

        /// <summary>The nodes placed here, in topological order.</summary>
        public List<Node> Members { get; } = new();

        /// <summary>The innermost scope containing both.</summary>
        public static Scope Common(Scope a, Scope b)
        {
            while (a.Depth > b.Depth)
            {
                a = a.Parent!;
            }

            while (b.Depth > a.Depth)
            {
                b = b.Parent!;
            }

            while (a != b)
            {
                a = a.Parent!;
                b = b.Parent!;
            }

            return a;
        }
    }
}
