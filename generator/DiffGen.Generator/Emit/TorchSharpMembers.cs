using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the TorchSharp members of one [Differentiable] method <c>F</c>, emitted when the compilation references
/// <c>DiffGen.TorchSharp</c>: the struct <c>FTensorOperations</c> (the method as tensor operations, forward and backward,
/// printed by <see cref="TensorDialect"/>), for several inputs or <c>Order = 2</c> the kernel struct <c>FTensorKernel</c>, the tensor
/// function <c>Tensor F(Tensor x, …)</c> with its overload taking a <c>TensorPath</c>, and for a single input the module
/// <c>FModule</c>. The tensor functions are one line into the runtime library, which owns autograd, broadcasting,
/// threading and the choice of path.
/// </summary>
internal static class TorchSharpMembers
{
    /// <summary>The metadata name of the runtime entry point whose presence turns these members on.</summary>
    public const string TensorFunctionType = "DiffGen.TorchSharp.TensorFunction";

    private const string Tensor = GeneratedNames.Tensor;
    private const string Runtime = GeneratedNames.TorchSharpRuntime;
    private const string PathType = Runtime + ".TensorPath";

    /// <summary>The members' source, or an empty string where there are none to write.</summary>
    /// <param name="method">The [Differentiable] method.</param>
    /// <param name="plan">Its plan: graphs and names.</param>
    /// <param name="elementwiseStruct">Whether its <c>IElementwiseFunction</c> struct is generated (single input).</param>
    public static string Emit(IMethodSymbol method, MethodPlan plan, bool elementwiseStruct)
    {
        if (plan.HasBroadcast)
        {
            return TorchSharpBroadcastMembers.Emit(method, plan);
        }

        int arity = plan.Names.Count;
        if (arity == 1 && !elementwiseStruct)
        {
            return string.Empty;
        }

        ValueType type = plan.Type;
        string operations = GeneratedNames.TensorOperationsStruct(GeneratedNames.KernelStruct(method));
        string kernel = TensorStructName(method, type, GeneratedNames.TensorKernelSuffix);
        bool tensorKernel = HasTensorKernel(method);
        if (HasMember(method, operations) || (tensorKernel && HasMember(method, kernel)))
        {
            // The user declares a member of that name: no struct, so no tensor function built on it either.
            return string.Empty;
        }

        // A float and a double overload of the same arity would both declare F(Tensor, …): the float one declares it
        // once for both, choosing the kernels by the tensors' dtype.
        IMethodSymbol? twin = Siblings(method).FirstOrDefault(o => o.Parameters.Length == arity && ElementTypeOf(o) != type
            && !o.Parameters.Any(p => KnownNames.HasAttribute(p, KnownNames.BroadcastAttribute)));
        bool declaresTensorMembers = twin is null || type == ValueType.Float;

        var w = new CodeWriter();
        WriteOperations(w, method, plan, operations);
        if (tensorKernel)
        {
            w.Line();
            WriteTensorKernel(w, plan, kernel);
        }

        if (!declaresTensorMembers || HasTensorMethod(method))
        {
            return w.ToString();
        }

        string container = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string apply = twin is null
            ? $"{Runtime}.TensorFunction.Apply<{KernelType(method, type, container)}, {container}.{operations}, {plan.T}>"
            : $"{Runtime}.TensorFunction.ApplyFloatOrDouble<{KernelType(method, ValueType.Float, container)}, {container}.{operations}, "
                + $"{KernelType(twin, ValueType.Double, container)}, {container}.{GeneratedNames.TensorOperationsStruct(GeneratedNames.KernelStruct(twin))}>";
        string dtypes = twin is null ? (type == ValueType.Float ? "<c>float32</c>" : "<c>float64</c>") : "<c>float32</c> or <c>float64</c>";
        string tensors = string.Join(", ", plan.Names.Select(_ => Tensor));
        string self = $"{method.Name}({tensors})";
        string path = GeneratedNames.Free(plan.ReservedNames(), GeneratedNames.TensorPathParameter, GeneratedNames.TensorPathParameterFallback);

        w.Line()
         .Line("/// <summary>")
         .Line($"/// <see cref=\"{plan.Cref}\"/> on every element of {dtypes} tensors{(twin is null ? string.Empty : " (the <c>double</c> overload for <c>float64</c>)")}, with autograd: the result")
         .Line("/// requires grad when an input does, and its backward pass is DiffGen's generated backward. On CPU tensors the SIMD")
         .Line($"/// kernels run; on any other device the same method as tensor operations (<see cref=\"{operations}\"/>). Inputs broadcast")
         .Line("/// by torch's rules; each input's gradient is summed back to its shape.")
         .Line("/// </summary>");
        WriteTensorFunctions(w, method, plan, apply, dtypes, self, path, "the inputs' broadcast shape",
            $"An input is not {dtypes}, or the shapes do not broadcast.");

        string module = method.Name + GeneratedNames.ModuleSuffix;
        if (arity == 1 && !HasMember(method, module))
        {
            WriteModule(w, plan, module, container, self, dtypes);
        }

        return w.ToString();
    }

