using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the TorchSharp members of a [Differentiable] method with <c>[Broadcast]</c> parameters: its
/// <c>FTensorOperations</c> (every input a tensor, as for any method), the kernel struct <c>FTensorKernel</c> over the
/// span kernels that take the parameters as values (and over the per-channel drivers where the function struct has
/// per-channel members: <c>IPerChannelTensorKernel</c>), the tensor function <c>Tensor F(Tensor x, Tensor beta)</c> (a
/// parameter is a 0-d tensor, or <c>[C]</c> for one value per channel) with its <c>TensorPath</c> overload, and, for one
/// span input whose parameters all have C# default values, the module <c>FModule</c> holding them as trainable
/// parameters. The runtime's <c>ParametricTensorFunction</c> and <c>ParametricModule</c> do the work.
/// </summary>
internal static class TorchSharpBroadcastMembers
{
    private const string Tensor = GeneratedNames.Tensor;
    private const string Runtime = GeneratedNames.TorchSharpRuntime;
    private const string PathType = Runtime + ".TensorPath";

    /// <summary>The members' source, or an empty string where the user's own members take their names.</summary>
    public static string Emit(IMethodSymbol method, MethodPlan plan)
    {
        ValueType type = plan.Type;
        int arity = plan.Names.Count;
        string operations = GeneratedNames.TensorOperationsStruct(GeneratedNames.KernelStruct(method));
        string kernel = TorchSharpMembers.TensorStructName(method, type, GeneratedNames.TensorKernelSuffix);
        if (TorchSharpMembers.HasMember(method, operations) || TorchSharpMembers.HasMember(method, kernel))
        {
            return string.Empty;
        }

        // A float and a double overload with the same [Broadcast] parameters share one tensor function, which the float
        // one declares; an overload of the same arity broadcasting other parameters would declare the same signature.
        IMethodSymbol? sameArity = TorchSharpMembers.Siblings(method).FirstOrDefault(o => o.Parameters.Length == arity && TorchSharpMembers.ElementTypeOf(o) != type);
        IMethodSymbol? twin = sameArity is not null && Mask(sameArity).SequenceEqual(plan.Broadcast) ? sameArity : null;
        bool declaresTensorMembers = sameArity is null || (twin is not null && type == ValueType.Float);

        var w = new CodeWriter();
        TorchSharpMembers.WriteOperations(w, method, plan, operations);
        w.Line();
        WriteKernel(w, plan, kernel, method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        if (!declaresTensorMembers || TorchSharpMembers.HasTensorMethod(method))
        {
            return w.ToString();
        }

        string container = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string function = Runtime + ".ParametricTensorFunction";
        string apply = twin is null
            ? $"{function}.Apply<{container}.{kernel}, {container}.{operations}, {plan.T}>"
            : $"{function}.ApplyFloatOrDouble<{container}.{kernel}, {container}.{operations}, "
                + $"{container}.{TorchSharpMembers.TensorStructName(twin, ValueType.Double, GeneratedNames.TensorKernelSuffix)}, {container}.{GeneratedNames.TensorOperationsStruct(GeneratedNames.KernelStruct(twin))}>";
        string dtypes = twin is null ? (type == ValueType.Float ? "<c>float32</c>" : "<c>float64</c>") : "<c>float32</c> or <c>float64</c>";
        string self = $"{method.Name}({string.Join(", ", plan.Names.Select(_ => Tensor))})";
        string path = GeneratedNames.Free(plan.ReservedNames(), GeneratedNames.TensorPathParameter, GeneratedNames.TensorPathParameterFallback);
        const string Shapes = "/// Span inputs broadcast by torch's rules; a broadcast parameter is a 0-d tensor (one value shared by every element) or has shape <c>[C]</c> (one value per channel of inputs <c>[N, C, …]</c>), and its gradient is summed over the elements it applies to.";

        w.Line()
         .Line("/// <summary>")
         .Line($"/// <see cref=\"{plan.Cref}\"/> on every element of {dtypes} tensors, with autograd through DiffGen's fused backward pass:")
         .Line("/// on CPU tensors the SIMD kernels, which sum the broadcast parameters' gradients in the same pass; on any other device")
         .Line($"/// the same method as tensor operations (<see cref=\"{operations}\"/>).")
         .Line(Shapes)
         .Line("/// </summary>");
        TorchSharpMembers.WriteTensorFunctions(w, method, plan, apply, dtypes, self, path, "the span inputs' broadcast shape",
            $"An input is not {dtypes}, the shapes do not broadcast, or a parameter's shape is neither.");

        string module = method.Name + GeneratedNames.ModuleSuffix;
        bool initialValues = method.Parameters.Where(p => KnownNames.HasAttribute(p, KnownNames.BroadcastAttribute)).All(p => p.HasExplicitDefaultValue);
        if (plan.SpanInputs.Count == 1 && initialValues && !TorchSharpMembers.HasMember(method, module))
        {
            WriteModule(w, plan, module, container, self, type);
        }

        return w.ToString();
    }

    /// <summary>For each parameter, whether it is <c>[Broadcast]</c>.</summary>
    private static IEnumerable<bool> Mask(IMethodSymbol method) =>
        method.Parameters.Select(p => KnownNames.HasAttribute(p, KnownNames.BroadcastAttribute));

    /// <summary><c>FTensorKernel</c>: the span kernels, span inputs as spans and broadcast parameters as values.</summary>
    private static void WriteKernel(CodeWriter w, MethodPlan plan, string name, string container)
    {
        // Qualified: inside the struct, a method named Forward or Backward would otherwise mean the struct's own.
        string f = plan.Qualified, t = plan.T;
        string spans = $"{Runtime}.KernelSpans<{t}>";
        int span = 0, shared = 0;
        var arguments = new List<string>();
        for (int k = 0; k < plan.Names.Count; k++)
        {
            arguments.Add(plan.Broadcast[k] ? $"parameters[{Index(shared++)}]" : $"inputs[{Index(span++)}]");
        }

        IEnumerable<string> gradients = plan.SpanInputs.Select((_, k) => $"inputGradients[{Index(k)}]");
        string mask = string.Join(", ", plan.Broadcast.Select(b => b ? "true" : "false"));
        w.Line($"/// <summary>The span kernels of <see cref=\"{plan.Cref}\"/> (broadcast parameters as values) as one struct, for DiffGen.TorchSharp's tensor functions.</summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} readonly struct {name} : {Runtime}.IParametricTensorKernel<{t}>{(plan.PerChannel ? $", {Runtime}.IPerChannelTensorKernel<{t}>" : string.Empty)}");
        using (w.Block())
        {
            w.Line("/// <inheritdoc/>")
             .Line($"public global::System.ReadOnlySpan<bool> Broadcast => new bool[] {{ {mask} }};")
             .Line()
             .Line("/// <inheritdoc/>")
             .Line($"public void {GeneratedNames.ForwardMember}({spans} inputs, global::System.ReadOnlySpan<{t}> parameters, global::System.Span<{t}> output)")
             .Line($"    => {f}({string.Join(", ", arguments)}, output);")
             .Line()
             .Line("/// <inheritdoc/>")
             .Line($"public void {GeneratedNames.BackwardMember}({spans} inputs, global::System.ReadOnlySpan<{t}> parameters, global::System.ReadOnlySpan<{t}> outputGradient, {spans} inputGradients, global::System.Span<{t}> parameterGradients)");
            using (w.Block())
            {
                string call = $"{f}{GeneratedNames.BackwardSuffix}({string.Join(", ", arguments)}, outputGradient, {string.Join(", ", gradients)})";
                if (plan.BroadcastInputs.Count == 1)
                {
                    w.Line($"parameterGradients[0] = {call};");
                }
                else
                {
                    w.Line($"var sums = {call};");
                    for (int k = plan.BroadcastInputs.Count - 1; k >= 0; k--)
                    {
                        // Last first: one bounds check covers the rest.
                        w.Line($"parameterGradients[{Index(k)}] = sums.Item{Index(k + 1)};");
                    }
                }
            }

            if (plan.PerChannel)
            {
                // The runtime's per-channel drivers over the function struct: one call per piece of whole samples.
                string drivers = $"global::DiffGen.Elementwise<{t}>";
                string readOnly = $"global::System.ReadOnlySpan<{t}>";
                w.Line()
                 .Line("/// <inheritdoc/>")
                 .Line($"public void ForwardPerChannel({readOnly} x, {readOnly} parameters, int channels, int inner, global::System.Span<{t}> y)")
                 .Line($"    => {drivers}.ForwardPerChannel<{container}.{plan.KernelStructName}>(parameters, channels, inner, x, y);")
                 .Line()
                 .Line("/// <inheritdoc/>")
                 .Line($"public void BackwardPerChannel({readOnly} x, {readOnly} parameters, int channels, int inner, {readOnly} dy, global::System.Span<{t}> dx, global::System.Span<{t}> parameterGradients)")
                 .Line($"    => {drivers}.BackwardPerChannel<{container}.{plan.KernelStructName}>(parameters, channels, inner, x, dy, dx, parameterGradients);");
            }
        }
    }

    private static void WriteModule(CodeWriter w, MethodPlan plan, string module, string container, string self, ValueType type)
    {
        string x = plan.Names[plan.Broadcast.ToList().IndexOf(false)];
        string name = plan.Name.TrimStart('@');
        string names = string.Join(", ", plan.BroadcastInputs.Select(b => SymbolDisplay.FormatLiteral(b.TrimStart('@'), quote: true)));
        string values = string.Join(", ", plan.InitialValues);
        string dtype = type == ValueType.Float ? "Float32" : "Float64";
        string list = string.Join(", ", plan.BroadcastInputs.Select(b => $"<c>{b.TrimStart('@')}</c>"));
        int shared = 0;
        string arguments = string.Join(", ", plan.Names.Select((n, k) => plan.Broadcast[k] ? $"Learned({Index(shared++)})" : x));
        w.Line()
         .Line($"/// <summary>")
         .Line($"/// A TorchSharp module applying <see cref=\"{plan.Cref}\"/> to every element of its input, for <c>nn.Sequential</c>, with")
         .Line($"/// {list} as trainable parameters under those names, initialized from their C# default values: shared by every")
         .Line("/// element (0-d), or one value per channel (<c>[C]</c>, for inputs <c>[N, C, …]</c>) with the <c>channels</c> constructors.")
         .Line("/// </summary>")
         .Line(MethodPlan.GeneratedCode)
         .Line($"{plan.Accessibility} sealed class {module} : {Runtime}.ParametricModule");
        using (w.Block())
        {
            string baseCall = $"base(\"{name}\", new string[] {{ {names} }}, new double[] {{ {values} }}, global::TorchSharp.torch.ScalarType.{dtype}, channels, path)";
            w.Line($"/// <summary>Creates the module, named <c>{name}</c>, with each parameter shared by every element: the kernels on CPU tensors, tensor operations on other devices.</summary>")
             .Line($"public {module}()")
             .Line($"    : this(null, {PathType}.Automatic)")
             .Line("{")
             .Line("}")
             .Line()
             .Line($"/// <summary>Creates the module, named <c>{name}</c>, with each parameter shared by every element, computing through <paramref name=\"path\"/>.</summary>")
             .Line("/// <param name=\"path\">Kernels, tensor operations, or by device.</param>")
             .Line($"public {module}({PathType} path)")
             .Line("    : this(null, path)")
             .Line("{")
             .Line("}")
             .Line()
             .Line($"/// <summary>Creates the module, named <c>{name}</c>, with one value of each parameter per channel (dimension 1 of the input).</summary>")
             .Line("/// <param name=\"channels\">C: the input's size in dimension 1.</param>")
             .Line($"public {module}(long channels)")
             .Line($"    : this(channels, {PathType}.Automatic)")
             .Line("{")
             .Line("}")
             .Line()
             .Line($"/// <summary>Creates the module, named <c>{name}</c>, with one value of each parameter per channel, or shared where <paramref name=\"channels\"/> is null.</summary>")
             .Line("/// <param name=\"channels\">C: the input's size in dimension 1; null for one value shared by every element.</param>")
             .Line("/// <param name=\"path\">Kernels, tensor operations, or by device.</param>")
             .Line($"public {module}(long? channels, {PathType} path)")
             .Line($"    : {baseCall}")
             .Line("{")
             .Line("}")
             .Line()
             .Line($"/// <summary>Applies <see cref=\"{self}\"/> to every element of <paramref name=\"{x.TrimStart('@')}\"/> with the module's parameters.</summary>")
             .Line($"/// <param name=\"{x.TrimStart('@')}\">A tensor of the parameters' dtype; <c>[N, C, …]</c> for per-channel parameters.</param>")
             .Line("/// <returns>A new tensor of the same shape.</returns>")
             .Line($"public override {Tensor} forward({Tensor} {x})")
             .Line($"    => {container}.{plan.Name}({arguments}, this.Path);");
        }
    }

    private static string Index(int k) => k.ToString(CultureInfo.InvariantCulture);
}
