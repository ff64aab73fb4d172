using System.Linq;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the function struct <c>FKernel</c>: for a single-input method an <c>IElementwiseFunction&lt;T&gt;</c> (generic
/// code over the function, no delegate or virtual call); where the method vectorizes, also the
/// <c>IVectorFunction</c> that the runtime's SIMD drivers run, with the method's one vector body per value and
/// derivative (or backward pass), written once for every vector width.
/// </summary>
internal static class KernelStructWriter
{
    /// <summary>Writes the struct.</summary>
    public static void Write(CodeWriter w, MethodPlan m)
    {
        string t = m.T;
        string arity = m.Single ? string.Empty : m.Names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var interfaces = new System.Collections.Generic.List<string>();
        if (m.Single && m.Targets.KernelStruct)
        {
            interfaces.Add($"{GeneratedNames.ElementwiseFunction}<{t}>");
        }

        if (m.Vectorized)
        {
            interfaces.Add($"{GeneratedNames.VectorFunction}{arity}<{t}>");
            if (m.HasBroadcast)
            {
                interfaces.AddRange(BroadcastKernelWriter.Interfaces(m));
            }
        }

        if (SecondOrderWriter.Interface(m) is string secondOrder)
        {
            interfaces.Add(secondOrder);
        }

        w.Line(m.Vectorized
                ? $"/// <summary><see cref=\"{m.Cref}\"/> as a struct for generic code and the SIMD kernels (no delegate, no virtual call): its scalar members, and one vector body for every width.</summary>"
                : $"/// <summary><see cref=\"{m.Cref}\"/> and its generated derivative and kernels, as a struct for generic code (no delegate, no virtual call).</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} readonly struct {m.KernelStructName} : {string.Join(", ", interfaces)}");
        using (w.Block())
        {
            // Qualified: inside the struct, a method named Value or Forward would otherwise mean the struct's own.
            string f = m.Qualified;
            if (m.HasBroadcast && m.Vectorized)
            {
                BroadcastKernelWriter.WriteStructMembers(w, m);
                w.Line();
            }

            string derivative = f + GeneratedNames.DerivativeSuffix, backward = f + GeneratedNames.BackwardSuffix;
            if (m.Single)
            {
                Member(w, $"public {t} {GeneratedNames.ValueMember}({t} x) => {f}(x);");
                Member(w, $"public {t} {GeneratedNames.DerivativeMember}({t} x) => {derivative}(x);");
                if (m.Targets.KernelStruct)
                {
                    Member(w, $"public void {GeneratedNames.ForwardMember}(global::System.ReadOnlySpan<{t}> x, global::System.Span<{t}> y) => {f}(x, y);");
                    Member(w, $"public void {GeneratedNames.BackwardMember}(global::System.ReadOnlySpan<{t}> x, global::System.ReadOnlySpan<{t}> dy, global::System.Span<{t}> dx) => {backward}(x, dy, dx);");
                }
            }
            else
            {
                string names = string.Join(", ", m.Names);
                Member(w, $"public {t} {GeneratedNames.ValueMember}({m.Parameters(m.Names, t)}) => {f}({names});");
                Member(w, $"public ({string.Join(", ", m.Names.Select(_ => t))}) {GeneratedNames.BackwardMember}({m.Parameters(m.Names.Append(m.Seed), t)}) => {backward}({names}, {m.Seed});");
            }

            if (m.Vectorized)
            {
                var dialect = new VectorDialect(m);
                string v = m.Width;
                string constraint = $"where {v} : struct, {GeneratedNames.Vector}<{v}, {t}>";

                // Into the driver's loop: the JIT otherwise keeps some small bodies (the seed's) as a call per vector,
                // with the vectors passed and returned through memory.
                const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] ";
                w.Line();
                Member(w, Inline + $"public static {v} {GeneratedNames.ValueMember}<{v}>({m.Parameters(m.Names, v)}) {constraint}");
                BodyEmitter.WriteBody(w, new[] { m.Value }, m.ReservedNames(), dialect);
                w.Line();
                if (m.Single)
                {
                    Member(w, Inline + $"public static {v} {GeneratedNames.DerivativeMember}<{v}>({m.Parameters(m.Names, v)}) {constraint}");
                    BodyEmitter.WriteBody(w, new[] { m.Gradient[0] }, m.ReservedNames(), dialect);
                }
                else
                {
                    Member(w, Inline + $"public static ({string.Join(", ", m.Names.Select(_ => v))}) {GeneratedNames.BackwardMember}<{v}>({m.Parameters(m.Names.Append(m.Seed), v)}) {constraint}");
                    BodyEmitter.WriteBody(w, m.BackwardRoots, m.ReservedNames(), dialect);
                }

                SecondOrderWriter.WriteKernelMembers(w, m, Inline, constraint);
            }
        }
    }

    /// <summary>An interface member: its documentation is the interface's.</summary>
    private static void Member(CodeWriter w, string declaration) => w.Line("/// <inheritdoc/>").Line(declaration);
}