    /// <summary>
    /// <c>FTensorOperations</c>: the value and the backward roots as tensor operations, or, where an operation has no
    /// tensor spelling, members that say so (the tensor path throws; the kernels still run the method on the CPU).
    /// </summary>
    internal static void WriteOperations(CodeWriter w, IMethodSymbol method, MethodPlan plan, string name)
    {
        var dialect = new TensorDialect(plan);
        string? obstacle = dialect.Obstacle(plan.BackwardRoots.Prepend(plan.Value));
        string list = $"global::System.Collections.Generic.IReadOnlyList<{Tensor}>";
        string inputs = string.Join(", ", plan.Names.Select((_, k) => $"inputs[{k}]"));
        w.Line($"/// <summary><see cref=\"{plan.Cref}\"/> as TorchSharp tensor operations, forward and backward: what its tensor function runs on devices other than the CPU, and on the CPU with <c>TensorPath.TensorOperations</c>.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} readonly struct {name} : {Runtime}.ITensorOperations");
        using (w.Block())
        {
            if (obstacle is not null)
            {
                string why = SymbolDisplay.FormatLiteral(
                    $"{method.Name} cannot run as TorchSharp tensor operations: {obstacle} has no tensor spelling in DiffGen. "
                    + "Its CPU kernels run it: call it on CPU tensors with TensorPath.Automatic or TensorPath.Kernels.", quote: true);
                w.Line("/// <inheritdoc/>")
                 .Line($"public string? Unsupported => {why};")
                 .Line()
                 .Line("/// <inheritdoc/>")
                 .Line($"public {Tensor} Forward({list} inputs) => throw new global::System.NotSupportedException(Unsupported);")
                 .Line()
                 .Line("/// <inheritdoc/>")
                 .Line($"public {Tensor}[] Backward({list} inputs, {Tensor} outputGradient) => throw new global::System.NotSupportedException(Unsupported);");
                return;
            }

            // A [Differentiable] callee's own tensor operations may have no tensor spelling: then neither has this method.
            var callees = dialect.Callees.Select(c => $"default({c}).Unsupported").ToList();
            string prefix = SymbolDisplay.FormatLiteral($"{method.Name} cannot run as TorchSharp tensor operations because a method it calls cannot: ", quote: true);
            string unsupported = callees.Count == 0 ? "null"
                : $"({string.Join(" ?? ", callees)}) is string callee ? {prefix} + callee : null";
            string backward = GeneratedNames.BackwardMember;
            w.Line("/// <inheritdoc/>")
             .Line($"public string? Unsupported => {unsupported};")
             .Line()
             .Line("/// <inheritdoc/>")
             .Line($"public {Tensor} Forward({list} inputs) => {GeneratedNames.ValueMember}({inputs});")
             .Line()
             .Line("/// <inheritdoc/>")
             .Line($"public {Tensor}[] Backward({list} inputs, {Tensor} outputGradient)");
            if (plan.Single)
            {
                w.Line($"    => new[] {{ {backward}({inputs}, outputGradient) }};");
            }
            else
            {
                using (w.Block())
                {
                    w.Line($"({string.Join(", ", plan.Names.Select(_ => Tensor))}) gradients = {backward}({inputs}, outputGradient);")
                     .Line($"return new[] {{ {string.Join(", ", plan.Names.Select((_, k) => $"gradients.Item{k + 1}"))} }};");
                }
            }

            w.Line()
             .Line("/// <summary>The value, element-wise; <c>torch.where</c> keeps each element's own side of a branch.</summary>")
             .Line($"private static {Tensor} {GeneratedNames.ValueMember}({plan.Parameters(plan.Names, Tensor)})");
            BodyEmitter.WriteBody(w, new[] { plan.Value }, plan.ReservedNames(), dialect);
            string result = plan.Single ? Tensor : "(" + string.Join(", ", plan.Names.Select(_ => Tensor)) + ")";
            w.Line()
             .Line($"/// <summary>The backward pass, <c>{plan.Seed}</c> times each partial derivative: the <c>where</c> of a branch is the last operation, so no Inf or NaN of the side not taken leaks in.</summary>")
             .Line($"private static {result} {backward}({plan.Parameters(plan.Names.Append(plan.Seed), Tensor)})");
            BodyEmitter.WriteBody(w, plan.BackwardRoots, plan.ReservedNames(), dialect);
        }
    }

