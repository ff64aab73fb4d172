using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit;

/// <summary>The pieces of generated doc comments more than one writer uses.</summary>
internal static class DocComments
{
    /// <summary>Formulas longer than this are not shown in doc comments.</summary>
    private const int MaxFormulaLength = 400;

    /// <summary>Writes <c>/// prefix formula</c>, the formula in plain math.</summary>
    public static void WriteFormula(CodeWriter w, string prefix, Node node)
    {
        string? text = new ExpressionPrinter(MathDialect.Instance, maxLength: MaxFormulaLength).TryPrint(Conventional(node));
        w.Line("/// " + Xml(prefix + (text is not null && text.Length <= MaxFormulaLength ? text : "(too long to show here; see the code below)")));
    }

    /// <summary>
    /// The derivative by the kink conventions alone: where kinks of several subexpressions may cancel, the
    /// differentiator wraps it as <c>select(tie, select(agree, common one-sided value, conventional), conventional)</c>
    /// (README, "Conventions at kinks"); the doc comment shows the formula a reader knows, not that cold path.
    /// </summary>
    private static Node Conventional(Node node) =>
        node is { Kind: NodeKind.Select } && node.Args[1] is { Kind: NodeKind.Select } refined && ReferenceEquals(refined.Args[2], node.Args[2])
            ? node.Args[2]
            : node;

    /// <summary><paramref name="text"/> escaped for XML.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
