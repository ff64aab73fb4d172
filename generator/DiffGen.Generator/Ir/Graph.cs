using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>Walks over IR DAGs without recursion, so depth never threatens the stack.</summary>
internal static class Graph
{
    /// <summary>The nodes reachable from <paramref name="roots"/>, arguments before users (ascending id).</summary>
    public static List<Node> TopologicalOrder(IEnumerable<Node> roots)
    {
        var seen = new HashSet<Node>();
        var stack = new Stack<Node>();
        foreach (Node root in roots)
        {
            if (seen.Add(root))
            {
                stack.Push(root);
            }
        }

        var result = new List<Node>();
        while (stack.Count > 0)
        {
            Node node = stack.Pop();
            result.Add(node);
            foreach (Node arg in node.Args)
            {
                if (seen.Add(arg))
                {
                    stack.Push(arg);
                }
            }
        }

        // Ids grow with creation and arguments are made before their users.
        result.Sort((x, y) => x.Id.CompareTo(y.Id));
        return result;
    }
}
