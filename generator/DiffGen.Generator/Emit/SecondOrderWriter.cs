using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the second- and third-order members of a <c>[Differentiable(Order = 2)]</c> (or 3) method from its
/// <see cref="SecondOrderPlan"/>: one input, <c>FSecondDerivative</c>, <c>FThirdDerivative</c> and
/// <c>FBackwardBackward</c> with their span kernels and the function struct's vector bodies; several inputs,
/// <c>FHessianVectorProduct</c> and <c>FBackwardBackward</c> with their span kernels.
/// </summary>
internal static class SecondOrderWriter
{
    /// <summary>Writes the scalar members.</summary>
    public static void WriteScalar(CodeWriter w, MethodPlan m, SecondOrderPlan s)
    {
        string p = m.Parameters(m.Names, m.T);
        if (m.Single)
        {
            string x = m.Names[0];
            WriteDerivative(w, m, s.Second!, "second", "d²", GeneratedNames.SecondDerivativeSuffix);
            if (s.Third is not null)
            {
                w.Line();
                WriteDerivative(w, m, s.Third, "third", "d³", GeneratedNames.ThirdDerivativeSuffix);
            }

            string ddx = s.SecondGradient(x), dx = m.GradientName(x);
            w.Line()
             .Line($"/// <summary>Double backward: the backward pass of <c>{m.Name}{GeneratedNames.BackwardSuffix}({x}, {m.Seed}) = {m.Seed} · {m.Name}'({x})</c> given the gradient <paramref name=\"{ddx}\"/> of its result, <c>({ddx} · {m.Seed} · {m.Name}''({x}), {ddx} · {m.Name}'({x}))</c>.</summary>")
             .Line(MethodPlan.GeneratedCode)
             .Line($"{m.Accessibility} static ({m.T} {dx}, {m.T} {s.SeedGradient}) {m.Name}{GeneratedNames.BackwardBackwardSuffix}({m.Parameters(new[] { x, m.Seed, ddx }, m.T)})")
             .Line($"    => ({ddx} * {m.Seed} * {m.Name}{GeneratedNames.SecondDerivativeSuffix}({x}), {ddx} * {m.Name}{GeneratedNames.DerivativeSuffix}({x}));");
            return;
        }

        List<string> v = m.Names.Select(s.Direction).ToList(), dd = m.Names.Select(s.SecondGradient).ToList();

        // Where the second order vectorizes, the function struct holds the vector bodies; the scalar members run them
        // on one value (Scalar<T>: the same Math calls as scalar code) instead of a copy of them.
        bool shared = Interface(m) is not null;
        string OnScalar(string member, IEnumerable<string> args) => $"    => {KernelStruct(m)}.{member}<{GeneratedNames.ScalarVector}<{m.T}>>({string.Join(", ", args)});";
        w.Line($"/// <summary>The Hessian of <see cref=\"{m.Cref}\"/> times the direction <c>({string.Join(", ", v)})</c>, one entry per input.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static ({string.Join(", ", m.Names.Select(n => $"{m.T} {s.Product(n)}"))}) {m.Name}{GeneratedNames.HessianVectorProductSuffix}({p}, {m.Parameters(v, m.T)})");
        if (!shared)
        {
            BodyEmitter.WriteBody(w, s.HessianVectorProductRoots, m.ReservedNames(), ScalarDialect.For(m));
        }
        else
        {
            w.Line(OnScalar(GeneratedNames.HessianVectorProductSuffix, m.Names.Concat(v)));
        }

        w.Line()
         .Line($"/// <summary>The backward pass of <c>{m.Name}{GeneratedNames.BackwardSuffix}</c> given the gradients <c>({string.Join(", ", dd)})</c> of its results (double backward): <c>{m.Seed} · H·dd</c> for the inputs, <c>∇{m.Name}·dd</c> for <c>{m.Seed}</c>.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static ({string.Join(", ", m.Names.Select(n => $"{m.T} {m.GradientName(n)}").Append($"{m.T} {s.SeedGradient}"))}) {m.Name}{GeneratedNames.BackwardBackwardSuffix}({p}, {m.T} {m.Seed}, {m.Parameters(dd, m.T)})");
        if (!shared)
        {
            BodyEmitter.WriteBody(w, s.BackwardBackwardRoots, m.ReservedNames(), ScalarDialect.For(m));
        }
        else
        {
            w.Line(OnScalar(GeneratedNames.BackwardBackwardSuffix, m.Names.Append(m.Seed).Concat(dd)));
        }
    }