    private static void WriteTensorKernel(CodeWriter w, MethodPlan plan, string name)
    {
        // Qualified: inside the struct, a method named Forward or Backward would otherwise mean the struct's own.
        string f = plan.Qualified;
        string spans = $"{Runtime}.KernelSpans<{plan.T}>";
        IEnumerable<string> inputs = plan.Names.Select((_, k) => $"inputs[{k}]");
        IEnumerable<string> gradients = plan.Names.Select((_, k) => $"inputGradients[{k}]");
        string kind = plan.SecondOrder is null ? "ITensorKernel" : "ISecondOrderTensorKernel";
        w.Line($"/// <summary>The span kernels of <see cref=\"{plan.Cref}\"/> as one struct, for DiffGen.TorchSharp's tensor functions.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} readonly struct {name} : {Runtime}.{kind}<{plan.T}>");
        using (w.Block())
        {
            w.Line("/// <inheritdoc/>")
             .Line($"public void {GeneratedNames.ForwardMember}({spans} inputs, global::System.Span<{plan.T}> output)")
             .Line($"    => {f}({string.Join(", ", inputs)}, output);")
             .Line()
             .Line("/// <inheritdoc/>")
             .Line($"public void {GeneratedNames.BackwardMember}({spans} inputs, global::System.ReadOnlySpan<{plan.T}> outputGradient, {spans} inputGradients)")
             .Line($"    => {f}{GeneratedNames.BackwardSuffix}({string.Join(", ", inputs)}, outputGradient, {string.Join(", ", gradients)});");
            if (plan.SecondOrder is not null)
            {
                // The double backward, so that a backward pass through the kernels can be differentiated again.
                IEnumerable<string> seconds = plan.Names.Select((_, k) => $"secondGradients[{k}]");
                w.Line()
                 .Line("/// <inheritdoc/>")
                 .Line($"public void {GeneratedNames.BackwardBackwardSuffix}({spans} inputs, global::System.ReadOnlySpan<{plan.T}> outputGradient, {spans} secondGradients, {spans} inputGradients, global::System.Span<{plan.T}> outputGradientGradient)")
                 .Line($"    => {f}{GeneratedNames.BackwardBackwardSuffix}({string.Join(", ", inputs)}, outputGradient, {string.Join(", ", seconds)}, {string.Join(", ", gradients)}, outputGradientGradient);");
            }
        }
    }

