using System.Linq;

namespace DiffGen.Generator.Emit;

/// <summary>Writes the scalar backward pass <c>FBackward</c>: <c>dy · dF/dx</c>, or a tuple of input gradients.</summary>
internal static class BackwardWriter
{
    /// <summary>Writes the member.</summary>
    public static void Write(CodeWriter w, MethodPlan m)
    {
        string name = m.Name + GeneratedNames.BackwardSuffix;
        string parameters = m.Parameters(m.Names.Append(m.Seed), m.T);
        if (m.Single)
        {
            // The seed times the derivative member, whose body is not repeated here.
            string x = m.Names[0];
            w.Line($"/// <summary>The backward pass (vector-Jacobian product) of <see cref=\"{m.Cref}\"/>: <c>{m.Seed} · d{m.Name}/d{x}</c>.</summary>");
            if (m.Throws)
            {
                w.Line(m.ThrowsRemark);
            }

            w.Line(MethodPlan.GeneratedCode)
             .Line($"{m.Accessibility} static {m.T} {name}({parameters})")
             .Line($"    => {m.Seed} * {m.Name}{GeneratedNames.DerivativeSuffix}({x});");
            return;
        }

        w.Line("/// <summary>")
         .Line($"/// The backward pass (vector-Jacobian product) of <see cref=\"{m.Cref}\"/>: <c>{m.Seed}</c> times each partial derivative,")
         .Line("/// <code>");
        for (int i = 0; i < m.Names.Count; i++)
        {
            DocComments.WriteFormula(w, $"∂{m.Name}/∂{m.Names[i]} = ", m.Gradient[i]);
        }

        w.Line("/// </code>")
         .Line("/// </summary>");
        if (m.Throws)
        {
            w.Line(m.ThrowsRemark);
        }

        w.Line("/// <returns>The gradients of the loss with respect to each input, in parameter order.</returns>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static ({string.Join(", ", m.Names.Select(n => $"{m.T} {m.GradientName(n)}"))}) {name}({parameters})");
        BodyEmitter.WriteBody(w, m.BackwardRoots, m.ReservedNames(), ScalarDialect.For(m));
    }
}