    /// <summary>Writes the span kernels.</summary>
    public static void WriteSpans(CodeWriter w, MethodPlan m, SecondOrderPlan s)
    {
        string remarks = "/// <exception cref=\"global::System.ArgumentException\">The spans differ in length.</exception>"
            + (s.ScalarReason is string reason ? $"\n/// <remarks>Runs one element at a time: {DocComments.Xml(reason)}.</remarks>" : string.Empty);
        if (m.Single)
        {
            string x = m.Names[0];
            var derivatives = new List<(string Suffix, string Output)> { (GeneratedNames.SecondDerivativeSuffix, "d2") };
            if (s.Third is not null)
            {
                derivatives.Add((GeneratedNames.ThirdDerivativeSuffix, "d3"));
            }

            foreach ((string suffix, string preferred) in derivatives)
            {
                string output = preferred == x ? preferred + "_" : preferred;
                string name = m.Name + suffix;
                w.Line($"/// <summary>Kernel: <c>{output}[i] = {name}({x}[i])</c> for every element; <paramref name=\"{output}\"/> may be the memory of <paramref name=\"{x}\"/>.</summary>")
                 .Line(remarks)
                 .Line(MethodPlan.GeneratedCode)
                 .Line($"{m.Accessibility} static void {name}({m.ReadOnlySpans(new[] { x })}, {m.Spans(new[] { output })})");
                SpanKernelWriter.WriteBody(w, m, new[] { x }, new[] { output }, suffix, name, s.Vectorized);
                w.Line();
            }

            string ddx = s.SecondGradient(x), dx = m.GradientName(x);
            string bb = m.Name + GeneratedNames.BackwardBackwardSuffix;
            w.Line($"/// <summary>Double backward kernel: <c>{bb}</c> of every element; the outputs may be the memory of an input.</summary>")
             .Line(remarks)
             .Line(MethodPlan.GeneratedCode)
             .Line($"{m.Accessibility} static void {bb}({m.ReadOnlySpans(new[] { x, m.Seed, ddx })}, {m.Spans(new[] { dx, s.SeedGradient })})");
            SpanKernelWriter.WriteBody(w, m, new[] { x, m.Seed, ddx }, new[] { dx, s.SeedGradient }, GeneratedNames.BackwardBackwardSuffix, bb, s.Vectorized);
            return;
        }

        List<string> v = m.Names.Select(s.Direction).ToList(), h = m.Names.Select(s.Product).ToList();
        string hvp = m.Name + GeneratedNames.HessianVectorProductSuffix;
        w.Line($"/// <summary>Hessian-vector product kernel: <c>{hvp}</c> of every element; the outputs may be the memory of an input.</summary>")
         .Line(remarks)
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static void {hvp}({m.ReadOnlySpans(m.Names.Concat(v))}, {m.Spans(h)})");
        SpanKernelWriter.WriteBody(w, m, m.Names.Concat(v).ToList(), h, GeneratedNames.HessianVectorProductSuffix, hvp, s.Vectorized);

        List<string> inputs = m.Names.Append(m.Seed).Concat(m.Names.Select(s.SecondGradient)).ToList();
        List<string> outputs = m.Names.Select(m.GradientName).Append(s.SeedGradient).ToList();
        string name2 = m.Name + GeneratedNames.BackwardBackwardSuffix;
        w.Line()
         .Line($"/// <summary>Double backward kernel: <c>{name2}</c> of every element; the outputs may be the memory of an input.</summary>")
         .Line(remarks)
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static void {name2}({m.ReadOnlySpans(inputs)}, {m.Spans(outputs)})");
        SpanKernelWriter.WriteBody(w, m, inputs, outputs, GeneratedNames.BackwardBackwardSuffix, name2, s.Vectorized);
    }

    /// <summary>The runtime interface the function struct implements for the second-order drivers, or null.</summary>
    public static string? Interface(MethodPlan m) =>
        m.SecondOrder is not { Vectorized: true } s ? null
            : m.Single ? $"{(s.Third is null ? GeneratedNames.SecondOrderFunction : GeneratedNames.ThirdOrderFunction)}<{m.T}>"
            : $"{GeneratedNames.SecondOrderFunction}{m.Names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}<{m.T}>";

    /// <summary>Writes the function struct's second-order members (scalar forwarders, then one vector body each).</summary>
    public static void WriteKernelMembers(CodeWriter w, MethodPlan m, string inline, string constraint)
    {
        if (Interface(m) is null)
        {
            return;
        }

        SecondOrderPlan s = m.SecondOrder!;
        string t = m.T, f = m.Qualified, v = m.Width, x = m.Names[0];
        var dialect = new VectorDialect(m);
        w.Line();
        if (!m.Single)
        {
            WriteSeveralInputMembers(w, m, s, inline, constraint, dialect);
            return;
        }

        Member(w, $"public {t} {GeneratedNames.SecondDerivativeSuffix}({t} x) => {f}{GeneratedNames.SecondDerivativeSuffix}(x);");
        Member(w, $"public ({t}, {t}) {GeneratedNames.BackwardBackwardSuffix}({t} x, {t} dy, {t} ddx) => {f}{GeneratedNames.BackwardBackwardSuffix}(x, dy, ddx);");
        Member(w, inline + $"public static {v} {GeneratedNames.SecondDerivativeSuffix}<{v}>({m.Parameters(m.Names, v)}) {constraint}");
        BodyEmitter.WriteBody(w, new[] { s.Second! }, m.ReservedNames(), dialect);
        Member(w, inline + $"public static ({v}, {v}) {GeneratedNames.BackwardBackwardSuffix}<{v}>({m.Parameters(new[] { x, m.Seed, s.SecondGradient(x) }, v)}) {constraint}");
        BodyEmitter.WriteBody(w, s.BackwardBackwardRoots, m.ReservedNames(), dialect);
        if (s.Third is not null)
        {
            Member(w, $"public {t} {GeneratedNames.ThirdDerivativeSuffix}({t} x) => {f}{GeneratedNames.ThirdDerivativeSuffix}(x);");
            Member(w, inline + $"public static {v} {GeneratedNames.ThirdDerivativeSuffix}<{v}>({m.Parameters(m.Names, v)}) {constraint}");
            BodyEmitter.WriteBody(w, new[] { s.Third }, m.ReservedNames(), dialect);
        }
    }