    private static void WriteModule(CodeWriter w, MethodPlan plan, string module, string container, string self, string dtypes)
    {
        string x = plan.Names[0];
        w.Line()
         .Line($"/// <summary>A TorchSharp module applying <see cref=\"{plan.Cref}\"/> to every element of its input, for <c>nn.Sequential</c>; it has no parameters.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} sealed class {module} : global::TorchSharp.torch.nn.Module<{Tensor}, {Tensor}>");
        using (w.Block())
        {
            w.Line($"private readonly {PathType} path;")
             .Line()
             .Line($"/// <summary>Creates the module, named <c>{plan.Name.TrimStart('@')}</c>: the kernels on CPU tensors, tensor operations on other devices.</summary>")
             .Line($"public {module}()")
             .Line($"    : this({PathType}.Automatic)")
             .Line("{")
             .Line("}")
             .Line()
             .Line($"/// <summary>Creates the module, named <c>{plan.Name.TrimStart('@')}</c>, computing through <paramref name=\"path\"/>.</summary>")
             .Line("/// <param name=\"path\">Kernels, tensor operations, or by device.</param>")
             .Line($"public {module}({PathType} path)")
             .Line($"    : base(\"{plan.Name.TrimStart('@')}\")")
             .Line("{")
             .Line("    this.path = path;")
             .Line("}")
             .Line()
             .Line($"/// <summary>Applies <see cref=\"{self}\"/> to every element of <paramref name=\"{x}\"/>.</summary>")
             .Line($"/// <param name=\"{x}\">A {dtypes} tensor.</param>")
             .Line("/// <returns>A new tensor of the same shape.</returns>")
             .Line($"public override {Tensor} forward({Tensor} {x})")
             .Line($"    => {container}.{plan.Name}({x}, this.path);");
        }
    }

    internal static void WriteParameters(CodeWriter w, MethodPlan plan, string dtypes)
    {
        for (int k = 0; k < plan.Names.Count; k++)
        {
            string n = plan.Names[k].TrimStart('@');
            w.Line(plan.Broadcast[k]
                ? $"/// <param name=\"{n}\">The <c>[Broadcast]</c> parameter: a {dtypes} 0-d tensor, or <c>[C]</c> for one value per channel.</param>"
                : $"/// <param name=\"{n}\">A {dtypes} tensor.</param>");
        }
    }

    /// <summary>
    /// Writes the two tensor functions after the first one's summary, which the caller writes: <c>F(Tensor…)</c>, which
    /// chooses the path by device, and <c>F(Tensor…, TensorPath)</c>. <paramref name="shape"/> names the result's shape
    /// and <paramref name="argumentError"/> says when an <c>ArgumentException</c> is thrown.
    /// </summary>
    internal static void WriteTensorFunctions(
        CodeWriter w, IMethodSymbol method, MethodPlan plan, string apply, string dtypes, string self, string path, string shape, string argumentError)
    {
        string arguments = string.Join(", ", plan.Names);
        WriteParameters(w, plan, dtypes);
        w.Line($"/// <returns>A new tensor of {shape}.</returns>")
         .Line($"/// <exception cref=\"global::System.ArgumentException\">{argumentError}</exception>")
         .Line("/// <exception cref=\"global::System.NotSupportedException\">An input is not on the CPU and the method has no tensor-operations path (the message says why).</exception>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} static {Tensor} {plan.Name}({plan.Parameters(plan.Names, Tensor)})")
         .Line($"    => {apply}(\"{method.Name}\", {PathType}.Automatic, {arguments});")
         .Line()
         .Line("/// <summary>")
         .Line($"/// <see cref=\"{self}\"/> through the path <paramref name=\"{path}\"/> names: the kernels (CPU tensors only),")
         .Line("/// tensor operations (any device; their backward pass can be differentiated again, <c>create_graph: true</c>), or by device.")
         .Line("/// </summary>");
        WriteParameters(w, plan, dtypes);
        w.Line($"/// <param name=\"{path}\">How to compute.</param>")
         .Line($"/// <returns>A new tensor of {shape}.</returns>")
         .Line($"/// <exception cref=\"global::System.ArgumentException\">{argumentError}</exception>")
         .Line("/// <exception cref=\"global::System.NotSupportedException\">The kernels for a tensor not on the CPU, or tensor operations for a method that has none (the message says why).</exception>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} static {Tensor} {plan.Name}({plan.Parameters(plan.Names, Tensor)}, {PathType} {path})")
         .Line($"    => {apply}(\"{method.Name}\", {path}, {arguments});");
    }

