using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the TorchSharp members of one [Differentiable] method <c>F</c>, emitted when the compilation references
/// <c>DiffGen.TorchSharp</c>: the tensor function <c>Tensor F(Tensor x, …)</c>, for a single input the module
/// <c>FModule</c>, and for several inputs the kernel struct <c>FTensorKernel</c> the tensor function is generic over.
/// Each member is one line into the runtime library, which owns autograd, broadcasting and threading.
/// </summary>
internal static class TorchSharpMembers
{
    /// <summary>The metadata name of the runtime entry point whose presence turns these members on.</summary>
    public const string TensorFunctionType = "DiffGen.TorchSharp.TensorFunction";

    private const string Tensor = "global::TorchSharp.torch.Tensor";
    private const string Runtime = "global::DiffGen.TorchSharp";

    /// <summary>The members' source, or an empty string where there are none to write.</summary>
    /// <param name="method">The [Differentiable] method.</param>
    /// <param name="type">Its element type.</param>
    /// <param name="elementwiseStruct">Whether its <c>IElementwiseFunction</c> struct is generated (single input).</param>
    public static string Emit(IMethodSymbol method, ValueType type, bool elementwiseStruct)
    {
        int arity = method.Parameters.Length;
        if (arity == 1 && !elementwiseStruct)
        {
            return string.Empty;
        }

        // A float and a double overload of the same arity would both declare F(Tensor, …): the float one declares it
        // once for both, choosing the kernels by the tensors' dtype.
        IMethodSymbol? twin = Siblings(method).FirstOrDefault(o => o.Parameters.Length == arity && ElementTypeOf(o) != type);
        bool declaresTensorMembers = twin is null || type == ValueType.Float;

        var w = new CodeWriter();
        string name = GeneratedNames.Identifier(method.Name);
        string t = ExpressionPrinter.TypeName(type);
        string accessibility = SyntaxFacts.GetText(method.DeclaredAccessibility);
        string generatedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"{GeneratorInfo.Version}\")]";
        string container = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (arity > 1)
        {
            if (HasMember(method, TensorKernelName(method, type)))
            {
                // The user declares a member of that name: no struct, so no tensor function built on it either.
                return string.Empty;
            }

            WriteTensorKernel(w, method, type, accessibility, generatedCode);
        }

        var names = method.Parameters.Select(p => GeneratedNames.Identifier(p.Name)).ToList();
        if (!declaresTensorMembers || HasTensorMethod(method))
        {
            return w.ToString();
        }

        string kernels = twin is null
            ? $"{Runtime}.TensorFunction.Apply<{KernelType(method, type, container)}, {t}>"
            : $"{Runtime}.TensorFunction.ApplyFloatOrDouble<{KernelType(method, ValueType.Float, container)}, {KernelType(twin, ValueType.Double, container)}>";
        string dtypes = twin is null ? (type == ValueType.Float ? "<c>float32</c>" : "<c>float64</c>") : "<c>float32</c> or <c>float64</c>";
        string cref = Cref(method, t);
        if (w.ToString().Length > 0)
        {
            w.Line();
        }

        w.Line("/// <summary>")
         .Line($"/// <see cref=\"{cref}\"/> on every element of {dtypes} CPU tensors{(twin is null ? string.Empty : $" (the <c>double</c> overload for <c>float64</c>)")}, with autograd: the result")
         .Line("/// requires grad when an input does, and its backward pass runs the generated backward kernel. Inputs broadcast by")
         .Line("/// torch's rules; each input's gradient is summed back to its shape.")
         .Line("/// </summary>");
        foreach (string n in names)
        {
            w.Line($"/// <param name=\"{n}\">A {dtypes} tensor on the CPU.</param>");
        }

        w.Line("/// <returns>A new tensor of the inputs' broadcast shape.</returns>")
         .Line($"/// <exception cref=\"global::System.ArgumentException\">An input is not {dtypes}, or the shapes do not broadcast.</exception>")
         .Line("/// <exception cref=\"global::System.NotSupportedException\">An input is not on the CPU (other devices are not supported yet).</exception>")
         .Line(generatedCode)
         .Line($"{accessibility} static {Tensor} {name}({string.Join(", ", names.Select(n => $"{Tensor} {n}"))})")
         .Line($"    => {kernels}(\"{method.Name}\", {string.Join(", ", names)});");

        string module = method.Name + "Module";
        if (arity == 1 && !HasMember(method, module))
        {
            string x = names[0];
            w.Line()
             .Line($"/// <summary>A TorchSharp module applying <see cref=\"{cref}\"/> to every element of its input, for <c>nn.Sequential</c>; it has no parameters.</summary>")
             .Line(generatedCode)
             .Line($"{accessibility} sealed class {module} : global::TorchSharp.torch.nn.Module<{Tensor}, {Tensor}>");
            using (w.Block())
            {
                w.Line($"/// <summary>Creates the module, named <c>{method.Name}</c>.</summary>")
                 .Line($"public {module}()")
                 .Line($"    : base(\"{method.Name}\")")
                 .Line("{")
                 .Line("}")
                 .Line()
                 .Line($"/// <summary>Applies <see cref=\"{cref}\"/> to every element of <paramref name=\"{x}\"/>.</summary>")
                 .Line($"/// <param name=\"{x}\">A {dtypes} tensor on the CPU.</param>")
                 .Line("/// <returns>A new tensor of the same shape.</returns>")
                 .Line($"public override {Tensor} forward({Tensor} {x})")
                 .Line($"    => {container}.{name}({x});");
            }
        }

        return w.ToString();
    }

