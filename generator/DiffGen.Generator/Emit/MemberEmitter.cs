using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.FrontEnd;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the generated members of one [Differentiable] method <c>F</c>: <c>FDerivative</c> (one input),
/// <c>FBackward</c>, and the forward and backward span kernels. The names and shapes are a contract.
/// </summary>
internal static class MemberEmitter
{
    /// <summary>Formulas longer than this are not shown in doc comments.</summary>
    private const int MaxFormulaLength = 400;

    /// <summary>Emits the members of <paramref name="method"/>, lowered to <paramref name="lowered"/>.</summary>
    public static string Emit(IMethodSymbol method, LoweredMethod lowered, bool spans, CancellationToken cancellationToken)
    {
        GraphBuilder b = lowered.Builder;
        Node[] gradient = Differentiator.Gradient(b, lowered.Result, lowered.Inputs, cancellationToken)
            .Select(g => g ?? b.Zero(lowered.Type))
            .ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        var m = new Signature(method, lowered.Type);
        var w = new CodeWriter();
        if (m.Names.Count == 1)
        {
            WriteDerivative(w, m, lowered, gradient[0]);
            w.Line();
            WriteSingleBackward(w, m);
        }
        else
        {
            WriteMultiBackward(w, m, lowered, gradient);
        }

        if (spans)
        {
            w.Line();
            WriteForwardKernel(w, m);
            w.Line();
            WriteBackwardKernel(w, m);
        }

        return w.ToString();
    }

    private static void WriteDerivative(CodeWriter w, Signature m, LoweredMethod lowered, Node derivative)
    {
        string x = m.Names[0];
        w.Line($"/// <summary>")
         .Line($"/// The derivative of <see cref=\"{m.Cref}\"/> with respect to <paramref name=\"{x}\"/>:")
         .Line("/// <code>");
        WriteFormula(w, $"d/d{x} {m.Name}({x}) = ", derivative);
        w.Line("/// </code>")
         .Line("/// </summary>")
         .Line($"/// <param name=\"{x}\">The point at which to differentiate.</param>")
         .Line($"/// <returns>d{m.Name}/d{x} at <paramref name=\"{x}\"/>.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static {m.T} {m.Name}Derivative({m.Parameters})");
        BodyEmitter.WriteBody(w, new[] { derivative }, m.Names);
    }

    private static void WriteSingleBackward(CodeWriter w, Signature m)
    {
        string x = m.Names[0];
        w.Line($"/// <summary>The backward pass (vector-Jacobian product) of <see cref=\"{m.Cref}\"/>: <c>dy · d{m.Name}/d{x}</c>.</summary>")
         .Line($"/// <param name=\"{x}\">The input of the forward pass.</param>")
         .Line("/// <param name=\"dy\">The gradient of the loss with respect to the output.</param>")
         .Line($"/// <returns>The gradient of the loss with respect to <paramref name=\"{x}\"/>.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static {m.T} {m.Name}Backward({m.Parameters}, {m.T} dy)")
         .Line($"    => dy * {m.Name}Derivative({m.Arguments});");
    }

    private static void WriteMultiBackward(CodeWriter w, Signature m, LoweredMethod lowered, Node[] gradient)
    {
        GraphBuilder b = lowered.Builder;
        Node dy = b.Input(m.Names.Count, "dy", lowered.Type);
        Node[] roots = gradient.Select(g => b.Multiply(dy, g)).ToArray();
        w.Line("/// <summary>")
         .Line($"/// The backward pass (vector-Jacobian product) of <see cref=\"{m.Cref}\"/>: <c>dy</c> times each partial derivative,")
         .Line("/// <code>");
        for (int i = 0; i < gradient.Length; i++)
        {
            WriteFormula(w, $"∂{m.Name}/∂{m.Names[i]} = ", gradient[i]);
        }

        w.Line("/// </code>")
         .Line("/// </summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">Input of the forward pass.</param>");
        }

        w.Line("/// <param name=\"dy\">The gradient of the loss with respect to the output.</param>")
         .Line("/// <returns>The gradients of the loss with respect to each input, in parameter order.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static ({string.Join(", ", m.Names.Select(n => $"{m.T} {Signature.GradientName(n)}"))}) {m.Name}Backward({m.Parameters}, {m.T} dy)");
        BodyEmitter.WriteBody(w, roots, m.Names.Append("dy"));
    }

