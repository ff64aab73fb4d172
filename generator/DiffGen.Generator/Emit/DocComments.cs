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
        string? text = new ExpressionPrinter(MathDialect.Instance, maxLength: MaxFormulaLength).TryPrint(node);
        w.Line("/// " + Xml(prefix + (text is not null && text.Length <= MaxFormulaLength ? text : "(too long to show here; see the code below)")));
    }

    /// <summary><paramref name="text"/> escaped for XML.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
