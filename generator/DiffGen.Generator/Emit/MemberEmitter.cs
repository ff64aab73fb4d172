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
    /// <param name="method">The [Differentiable] method.</param>
    /// <param name="lowered">Its IR.</param>
    /// <param name="spans">Whether to emit span kernels (the target has <c>Span&lt;T&gt;</c>).</param>
    /// <param name="kernelStruct">Whether to emit the <c>IElementwiseFunction</c> struct (the runtime library has it).</param>
    /// <param name="vectors">Whether the target can run SIMD kernels (.NET 10 or later, C# 9 or later).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static string Emit(IMethodSymbol method, LoweredMethod lowered, bool spans, bool kernelStruct, bool vectors, CancellationToken cancellationToken)
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
            WriteMultiBackward(w, m, gradient, BackwardRoots(m, lowered, gradient));
        }

        // Why the kernels run one element at a time, or null when they are vectorized.
        string? obstacle = VectorSupport.Obstacle(gradient.Prepend(lowered.Result).ToArray(), lowered.Type);
        string? scalarReason = !vectors ? "SIMD kernels need .NET 10 or later and C# 9 or later"
            : obstacle is not null ? obstacle + " has no vector form in DiffGen"
            : null;
        if (spans && vectors)
        {
            // Vector overloads exist whenever the target can have them, even where the kernels stay scalar
            // (then they work one lane at a time): callers' vector code may call them without knowing our body.
            foreach (int bits in VectorShape.Widths)
            {
                var shape = new VectorShape(bits, lowered.Type);
                w.Line();
                WriteVectorForward(w, m, lowered, shape, scalarReason);
                if (m.Names.Count == 1)
                {
                    w.Line();
                    WriteVectorDerivative(w, m, gradient[0], shape, scalarReason);
                }

                w.Line();
                WriteVectorBackward(w, m, lowered, gradient, shape, scalarReason);
            }
        }

        if (spans)
        {
            w.Line();
            WriteForwardKernel(w, m, scalarReason);
            w.Line();
            WriteBackwardKernel(w, m, scalarReason);
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

    /// <summary>The backward pass of several inputs: the seed times each partial derivative.</summary>
    private static Node[] BackwardRoots(Signature m, LoweredMethod lowered, Node[] gradient)
    {
        GraphBuilder b = lowered.Builder;
        Node dy = b.Input(m.Names.Count, m.Seed, lowered.Type);
        return gradient.Select(g => b.Multiply(dy, g)).ToArray();
    }

    private static void WriteMultiBackward(CodeWriter w, Signature m, Node[] gradient, Node[] roots)
    {
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

    private static void WriteVectorForward(CodeWriter w, Signature m, LoweredMethod lowered, VectorShape v, string? laneByLane)
    {
        w.Line($"/// <summary><see cref=\"{m.Cref}\"/> in every lane{VectorSummary(laneByLane)}</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">The inputs, one per lane.</param>");
        }

        w.Line("/// <returns>The outputs, one per lane.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static {v.Type} {m.Name}({m.VectorParameters(v, m.Names)})");
        WriteVectorBody(w, m, v, new[] { lowered.Result }, m.Names, m.Name, laneByLane);
    }

    private static void WriteVectorDerivative(CodeWriter w, Signature m, Node derivative, VectorShape v, string? laneByLane)
    {
        string x = m.Names[0];
        w.Line($"/// <summary>The derivative of <see cref=\"{m.Cref}\"/> in every lane{VectorSummary(laneByLane)}</summary>")
         .Line($"/// <param name=\"{x}\">The points at which to differentiate, one per lane.</param>")
         .Line($"/// <returns>d{m.Name}/d{x} in every lane.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static {v.Type} {m.Name}Derivative({m.VectorParameters(v, m.Names)})");
        WriteVectorBody(w, m, v, new[] { derivative }, m.Names, m.Name + "Derivative", laneByLane);
    }

    private static void WriteVectorBackward(CodeWriter w, Signature m, LoweredMethod lowered, Node[] gradient, VectorShape v, string? laneByLane)
    {
        var arguments = m.Names.Append(m.Seed).ToList();
        string returns = m.Names.Count == 1 ? v.Type : $"({string.Join(", ", m.Names.Select(n => $"{v.Type} {m.Gradient(n)}"))})";
        w.Line($"/// <summary>The backward pass of <see cref=\"{m.Cref}\"/> in every lane{VectorSummary(laneByLane)}</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">The inputs of the forward pass, one per lane.</param>");
        }

        w.Line($"/// <param name=\"{m.Seed}\">The gradients of the loss with respect to the outputs.</param>")
         .Line(m.Names.Count == 1 ? "/// <returns>The gradients of the loss with respect to the input.</returns>" : "/// <returns>The gradients of the loss with respect to each input, in parameter order.</returns>")
         .Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static {returns} {m.Name}Backward({m.VectorParameters(v, arguments)})");
        if (m.Names.Count == 1)
        {
            // As in scalar code: the seed times the derivative overload, whose body is not repeated here.
            w.Line($"    => {m.Seed} * {m.Name}Derivative({m.Arguments});");
            return;
        }

        WriteVectorBody(w, m, v, BackwardRoots(m, lowered, gradient), arguments, m.Name + "Backward", laneByLane);
    }

    private static string VectorSummary(string? laneByLane) => laneByLane is null
        ? " (both sides of each branch are computed, then blended per lane: a side not taken never leaks Inf or NaN)."
        : $", one lane at a time ({Xml(laneByLane)}).";

    /// <summary>
    /// Writes the body of a vector overload: the graph on vectors, or, where something in it has no vector form,
    /// a loop calling the scalar member <paramref name="scalar"/> on each lane.
    /// </summary>
    private static void WriteVectorBody(CodeWriter w, Signature m, VectorShape v, Node[] roots, IReadOnlyList<string> parameters, string scalar, string? laneByLane)
    {
        if (laneByLane is null)
        {
            BodyEmitter.WriteBody(w, roots, parameters, v);
            return;
        }

        HashSet<string> used = m.ReservedNames();
        var elements = roots.Length == 1 ? new List<string>() : m.Names.Select(n => Signature.Unique(used, m.Gradient(n))).ToList();
        var results = roots.Length == 1 ? new List<string> { Signature.Unique(used, "result") }
            : elements.Select(e => Signature.Unique(used, e + "Lanes")).ToList();
        string lane = Signature.Unique(used, "lane");
        string call = $"{scalar}({string.Join(", ", parameters.Select(p => $"{v.Class}.GetElement({p}, {lane})"))})";
        using (w.Block())
        {
            foreach (string r in results)
            {
                w.Line($"{v.Type} {r} = {v.Type}.Zero;");
            }

            using (w.Block($"for (int {lane} = 0; {lane} < {v.Type}.Count; {lane}++)"))
            {
                if (results.Count == 1)
                {
                    w.Line($"{results[0]} = {v.Class}.WithElement({results[0]}, {lane}, {call});");
                }
                else
                {
                    w.Line($"({string.Join(", ", elements.Select(e => $"{m.T} {e}"))}) = {call};");
                    for (int k = 0; k < results.Count; k++)
                    {
                        w.Line($"{results[k]} = {v.Class}.WithElement({results[k]}, {lane}, {elements[k]});");
                    }
                }
            }

            w.Line(results.Count == 1 ? $"return {results[0]};" : $"return ({string.Join(", ", results)});");
        }
    }

    private static void WriteForwardKernel(CodeWriter w, Signature m, string? scalarReason)
    {
        w.Line($"/// <summary>Forward kernel: <c>{m.Output}[i] = {m.Name}({string.Join(", ", m.Names.Select(n => n + "[i]"))})</c> for every element.</summary>");
        foreach (string name in m.Names)
        {
            w.Line($"/// <param name=\"{name}\">Input spans, all of one length.</param>");
        }

        w.Line($"/// <param name=\"{m.Output}\">Receives the outputs; may be the same memory as an input.</param>")
         .Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>");
        WriteKernelRemarks(w, scalarReason);
        w.Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}({m.ReadOnlySpans(m.Names)}, global::System.Span<{m.T}> {m.Output})");
        using (w.Block())
        {
            WriteLengthChecks(w, m.Names[0], m.Names.Skip(1).Append(m.Output));
            WriteKernelLoops(w, m, scalarReason is null, m.Names, new[] { m.Output }, m.Name);
        }
    }

    private static void WriteBackwardKernel(CodeWriter w, Signature m, string? scalarReason)
    {
        IReadOnlyList<string> gradients = m.Names.Select(m.Gradient).ToList();
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

        w.Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>");
        WriteKernelRemarks(w, scalarReason);
        w.Line(m.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}Backward({m.ReadOnlySpans(m.Names.Append(m.Seed))}, {string.Join(", ", gradients.Select(g => $"global::System.Span<{m.T}> {g}"))})");
        using (w.Block())
        {
            WriteLengthChecks(w, m.Names[0], m.Names.Skip(1).Append(m.Seed).Concat(gradients));
            WriteKernelLoops(w, m, scalarReason is null, m.Names.Append(m.Seed).ToList(), gradients, m.Name + "Backward");
        }
    }

    private static void WriteKernelRemarks(CodeWriter w, string? scalarReason) =>
        w.Line(scalarReason is null
            ? "/// <remarks>Runs on the widest hardware-accelerated vectors (Vector512, Vector256 or Vector128), then one element at a time for the rest.</remarks>"
            : $"/// <remarks>Runs one element at a time: {Xml(scalarReason)}.</remarks>");

    /// <summary>
    /// Writes the loops of a kernel: one per vector width (the widest accelerated one runs), then a scalar loop
    /// for the rest. Each loop reads every input once and writes every output once, at the same index, so
    /// outputs may be the very memory of inputs.
    /// </summary>
    /// <param name="w">The writer, inside the kernel's body.</param>
    /// <param name="m">The method's signature.</param>
    /// <param name="vectorized">Whether to write the vector loops.</param>
    /// <param name="inputs">The input spans, in argument order.</param>
    /// <param name="outputs">The output spans.</param>
    /// <param name="function">The member computing one element or one vector (a tuple of them for several outputs).</param>
    private static void WriteKernelLoops(CodeWriter w, Signature m, bool vectorized, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs,
        string function)
    {
        string i = m.Index;
        string first = m.Names[0];
        string elements = string.Join(", ", outputs.Select(o => $"{o}[{i}]"));
        string scalar = $"{(outputs.Count == 1 ? elements : "(" + elements + ")")} = {function}({string.Join(", ", inputs.Select(n => $"{n}[{i}]"))});";
        if (!vectorized)
        {
            using (w.Block($"for (int {i} = 0; {i} < {first}.Length; {i}++)"))
            {
                w.Line(scalar);
            }

            return;
        }

        // References to the first elements: the loops load and store whole vectors at an element offset.
        HashSet<string> used = m.ReservedNames();
        var refs = inputs.Concat(outputs).ToDictionary(s => s, s => Signature.Unique(used, s.TrimStart('@') + "Ref"));
        w.Line($"int {i} = 0;");
        foreach (string span in inputs.Concat(outputs))
        {
            w.Line($"ref {m.T} {refs[span]} = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference({span});");
        }

        // nuint, spelled so that it cannot bind to a consumer's type of that name (C# 9 and 10 allow one).
        string offset = $"(global::System.UIntPtr)(uint){i}";
        var results = outputs.Select(o => Signature.Unique(used, "v" + o.TrimStart('@'))).ToList();
        for (int k = 0; k < VectorShape.Widths.Length; k++)
        {
            var v = new VectorShape(VectorShape.Widths[k], m.Type);
            using (w.Block($"{(k == 0 ? "if" : "else if")} ({v.Class}.IsHardwareAccelerated)"))
            {
                using (w.Block($"for (; {i} <= {first}.Length - {v.Lanes}; {i} += {v.Lanes})"))
                {
                    IEnumerable<string> loads = inputs.Select(n => $"{v.Class}.LoadUnsafe(ref {refs[n]}, {offset})");
                    string call = inputs.Count == 1
                        ? $"{function}({loads.Single()})"
                        : $"{function}(\n    {string.Join(",\n    ", loads)})";
                    if (outputs.Count == 1)
                    {
                        w.Lines($"{v.Class}.StoreUnsafe({call}, ref {refs[outputs[0]]}, {offset});");
                    }
                    else
                    {
                        w.Lines($"({string.Join(", ", results.Select(r => $"{v.Type} {r}"))}) = {call};");
                        for (int o = 0; o < outputs.Count; o++)
                        {
                            w.Line($"{v.Class}.StoreUnsafe({results[o]}, ref {refs[outputs[o]]}, {offset});");
                        }
                    }
                }
            }
        }

        // The rest, fewer than one vector's worth.
        using (w.Block($"for (; {i} < {first}.Length; {i}++)"))
        {
            w.Line(scalar);
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
            Type = type;
            T = type == ValueType.Float ? "float" : "double";
            Name = ExpressionPrinter.Identifier(method.Name);
            RawName = method.Name;

            KernelStructName = GeneratedNames.ElementwiseStruct(method, type);
            Qualified = KnownNames.QualifiedMemberName(method);
            Names = method.Parameters.Select(p => ExpressionPrinter.Identifier(p.Name)).ToList();
            Parameters = string.Join(", ", Names.Select(n => $"{T} {n}"));
            Arguments = string.Join(", ", Names);
            Cref = $"{method.Name}({string.Join(", ", Names.Select(_ => T))})";
            Accessibility = AccessibilityKeyword(method.DeclaredAccessibility);
            GeneratedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"{GeneratorInfo.Version}\")]";
            Index = Enumerable.Range(0, 100).Select(i => i == 0 ? "i" : "i" + i).First(i => !Names.Contains(i));

            // The contract's names (y, dy, dx) unless the user's parameters already use them.
            taken = new HashSet<string>(Names) { Index };
            Output = Free(taken, "y", "result");
            Seed = Free(taken, Output == "y" ? "dy" : "dResult", "dResult");
            foreach (string name in Names)
            {
                gradients[name] = Free(taken, "d" + name.TrimStart('@'), "grad_" + name.TrimStart('@'));
            }
        }

        public string T { get; }

        /// <summary>The element type.</summary>
        public ValueType Type { get; }

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

        private readonly HashSet<string> taken;

        /// <summary>The names a kernel's own locals must avoid: parameters, span names, the loop index.</summary>
        public HashSet<string> ReservedNames() => new(taken);

        /// <summary><paramref name="preferred"/>, or that with underscores appended until no name in <paramref name="used"/> has it.</summary>
        public static string Unique(HashSet<string> used, string preferred) => Free(used, preferred, preferred + "_");

        private static string Free(HashSet<string> taken, string preferred, string fallback)
        {
            string name = taken.Contains(preferred) ? fallback : preferred;
            while (!taken.Add(name))
            {
                name += "_";
            }

            return name;
        }

        public string VectorParameters(VectorShape v, IEnumerable<string> names) =>
            string.Join(", ", names.Select(n => $"{v.Type} {n}"));

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