    /// <summary>
    /// The members of <c>IVectorSecondOrderFunction{n}</c>: the Hessian-vector product and the double backward, scalar
    /// and vector. The double backward (dy · H·dd, ∇F·dd) calls the Hessian-vector product's body and the backward
    /// pass's (at dy = 1, for ∇F) instead of repeating them: it computes the gradient's shared subexpressions twice,
    /// but a body that computed H·v with ∇F·v for both would slow the Hessian-vector product's kernel wherever the JIT
    /// does not inline it (a method of many inputs), and two bodies would double the generated size.
    /// </summary>
    private static void WriteSeveralInputMembers(CodeWriter w, MethodPlan m, SecondOrderPlan s, string inline, string constraint, VectorDialect dialect)
    {
        string t = m.T, f = m.Qualified, v = m.Width, kernel = KernelStruct(m);
        List<string> dd = m.Names.Select(s.SecondGradient).ToList();
        List<string> hvp = m.Names.Concat(m.Names.Select(s.Direction)).ToList(), bb = m.Names.Append(m.Seed).Concat(dd).ToList();
        List<string> products = m.Names.Select(s.Product).ToList(), gradients = m.Names.Select(m.GradientName).ToList();
        string Tuple(string type, int count) => "(" + string.Join(", ", Enumerable.Repeat(type, count)) + ")";
        Member(w, $"public {Tuple(t, m.Names.Count)} {GeneratedNames.HessianVectorProductSuffix}({m.Parameters(hvp, t)}) => {f}{GeneratedNames.HessianVectorProductSuffix}({string.Join(", ", hvp)});");
        Member(w, $"public {Tuple(t, m.Names.Count + 1)} {GeneratedNames.BackwardBackwardSuffix}({m.Parameters(bb, t)}) => {f}{GeneratedNames.BackwardBackwardSuffix}({string.Join(", ", bb)});");
        Member(w, inline + $"public static {Tuple(v, m.Names.Count)} {GeneratedNames.HessianVectorProductSuffix}<{v}>({m.Parameters(hvp, v)}) {constraint}");
        BodyEmitter.WriteBody(w, s.HessianVectorProductRoots, m.ReservedNames(), dialect);
        Member(w, inline + $"public static {Tuple(v, m.Names.Count + 1)} {GeneratedNames.BackwardBackwardSuffix}<{v}>({m.Parameters(bb, v)}) {constraint}");

        // ∇F·dd summed in the order of SecondOrderPlan's graph, and dy · g at dy = 1 is g exactly: the same bits.
        string one = $"{v}.Create({ExpressionPrinter.CSharpLiteral(1, m.Gradient[0].Type)})";
        using (w.Block())
        {
            w.Line($"var ({string.Join(", ", products)}) = {kernel}.{GeneratedNames.HessianVectorProductSuffix}<{v}>({string.Join(", ", m.Names.Concat(dd))});")
             .Line($"var ({string.Join(", ", gradients)}) = {kernel}.{GeneratedNames.BackwardMember}<{v}>({string.Join(", ", m.Names)}, {one});")
             .Line($"return ({string.Join(", ", products.Select(h => $"{m.Seed} * {h}"))}, {string.Join(" + ", gradients.Select((g, k) => $"{g} * {dd[k]}"))});");
        }
    }

    /// <summary>The function struct's <c>global::</c>-qualified name (a parameter may have its simple name).</summary>
    private static string KernelStruct(MethodPlan m) => m.Qualified.Substring(0, m.Qualified.LastIndexOf('.') + 1) + m.KernelStructName;

    private static void WriteDerivative(CodeWriter w, MethodPlan m, Ir.Node root, string ordinal, string d, string suffix)
    {
        string x = m.Names[0];
        w.Line("/// <summary>")
         .Line($"/// The {ordinal} derivative of <see cref=\"{m.Cref}\"/> with respect to <paramref name=\"{x}\"/>:")
         .Line("/// <code>");
        DocComments.WriteFormula(w, $"{d}/d{x}{(d == "d²" ? "²" : "³")} {m.Name}({x}) = ", root);
        w.Line("/// </code>")
         .Line("/// </summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{m.Accessibility} static {m.T} {m.Name}{suffix}({m.Parameters(m.Names, m.T)})");
        BodyEmitter.WriteBody(w, new[] { root }, m.ReservedNames(), ScalarDialect.For(m));
    }

    /// <summary>An interface member: its documentation is the interface's.</summary>
    private static void Member(CodeWriter w, string declaration) => w.Line("/// <inheritdoc/>").Line(declaration);
}