    private static void WriteTensorKernel(CodeWriter w, IMethodSymbol method, ValueType type, string accessibility, string generatedCode)
    {
        string t = ExpressionPrinter.TypeName(type);
        // Qualified: inside the struct, a method named Forward or Backward would otherwise mean the struct's own.
        string f = KnownNames.QualifiedMemberName(method);
        string spans = $"{Runtime}.KernelSpans<{t}>";
        IEnumerable<string> inputs = method.Parameters.Select((_, k) => $"inputs[{k}]");
        IEnumerable<string> gradients = method.Parameters.Select((_, k) => $"inputGradients[{k}]");
        w.Line($"/// <summary>The span kernels of <see cref=\"{Cref(method, t)}\"/> as one struct, for DiffGen.TorchSharp's tensor functions.</summary>")
         .Line(generatedCode)
         .Line($"{accessibility} readonly struct {TensorKernelName(method, type)} : {Runtime}.ITensorKernel<{t}>");
        using (w.Block())
        {
            w.Line("/// <inheritdoc/>")
             .Line($"public void Forward({spans} inputs, global::System.Span<{t}> output)")
             .Line($"    => {f}({string.Join(", ", inputs)}, output);")
             .Line()
             .Line("/// <inheritdoc/>")
             .Line($"public void Backward({spans} inputs, global::System.ReadOnlySpan<{t}> outputGradient, {spans} inputGradients)")
             .Line($"    => {f}Backward({string.Join(", ", inputs)}, outputGradient, {string.Join(", ", gradients)});");
        }
    }

    /// <summary>The kernel struct type argument of a tensor function, qualified.</summary>
    private static string KernelType(IMethodSymbol method, ValueType type, string container)
    {
        string t = ExpressionPrinter.TypeName(type);
        return method.Parameters.Length == 1
            ? $"{Runtime}.ElementwiseKernel<{container}.{GeneratedNames.KernelStruct(method)}, {t}>"
            : $"{container}.{TensorKernelName(method, type)}";
    }

    /// <summary><c>FTensorKernel</c>, or <c>FFloat2TensorKernel</c> when <c>F</c> has several multi-input overloads.</summary>
    private static string TensorKernelName(IMethodSymbol method, ValueType type)
    {
        bool overloaded = Siblings(method).Count(o => o.Parameters.Length > 1) > 1;
        return method.Name + (overloaded ? Suffix(type) + method.Parameters.Length : string.Empty) + "TensorKernel";
    }

    /// <summary>The method and its [Differentiable] overloads whose parameters and result are all float or all double.</summary>
    private static IEnumerable<IMethodSymbol> Siblings(IMethodSymbol method) =>
        method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Where(o => KnownNames.HasAttribute(o, KnownNames.DifferentiableAttribute) && ElementTypeOf(o) is not null);

    /// <summary>
    /// The element type of a method whose result and parameters are all float or all double (the front end's one rule,
    /// <see cref="FrontEnd.ElementType"/>), else null: an <c>int</c> overload, rejected with DIFF003, is no twin.
    /// </summary>
    private static ValueType? ElementTypeOf(IMethodSymbol method)
    {
        ValueType? type = FrontEnd.ElementType.Of(method.ReturnType);
        return type is not null && method.IsStatic && method.Parameters.Length > 0 && method.Parameters.All(p => FrontEnd.ElementType.Of(p.Type) == type) ? type : null;
    }

    /// <summary>Whether the user already declares a method <c>F</c> taking as many tensors (then it is not generated).</summary>
    private static bool HasTensorMethod(IMethodSymbol method) =>
        method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(o =>
            o.Parameters.Length == method.Parameters.Length
            && o.Parameters.All(p => p.Type.ToDisplayString() == "TorchSharp.torch.Tensor"));

    private static bool HasMember(IMethodSymbol method, string name) => !method.ContainingType.GetMembers(name).IsEmpty;

    private static string Suffix(ValueType type) => type == ValueType.Float ? "Float" : "Double";

    private static string Cref(IMethodSymbol method, string t) => $"{method.Name}({string.Join(", ", method.Parameters.Select(_ => t))})";

}
