using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis;

/// <summary>
/// For each node, the paths under which it is evaluated: the branch conditions (of <c>?:</c>,
/// <c>if</c>/<c>else</c>, <c>&amp;&amp;</c>, <c>||</c>) that guard it. A node shared by several paths is
/// evaluated in their union; past <see cref="MaxPaths"/> paths a node is treated as unguarded, which
/// only makes the analyses more cautious.
/// </summary>
internal static class PathConditions
{
    /// <summary>The most distinct paths kept per node.</summary>
    public const int MaxPaths = 16;

    /// <summary>
    /// The guarding paths of every node reachable from a root, given as those nodes in topological order
    /// (<see cref="Graph.TopologicalOrder"/> of the root: the root last); an empty path means unguarded.
    /// </summary>
    public static Dictionary<Node, List<Literal[]>> Compute(List<Node> order)
    {
        Node root = order[order.Count - 1];
        var paths = new Dictionary<Node, Dictionary<string, Literal[]>>
        {
            [root] = new() { [string.Empty] = System.Array.Empty<Literal>() },
        };

        for (int i = order.Count - 1; i >= 0; i--)
        {
            Node n = order[i];
            Dictionary<string, Literal[]> own = paths[n];
            for (int j = 0; j < n.Args.Count; j++)
            {
                Literal? guard = Guard(n, j);
                if (!paths.TryGetValue(n.Args[j], out Dictionary<string, Literal[]>? target))
                {
                    paths[n.Args[j]] = target = new Dictionary<string, Literal[]>();
                }

                foreach (Literal[] path in own.Values)
                {
                    Add(target, guard is Literal g ? path.Append(g).ToArray() : path);
                }
            }
        }

        return paths.ToDictionary(p => p.Key, p => p.Value.Values.ToList());
    }

    private static void Add(Dictionary<string, Literal[]> set, Literal[] path)
    {
        if (set.ContainsKey(string.Empty))
        {
            return;
        }

        if (path.Length == 0 || set.Count >= MaxPaths)
        {
            set.Clear();
            set[string.Empty] = System.Array.Empty<Literal>();
            return;
        }

        set[string.Join(",", path.Select(l => (l.Holds ? "+" : "-") + l.Condition.Id))] = path;
    }

    /// <summary>The condition under which argument <paramref name="argument"/> of a lazy node is evaluated.</summary>
    private static Literal? Guard(Node n, int argument) => (n.Kind, argument) switch
    {
        (NodeKind.Select, 1) => new Literal(n.Args[0], true),
        (NodeKind.Select, 2) => new Literal(n.Args[0], false),
        (NodeKind.And, 1) => new Literal(n.Args[0], true),
        (NodeKind.Or, 1) => new Literal(n.Args[0], false),
        _ => null,
    };
}
