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
    public static string Emit(IMethodSymbol method, LoweredMethod lowered, bool spans, bool kernelStruct, CancellationToken cancellationToken)
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

        if (spans && kernelStruct && m.Names.Count == 1)
        {
            w.Line();
            WriteKernelStruct(w, m);
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
        w.Line($"/// <summary>The backward pass (vector-Jacobian product) of <see cref=\"{m.Cref}\"/>: <c>{m.Seed} · d{m.Name}/d{x}</c>.</summary>")
         .Line($"/// <param name=\"{x}\">The input of the forward pass.</param>")
         .Line($"/// <param name=\"{m.Seed}\">The gradient of the loss with respect to the output.</param>")
         .Line($"/// <returns>The gradient of the loss with respect to <paramref name=\"{x}\"/>.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static {m.T} {m.Name}Backward({m.Parameters}, {m.T} {m.Seed})")
         .Line($"    => {m.Seed} * {m.Name}Derivative({m.Arguments});");
    }

    private static void WriteMultiBackward(CodeWriter w, Signature m, LoweredMethod lowered, Node[] gradient)
    {
        GraphBuilder b = lowered.Builder;
        Node dy = b.Input(m.Names.Count, m.Seed, lowered.Type);
        Node[] roots = gradient.Select(g => b.Multiply(dy, g)).ToArray();
        w.Line("/// <summary>")
         .Line($"/// The backward pass (vector-Jacobian product) of <see cref=\"{m.Cref}\"/>: <c>{m.Seed}</c> times each partial derivative,")
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

        w.Line($"/// <param name=\"{m.Seed}\">The gradient of the loss with respect to the output.</param>")
         .Line("/// <returns>The gradients of the loss with respect to each input, in parameter order.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static ({string.Join(", ", m.Names.Select(n => $"{m.T} {m.Gradient(n)}"))}) {m.Name}Backward({m.Parameters}, {m.T} {m.Seed})");
        BodyEmitter.WriteBody(w, roots, m.Names.Append(m.Seed));
    }

    private static void WriteForwardKernel(CodeWriter w, Signature m)
    {
        w.Line($"/// <summary>Forward kernel: <c>{m.Output}[i] = {m.Name}({string.Join(", ", m.Names.Select(n => n + "[i]"))})</c> for every element.</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">Input spans, all of one length.</param>");
        }

        w.Line($"/// <param name=\"{m.Output}\">Receives the outputs; may be the same memory as an input.</param>")
         .Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}({m.ReadOnlySpans(m.Names)}, global::System.Span<{m.T}> {m.Output})");
        using (w.Block())
        {
            WriteLengthChecks(w, m.Names[0], m.Names.Skip(1).Append(m.Output));
            using (w.Block($"for (int {m.Index} = 0; {m.Index} < {m.Names[0]}.Length; {m.Index}++)"))
            {
                w.Line($"{m.Output}[{m.Index}] = {m.Name}({string.Join(", ", m.Names.Select(n => $"{n}[{m.Index}]"))});");
            }
        }
    }

    private static void WriteBackwardKernel(CodeWriter w, Signature m)
    {
        IEnumerable<string> gradients = m.Names.Select(m.Gradient);
        w.Line($"/// <summary>Backward kernel: applies <c>{m.Name}Backward</c> to every element.</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">Inputs of the forward pass.</param>");
        }

        w.Line($"/// <param name=\"{m.Seed}\">Gradients of the loss with respect to the outputs.</param>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{m.Gradient(name)}\">Receives the gradients with respect to <paramref name=\"{name}\"/>; may be the same memory as an input.</param>");
        }

        w.Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}Backward({m.ReadOnlySpans(m.Names.Append(m.Seed))}, {string.Join(", ", gradients.Select(g => $"global::System.Span<{m.T}> {g}"))})");
        using (w.Block())
        {
            WriteLengthChecks(w, m.Names[0], m.Names.Skip(1).Append(m.Seed).Concat(gradients));
            using (w.Block($"for (int {m.Index} = 0; {m.Index} < {m.Names[0]}.Length; {m.Index}++)"))
            {
                string call = $"{m.Name}Backward({string.Join(", ", m.Names.Append(m.Seed).Select(n => $"{n}[{m.Index}]"))})";
                w.Line(m.Names.Count == 1
                    ? $"{m.Gradient(m.Names[0])}[{m.Index}] = {call};"
                    : $"({string.Join(", ", gradients.Select(g => $"{g}[{m.Index}]"))}) = {call};");
            }
        }
    }

    private static void WriteKernelStruct(CodeWriter w, Signature m)
    {
        w.Line($"/// <summary><see cref=\"{m.Cref}\"/> and its generated derivative and kernels, as a struct for generic code (no delegate, no virtual call).</summary>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} readonly struct {m.KernelStructName} : global::DiffGen.IElementwiseFunction<{m.T}>");
        using (w.Block())
        {
            // Qualified: inside the struct, a method named Value or Forward would otherwise mean the struct's own.
            string f = m.Qualified;
            w.Line($"/// <inheritdoc/>")
             .Line($"public {m.T} Value({m.T} x) => {f}(x);")
             .Line()
             .Line($"/// <inheritdoc/>")
             .Line($"public {m.T} Derivative({m.T} x) => {f}Derivative(x);")
             .Line()
             .Line($"/// <inheritdoc/>")
             .Line($"public void Forward(global::System.ReadOnlySpan<{m.T}> x, global::System.Span<{m.T}> y) => {f}(x, y);")
             .Line()
             .Line($"/// <inheritdoc/>")
             .Line($"public void Backward(global::System.ReadOnlySpan<{m.T}> x, global::System.ReadOnlySpan<{m.T}> dy, global::System.Span<{m.T}> dx) => {f}Backward(x, dy, dx);");
        }
    }

    private static void WriteLengthChecks(CodeWriter w, string first, IEnumerable<string> others)
    {
        // One call per span into the runtime library: the message and the throw are written once, not per kernel.
        // Names as literals: nameof could bind to a user method named 'nameof'.
        string firstName = first.TrimStart('@');
        foreach (string other in others)
        {
            w.Line($"global::DiffGen.SpanLengths.Require({other}.Length, \"{other.TrimStart('@')}\", {first}.Length, \"{firstName}\");");
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
            RawName = method.Name;

            // Overloads (Softplus(float) and Softplus(double)) each get a struct: SoftplusFloatKernel, SoftplusDoubleKernel.
            bool overloaded = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
                .Count(o => o.Parameters.Length == 1 && KnownNames.HasAttribute(o, KnownNames.DifferentiableAttribute)) > 1;
            KernelStructName = method.Name + (overloaded ? (type == ValueType.Float ? "Float" : "Double") : string.Empty) + "Kernel";
            Qualified = KnownNames.QualifiedMemberName(method);
            Names = method.Parameters.Select(p => ExpressionPrinter.Identifier(p.Name)).ToList();
            Parameters = string.Join(", ", Names.Select(n => $"{T} {n}"));
            Arguments = string.Join(", ", Names);
            Cref = $"{method.Name}({string.Join(", ", Names.Select(_ => T))})";
            Accessibility = AccessibilityKeyword(method.DeclaredAccessibility);
            GeneratedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"{GeneratorInfo.Version}\")]";
            Index = Enumerable.Range(0, 100).Select(i => i == 0 ? "i" : "i" + i).First(i => !Names.Contains(i));

            // The contract's names (y, dy, dx) unless the user's parameters already use them.
            var taken = new HashSet<string>(Names);
            Output = Free(taken, "y", "result");
            Seed = Free(taken, Output == "y" ? "dy" : "dResult", "dResult");
            foreach (string name in Names)
            {
                gradients[name] = Free(taken, "d" + name.TrimStart('@'), "grad_" + name.TrimStart('@'));
            }
        }

        public string T { get; }

        /// <summary>The kernels' output span: <c>y</c>, unless a parameter has that name.</summary>
        public string Output { get; }

        /// <summary>The incoming gradient: <c>dy</c>, unless a parameter has that name.</summary>
        public string Seed { get; }

        /// <summary>The gradient name of a parameter: <c>x</c> → <c>dx</c> (or <c>grad_x</c> when <c>dx</c> is taken).</summary>
        public string Gradient(string parameter) => gradients[parameter];

        public string Name { get; }

        /// <summary>The name of the generated <c>IElementwiseFunction</c> struct.</summary>
        public string KernelStructName { get; }

        /// <summary>The method's <c>global::</c>-qualified name.</summary>
        public string Qualified { get; }

        /// <summary>The method's name without an <c>@</c> escape, for names built from it.</summary>
        public string RawName { get; }

        public IReadOnlyList<string> Names { get; }

        public string Parameters { get; }

        public string Arguments { get; }

        public string Cref { get; }

        public string Accessibility { get; }

        public string GeneratedCode { get; }

        public string Index { get; }

        private readonly Dictionary<string, string> gradients = new();

        private static string Free(HashSet<string> taken, string preferred, string fallback)
        {
            string name = taken.Contains(preferred) ? fallback : preferred;
            while (!taken.Add(name))
            {
                name += "_";
            }

            return name;
        }

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
