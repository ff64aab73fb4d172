using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes what a method with <c>[Broadcast]</c> parameters gets instead of the all-span kernels: span kernels that take
/// the broadcast parameters as values (<c>F(x, beta, y)</c>, and <c>FBackward(x, beta, dy, dx)</c> returning the
/// parameters' summed gradients), and the function struct's parametric members (the parameters as fields, and the
/// <c>IParametricVectorFunction</c> members, which run the struct's one vector body with each parameter in every lane).
/// </summary>
internal static class BroadcastKernelWriter
{
    /// <summary>Writes the forward kernel.</summary>
    public static void WriteForward(CodeWriter w, MethodPlan m)
    {
        string shared = string.Join(", ", m.BroadcastInputs.Select(b => $"<paramref name=\"{b}\"/>"));
        w.Line($"/// <summary>Forward kernel: <c>{m.Output}[i] = {m.Name}({string.Join(", ", m.Names.Select(n => IsSpan(m, n) ? n + "[i]" : n))})</c> for every element, with {shared} shared by all; <paramref name=\"{m.Output}\"/> may be the memory of an input.</summary>");
        WriteRemarks(w, m);
        w.Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}({Signature(m)}, global::System.Span<{m.T}> {m.Output})");
        if (m.Vectorized)
        {
            // The driver checks the lengths itself and names a span in its exception by its argument expression.
            w.Line($"    => {GeneratedNames.Elementwise}<{m.T}>.{GeneratedNames.ForwardMember}(new {m.KernelStructName}({string.Join(", ", m.BroadcastInputs)}), {string.Join(", ", m.SpanInputs)}, {m.Output});");
            return;
        }

