using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the span kernels <c>F(x…, y)</c> and <c>FBackward(x…, dy, dx…)</c>. Vectorized, each is one call into the
/// runtime's SIMD driver (<c>DiffGen.Elementwise&lt;T&gt;</c>) with the method's function struct; otherwise (an operation
/// with no vector form, or a target older than .NET 10) a scalar loop over the method's scalar members.
/// </summary>
internal static class SpanKernelWriter
{
    /// <summary>Writes the forward kernel.</summary>
    public static void WriteForward(CodeWriter w, MethodPlan m)
    {
        w.Line($"/// <summary>Forward kernel: <c>{m.Output}[i] = {m.Name}({string.Join(", ", m.Names.Select(n => n + "[i]"))})</c> for every element; <paramref name=\"{m.Output}\"/> may be the memory of an input.</summary>");
        WriteRemarks(w, m);
        w.Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static void {m.Name}({m.ReadOnlySpans(m.Names)}, {m.Spans(new[] { m.Output })})");
        WriteBody(w, m, m.Names, new[] { m.Output }, GeneratedNames.ForwardMember, m.Name);
    }

    /// <summary>Writes the backward kernel.</summary>
    public static void WriteBackward(CodeWriter w, MethodPlan m)
    {
        IReadOnlyList<string> gradients = m.Names.Select(m.GradientName).ToList();
        string name = m.Name + GeneratedNames.BackwardSuffix;
        w.Line($"/// <summary>Backward kernel: <c>{name}</c> of every element; the gradients may be the memory of an input.</summary>");
        WriteRemarks(w, m);
        w.Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static void {name}({m.ReadOnlySpans(m.Names.Append(m.Seed))}, {m.Spans(gradients)})");
        WriteBody(w, m, m.Names.Append(m.Seed).ToList(), gradients, GeneratedNames.BackwardMember, name);
    }

    private static void WriteRemarks(CodeWriter w, MethodPlan m)
    {
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>");
        if (m.ScalarReason is string reason)
        {
            w.Line($"/// <remarks>Runs one element at a time: {DocComments.Xml(reason)}.</remarks>");
        }
    }

    /// <summary>
    /// Writes a span kernel's body: one call to the runtime <paramref name="driver"/> where <paramref name="vectorized"/>
    /// (default: the method's kernels are), else a loop over the scalar member <paramref name="function"/>.
    /// </summary>
    internal static void WriteBody(CodeWriter w, MethodPlan m, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, string driver, string function, bool? vectorized = null)
    {
        if (vectorized ?? m.Vectorized)
        {
            // The driver checks the lengths itself and names a span in its exception by its argument expression.
            w.Line($"    => {GeneratedNames.Elementwise}<{m.T}>.{driver}<{m.KernelStructName}>({string.Join(", ", inputs.Concat(outputs))});");
            return;
        }

        // A parameter named like the method would hide it: then the loop calls it by its qualified name.
        if (m.Names.Contains(m.Name))
        {
            function = m.Qualified.Substring(0, m.Qualified.Length - m.Name.Length) + function;
        }

        string i = m.Index;
        string first = inputs[0];
        string elements = string.Join(", ", outputs.Select(o => $"{o}[{i}]"));
        using (w.Block())
        {
            // One call per span into the runtime library: the message and the throw are written once, not per kernel.
            // Names as literals: nameof could bind to a user method named 'nameof'.
            foreach (string other in inputs.Skip(1).Concat(outputs))
            {
                w.Line($"{GeneratedNames.SpanLengths}.Require({other}.Length, \"{other.TrimStart('@')}\", {first}.Length, \"{first.TrimStart('@')}\");");
            }

            using (w.Block($"for (int {i} = 0; {i} < {first}.Length; {i}++)"))
            {
                w.Line($"{(outputs.Count == 1 ? elements : "(" + elements + ")")} = {function}({string.Join(", ", inputs.Select(n => $"{n}[{i}]"))});");
            }
        }
    }
}
