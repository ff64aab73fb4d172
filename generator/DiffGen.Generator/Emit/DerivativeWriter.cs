namespace DiffGen.Generator.Emit;

/// <summary>Writes <c>FDerivative(x)</c>, the derivative of a single-input method, with its formula in the doc comment.</summary>
internal static class DerivativeWriter
{
    /// <summary>Writes the member.</summary>
    public static void Write(CodeWriter w, MethodPlan m)
    {
        string x = m.Names[0];
        w.Line("/// <summary>")
         .Line($"/// The derivative of <see cref=\"{m.Cref}\"/> with respect to <paramref name=\"{x}\"/>:")
         .Line("/// <code>");
        DocComments.WriteFormula(w, $"d/d{x} {m.Name}({x}) = ", m.Gradient[0]);
        w.Line("/// </code>")
         .Line("/// </summary>");
        if (m.Throws)
        {
            w.Line(m.ThrowsRemark);
        }

        w.Line($"/// <param name=\"{x}\">The point at which to differentiate.</param>")
         .Line($"/// <returns>d{m.Name}/d{x} at <paramref name=\"{x}\"/>.</returns>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static {m.T} {m.Name}{GeneratedNames.DerivativeSuffix}({m.Parameters(m.Names, m.T)})");
        BodyEmitter.WriteBody(w, new[] { m.Gradient[0] }, m.ReservedNames(), ScalarDialect.For(m));
    }
}