        using (w.Block())
        {
            RequireLengths(w, m, new[] { m.Output });
            using (w.Block($"for (int {m.Index} = 0; {m.Index} < {m.SpanInputs[0]}.Length; {m.Index}++)"))
            {
                w.Line($"{m.Output}[{m.Index}] = {Function(m, m.Name)}({Elements(m, m.Names)});");
            }
        }
    }

    /// <summary>
    /// Writes the scalar backward pass with each broadcast parameter's partial derivative not multiplied by the seed:
    /// the span kernels' accumulators multiply it by the seed themselves, exactly (for <c>float</c> a product of two
    /// floats is exact in <c>double</c>), so a parameter's gradient is the sum of the exact products.
    /// </summary>
    public static void WritePartials(CodeWriter w, MethodPlan m)
    {
        w.Line($"/// <summary>As <c>{m.Name}{GeneratedNames.BackwardSuffix}</c>, but each broadcast parameter's item is its partial derivative, not multiplied by <c>{m.Seed}</c>: the span kernels multiply it exactly.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"private static ({string.Join(", ", m.Names.Select(_ => m.T))}) {m.Name}{GeneratedNames.BackwardSuffix}{GeneratedNames.PartialsSuffix}({m.Parameters(m.Names.Append(m.Seed), m.T)})");
        BodyEmitter.WriteBody(w, m.PartialRoots, m.ReservedNames(), ScalarDialect.For(m));
    }

    /// <summary>Writes the backward kernel.</summary>
    public static void WriteBackward(CodeWriter w, MethodPlan m)
    {
        string name = m.Name + GeneratedNames.BackwardSuffix;
        IReadOnlyList<string> gradients = m.SpanInputs.Select(m.GradientName).ToList();
        string sums = string.Join(", ", m.BroadcastInputs.Select(b => $"<c>Σᵢ {m.Seed}[i] · ∂{m.Name}/∂{b}</c>"));
        w.Line("/// <summary>")
         .Line($"/// Backward kernel, in one pass over the spans: the gradients of the span inputs at every element (as <c>{name}</c> of each")
         .Line($"/// element), and the summed gradient of each broadcast parameter, {sums}. The gradients may be the memory of an input.")
         .Line("/// </summary>")
         .Line(m.BroadcastInputs.Count == 1
             ? $"/// <returns>The gradient of <paramref name=\"{m.BroadcastInputs[0]}\"/>, summed over the elements: <c>float</c> terms multiplied exactly and summed in <c>double</c>, <c>double</c> terms with compensation, rounded once.</returns>"
             : "/// <returns>The gradients of the broadcast parameters, in parameter order, summed over the elements: <c>float</c> terms multiplied exactly and summed in <c>double</c>, <c>double</c> terms with compensation, rounded once.</returns>");
        WriteRemarks(w, m);
        string returned = m.BroadcastInputs.Count == 1 ? m.T : "(" + string.Join(", ", m.BroadcastInputs.Select(b => $"{m.T} {m.GradientName(b)}")) + ")";
        w.Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static {returned} {name}({Signature(m)}, global::System.ReadOnlySpan<{m.T}> {m.Seed}, {m.Spans(gradients)})");
        using (w.Block())
        {
            if (m.Vectorized)
            {
                string count = m.BroadcastInputs.Count.ToString(CultureInfo.InvariantCulture);
                w.Line($"global::System.Span<{m.T}> {m.Sums} = stackalloc {m.T}[{count}];")
                 .Line($"{GeneratedNames.Elementwise}<{m.T}>.{GeneratedNames.BackwardMember}(new {m.KernelStructName}({string.Join(", ", m.BroadcastInputs)}), {string.Join(", ", m.SpanInputs.Append(m.Seed).Concat(gradients))}, {m.Sums});")
                 .Line($"return {Tuple(m.BroadcastInputs.Select((_, k) => $"{m.Sums}[{k}]"))};");
                return;
            }

            RequireLengths(w, m, gradients.Prepend(m.Seed));
            string[] sumNames = m.BroadcastInputs.Select((_, k) => m.Sums + k.ToString(CultureInfo.InvariantCulture)).ToArray();
            foreach (string s in sumNames)
            {
                w.Line($"var {s} = new {GeneratedNames.GradientSum}<{m.T}>();");
            }

            string i = m.Index;
            using (w.Block($"for (int {i} = 0; {i} < {m.SpanInputs[0]}.Length; {i}++)"))
            {
                w.Line($"var {m.ElementGradients} = {Function(m, name + GeneratedNames.PartialsSuffix)}({Elements(m, m.Names.Append(m.Seed))});");
                int spans = 0, shared = 0;
                for (int k = 0; k < m.Names.Count; k++)
                {
                    string item = m.Names.Count == 1 ? m.ElementGradients : $"{m.ElementGradients}.Item{k + 1}";
                    w.Line(m.Broadcast[k] ? $"{sumNames[shared++]}.AddProduct({m.Seed}[{i}], {item});" : $"{gradients[spans++]}[{i}] = {item};");
                }
            }

            w.Line($"return {Tuple(sumNames.Select(s => s + ".Value"))};");
        }
    }

    /// <summary>The function struct's interfaces for the parametric members.</summary>
    public static IEnumerable<string> Interfaces(MethodPlan m)
    {
        string arity = m.SpanInputs.Count == 1 ? string.Empty : m.SpanInputs.Count.ToString(CultureInfo.InvariantCulture);
        yield return $"{GeneratedNames.ParametricVectorFunction}{arity}<{m.T}>";
        yield return $"{GeneratedNames.Parametric}<{m.KernelStructName}, {m.T}>";
        if (m.PerChannel)
        {
            yield return $"{GeneratedNames.PerChannelFunction}<{m.KernelStructName}, {m.T}>";
        }
    }

    /// <summary>Writes the function struct's fields, constructor and parametric members (inside the struct).</summary>
    public static void WriteStructMembers(CodeWriter w, MethodPlan m)
    {
        string t = m.T, f = m.Qualified, backward = m.Qualified + GeneratedNames.BackwardSuffix;
        foreach (string b in m.BroadcastInputs)
        {
            w.Line($"/// <summary>The value of the broadcast parameter <c>{b.TrimStart('@')}</c>, shared by every element.</summary>")
             .Line($"public readonly {t} {m.FieldName(b)};")
             .Line();
        }

        w.Line("/// <summary>The function with these values of its broadcast parameters.</summary>");
        foreach (string b in m.BroadcastInputs)
        {
            w.Line($"/// <param name=\"{b.TrimStart('@')}\">The value of <c>{b.TrimStart('@')}</c>, shared by every element.</param>");
        }

        w.Line($"public {m.KernelStructName}({m.Parameters(m.BroadcastInputs, t)})");
        using (w.Block())
        {
            foreach (string b in m.BroadcastInputs)
            {
                w.Line($"this.{m.FieldName(b)} = {b};");
            }
        }

        w.Line();
        int count = m.BroadcastInputs.Count;
        Member(w, $"public static int {GeneratedNames.ParameterCountMember} => {count.ToString(CultureInfo.InvariantCulture)};");
        // The C# names (without @), so that consumers label the parameters without reflection over the declaration.
        string names = string.Join(", ", m.BroadcastInputs.Select(b => SymbolDisplay.FormatLiteral(b.TrimStart('@'), quote: true)));
        Member(w, $"public static global::System.Collections.Generic.IReadOnlyList<string> {GeneratedNames.ParameterNamesMember} {{ get; }} = new string[] {{ {names} }};");
        Member(w, $"public static {m.KernelStructName} {GeneratedNames.CreateMember}(global::System.ReadOnlySpan<{t}> parameters) => new {m.KernelStructName}({string.Join(", ", m.BroadcastInputs.Select((_, k) => $"parameters[{k}]"))});");
        Member(w, $"public static void {GeneratedNames.InitialParametersMember}(global::System.Span<{t}> destination)");
        using (w.Block())
        {
            for (int k = count - 1; k >= 0; k--)
            {
                // Last first: one bounds check covers the rest.
                w.Line($"destination[{k}] = {m.InitialValues[k]};");
            }
        }

        Member(w, $"public void {GeneratedNames.CopyParametersMember}(global::System.Span<{t}> destination)");
        using (w.Block())
        {
            for (int k = count - 1; k >= 0; k--)
            {
                w.Line($"destination[{k}] = this.{m.FieldName(m.BroadcastInputs[k])};");
            }
        }

        // The scalar members: the method and its backward pass with the fields as the broadcast inputs.
        string acc = m.Accumulator, accType = m.AccumulatorType;
        Member(w, $"public {t} {GeneratedNames.ValueMember}({m.Parameters(m.SpanInputs, t)}) => {f}({Arguments(m, m.Names, n => n)});");
        Member(w, $"public {SpanTuple(m, t)} {GeneratedNames.BackwardMember}<{accType}>({m.Parameters(m.SpanInputs.Append(m.Seed), t)}, ref {accType} {acc}) where {accType} : struct, {GeneratedNames.ParameterGradients}<{t}>");
        WriteAdapterBody(w, m, $"{backward}{GeneratedNames.PartialsSuffix}({Arguments(m, m.Names.Append(m.Seed), n => n)})");

        // The vector members: the struct's one vector body, with each parameter in every lane.
        string v = m.Width;
        string constraint = $"where {v} : struct, {GeneratedNames.Vector}<{v}, {t}>";
        const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] ";
        Member(w, Inline + $"public {v} {GeneratedNames.ValueMember}<{v}>({m.Parameters(m.SpanInputs, v)}) {constraint} => {GeneratedNames.ValueMember}<{v}>({Arguments(m, m.Names, n => $"{v}.Create({n})")});");
        Member(w, Inline + $"public {SpanTuple(m, v)} {GeneratedNames.BackwardMember}<{v}, {accType}>({m.Parameters(m.SpanInputs.Append(m.Seed), v)}, ref {accType} {acc}) {constraint} where {accType} : struct, {GeneratedNames.ParameterGradients}<{v}>");
        WriteAdapterBody(w, m, $"{GeneratedNames.BackwardMember}{GeneratedNames.PartialsSuffix}<{v}>({Arguments(m, m.Names.Append(m.Seed), n => $"{v}.Create({n})")})");
        if (m.PerChannel)
        {
            // The same body with each parameter lane by lane, for the per-channel drivers' vectors across channels.
            string ps = m.ParameterVectors, pt = m.ParameterVectorsType, lanes = $"where {pt} : struct, {GeneratedNames.ParameterVectors}<{v}>";
            Member(w, Inline + $"public static {v} {GeneratedNames.ValueMember}<{v}, {pt}>({v} {m.SpanInputs[0]}, in {pt} {ps}) {constraint} {lanes} => {GeneratedNames.ValueMember}<{v}>({LaneArguments(m, m.Names)});");
            Member(w, Inline + $"public static {v} {GeneratedNames.BackwardMember}<{v}, {pt}, {accType}>({v} {m.SpanInputs[0]}, {v} {m.Seed}, in {pt} {ps}, ref {accType} {acc}) {constraint} {lanes} where {accType} : struct, {GeneratedNames.ParameterGradients}<{v}>");
            WriteAdapterBody(w, m, $"{GeneratedNames.BackwardMember}{GeneratedNames.PartialsSuffix}<{v}>({LaneArguments(m, m.Names.Append(m.Seed))})");
        }

        // The vector body of the partials member below: the span inputs' gradients, and each parameter's partial
        // derivative without the seed, which the accumulator multiplies in exactly.
        w.Line();
        w.Line("/// <summary>The vector body of the backward pass with each broadcast parameter's partial derivative not multiplied by the seed (the accumulator multiplies it exactly).</summary>");
        w.Line(Inline + $"public static ({string.Join(", ", m.Names.Select(_ => v))}) {GeneratedNames.BackwardMember}{GeneratedNames.PartialsSuffix}<{v}>({m.Parameters(m.Names.Append(m.Seed), v)}) {constraint}");
        BodyEmitter.WriteBody(w, m.PartialRoots, m.ReservedNames(), new VectorDialect(m));
    }

    /// <summary>Calls the partials body, adds each broadcast input's partial derivative and the seed to the accumulator, returns the span inputs' gradients.</summary>
    private static void WriteAdapterBody(CodeWriter w, MethodPlan m, string call)
    {
        string g = m.ElementGradients;
        using (w.Block())
        {
            w.Line($"var {g} = {call};");
            var spans = new List<string>();
            int shared = 0;
            for (int k = 0; k < m.Names.Count; k++)
            {
                string item = $"{g}.Item{k + 1}";
                if (m.Broadcast[k])
                {
                    w.Line($"{m.Accumulator}.Add({(shared++).ToString(CultureInfo.InvariantCulture)}, {m.Seed}, {item});");
                }
                else
                {
                    spans.Add(item);
                }
            }

            w.Line($"return {Tuple(spans)};");
        }
    }

    /// <summary>The arguments of a call with every input: span inputs as given, broadcast inputs as the struct's fields (through <paramref name="field"/>).</summary>
    private static string Arguments(MethodPlan m, IEnumerable<string> names, System.Func<string, string> field) =>
        string.Join(", ", names.Select(n => m.Names.Contains(n) && !IsSpan(m, n) ? field(m.FieldName(n)) : n));

    /// <summary>The arguments of a call with every input: span inputs as given, broadcast input k as the lanes <c>parameters[k]</c>.</summary>
    private static string LaneArguments(MethodPlan m, IEnumerable<string> names) =>
        string.Join(", ", names.Select(n => m.Names.Contains(n) && !IsSpan(m, n) ? $"{m.ParameterVectors}[{m.BroadcastInputs.ToList().IndexOf(n).ToString(CultureInfo.InvariantCulture)}]" : n));

    private static string SpanTuple(MethodPlan m, string type) =>
        m.SpanInputs.Count == 1 ? type : "(" + string.Join(", ", m.SpanInputs.Select(_ => type)) + ")";

    private static string Tuple(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(", ", list) + ")";
    }

    private static bool IsSpan(MethodPlan m, string name) => !m.Broadcast[IndexOf(m, name)];

    private static int IndexOf(MethodPlan m, string name)
    {
        for (int k = 0; k < m.Names.Count; k++)
        {
            if (m.Names[k] == name)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary><c>ReadOnlySpan&lt;T&gt; x, T beta, …</c>: every input in order, spans and values.</summary>
    private static string Signature(MethodPlan m) =>
        string.Join(", ", m.Names.Select(n => IsSpan(m, n) ? $"global::System.ReadOnlySpan<{m.T}> {n}" : $"{m.T} {n}"));

    /// <summary>The element <c>[i]</c> of each span input and each broadcast input itself (the seed is a span).</summary>
    private static string Elements(MethodPlan m, IEnumerable<string> names) =>
        string.Join(", ", names.Select(n => IndexOf(m, n) >= 0 && !IsSpan(m, n) ? n : $"{n}[{m.Index}]"));

    private static string Function(MethodPlan m, string function) =>
        m.Names.Contains(m.Name) ? m.Qualified.Substring(0, m.Qualified.Length - m.Name.Length) + function : function;

    private static void RequireLengths(CodeWriter w, MethodPlan m, IEnumerable<string> outputs)
    {
        string first = m.SpanInputs[0];
        foreach (string other in m.SpanInputs.Skip(1).Concat(outputs))
        {
            w.Line($"{GeneratedNames.SpanLengths}.Require({other}.Length, \"{other.TrimStart('@')}\", {first}.Length, \"{first.TrimStart('@')}\");");
        }
    }

    private static void WriteRemarks(CodeWriter w, MethodPlan m)
    {
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>");
        if (m.ScalarReason is string reason)
        {
            w.Line($"/// <remarks>Runs one element at a time: {DocComments.Xml(reason)}.</remarks>");
        }
    }

    /// <summary>An interface member: its documentation is the interface's.</summary>
    private static void Member(CodeWriter w, string declaration) => w.Line("/// <inheritdoc/>").Line(declaration);
}