    private static void WriteForwardKernel(CodeWriter w, Signature m)
    {
        w.Line($"/// <summary>Forward kernel: <c>y[i] = {m.Name}({string.Join(", ", m.Names.Select(n => n + "[i]"))})</c> for every element.</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">Input spans, all of one length.</param>");
        }

        w.Line("/// <param name=\"y\">Receives the outputs; may be the same memory as an input.</param>")
         .Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}({m.ReadOnlySpans(m.Names)}, global::System.Span<{m.T}> y)");
        using (w.Block())
        {
            WriteLengthChecks(w, m.Names[0], m.Names.Skip(1).Append("y"));
            using (w.Block($"for (int {m.Index} = 0; {m.Index} < {m.Names[0]}.Length; {m.Index}++)"))
            {
                w.Line($"y[{m.Index}] = {m.Name}({string.Join(", ", m.Names.Select(n => $"{n}[{m.Index}]"))});");
            }
        }
    }

    private static void WriteBackwardKernel(CodeWriter w, Signature m)
    {
        IEnumerable<string> gradients = m.Names.Select(Signature.GradientName);
        w.Line($"/// <summary>Backward kernel: applies <c>{m.Name}Backward</c> to every element.</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">Inputs of the forward pass.</param>");
        }

        w.Line("/// <param name=\"dy\">Gradients of the loss with respect to the outputs.</param>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{Signature.GradientName(name)}\">Receives the gradients with respect to <paramref name=\"{name}\"/>; may be the same memory as an input.</param>");
        }

        w.Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}Backward({m.ReadOnlySpans(m.Names.Append("dy"))}, {string.Join(", ", gradients.Select(g => $"global::System.Span<{m.T}> {g}"))})");
        using (w.Block())
        {
            WriteLengthChecks(w, m.Names[0], m.Names.Skip(1).Append("dy").Concat(gradients));
            using (w.Block($"for (int {m.Index} = 0; {m.Index} < {m.Names[0]}.Length; {m.Index}++)"))
            {
                string call = $"{m.Name}Backward({string.Join(", ", m.Names.Append("dy").Select(n => $"{n}[{m.Index}]"))})";
                w.Line(m.Names.Count == 1
                    ? $"{Signature.GradientName(m.Names[0])}[{m.Index}] = {call};"
                    : $"({string.Join(", ", gradients.Select(g => $"{g}[{m.Index}]"))}) = {call};");
            }
        }
    }

    private static void WriteLengthChecks(CodeWriter w, string first, IEnumerable<string> others)
    {
        foreach (string other in others)
        {
            using (w.Block($"if ({other}.Length != {first}.Length)"))
            {
                w.Line($"throw new global::System.ArgumentException($\"Span '{other}' has length {{{other}.Length}} but '{first}' has length {{{first}.Length}}; all spans must have the same length.\", nameof({other}));");
            }
        }
    }

    private static void WriteFormula(CodeWriter w, string prefix, Node node)
    {
        string? text = new ExpressionPrinter(PrintStyle.Math, maxLength: MaxFormulaLength).TryPrint(node);
        w.Line("/// " + Xml(prefix + (text is not null && text.Length <= MaxFormulaLength ? text : "(too long to show here; see the code below)")));
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>The parts of the method's signature every member uses.</summary>
    private sealed class Signature
    {
        public Signature(IMethodSymbol method, ValueType type)
        {
            T = type == ValueType.Float ? "float" : "double";
            Name = ExpressionPrinter.Identifier(method.Name);
            Names = method.Parameters.Select(p => ExpressionPrinter.Identifier(p.Name)).ToList();
            Parameters = string.Join(", ", Names.Select(n => $"{T} {n}"));
            Arguments = string.Join(", ", Names);
            Cref = $"{method.Name}({string.Join(", ", Names.Select(_ => T))})";
            Accessibility = AccessibilityKeyword(method.DeclaredAccessibility);
            GeneratedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"{GeneratorInfo.Version}\")]";
            Index = Enumerable.Range(0, 100).Select(i => i == 0 ? "i" : "i" + i).First(i => !Names.Contains(i));
        }

        public string T { get; }

        /// <summary>The gradient name of a parameter: <c>x</c> → <c>dx</c>.</summary>
        public static string GradientName(string parameter) => "d" + parameter.TrimStart('@');

        public string Name { get; }

        public IReadOnlyList<string> Names { get; }

        public string Parameters { get; }

        public string Arguments { get; }

        public string Cref { get; }

        public string Accessibility { get; }

        public string GeneratedCode { get; }

        public string Index { get; }

        public string ReadOnlySpans(IEnumerable<string> names) =>
            string.Join(", ", names.Select(n => $"global::System.ReadOnlySpan<{T}> {n}"));

        private static string AccessibilityKeyword(Accessibility accessibility) => accessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Public => "public",
            Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
            Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };
    }
}