    /// <summary>The kernel struct type argument of a tensor function, qualified.</summary>
    internal static string KernelType(IMethodSymbol method, ValueType type, string container)
    {
        string t = ExpressionPrinter.TypeName(type);
        return !HasTensorKernel(method)
            ? $"{Runtime}.ElementwiseKernel<{container}.{GeneratedNames.KernelStruct(method)}, {t}>"
            : $"{container}.{TensorStructName(method, type, GeneratedNames.TensorKernelSuffix)}";
    }

    /// <summary><c>FTensorKernel</c>, or <c>FFloat2TensorKernel</c> when several overloads of <c>F</c> have one.</summary>
    internal static string TensorStructName(IMethodSymbol method, ValueType type, string suffix)
    {
        bool overloaded = Siblings(method).Count(HasTensorKernel) > 1;
        return method.Name + (overloaded ? Suffix(type) + method.Parameters.Length : string.Empty) + suffix;
    }

    /// <summary>
    /// Whether the method's kernels reach the runtime through a generated <c>FTensorKernel</c>: with several inputs, or
    /// with second-order kernels (<c>Order = 2</c> or 3), which <c>ElementwiseKernel</c> cannot offer; else its
    /// <c>FKernel</c> through <c>ElementwiseKernel</c>.
    /// </summary>
    private static bool HasTensorKernel(IMethodSymbol method) => method.Parameters.Length > 1 || DerivativeOrder.Of(method) > 1;

    /// <summary>The method and its [Differentiable] overloads whose parameters and result are all float or all double.</summary>
    internal static IEnumerable<IMethodSymbol> Siblings(IMethodSymbol method) =>
        method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Where(o => KnownNames.HasAttribute(o, KnownNames.DifferentiableAttribute) && ElementTypeOf(o) is not null);

    /// <summary>
    /// The element type of a method whose result and parameters are all float or all double (the front end's one rule,
    /// <see cref="FrontEnd.ElementType"/>), else null: an <c>int</c> overload, rejected with DIFF003, is no twin.
    /// </summary>
    internal static ValueType? ElementTypeOf(IMethodSymbol method)
    {
        ValueType? type = FrontEnd.ElementType.Of(method.ReturnType);
        return type is not null && method.IsStatic && method.Parameters.Length > 0 && method.Parameters.All(p => FrontEnd.ElementType.Of(p.Type) == type) ? type : null;
    }

    /// <summary>Whether the user already declares a method <c>F</c> taking as many tensors (then it is not generated).</summary>
    internal static bool HasTensorMethod(IMethodSymbol method) =>
        method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(o =>
            o.Parameters.Length == method.Parameters.Length
            && o.Parameters.All(p => p.Type.ToDisplayString() == "TorchSharp.torch.Tensor"));

    internal static bool HasMember(IMethodSymbol method, string name) => !method.ContainingType.GetMembers(name).IsEmpty;

    private static string Suffix(ValueType type) => type == ValueType.Float ? "Float" : "Double";
}
