using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator;

/// <summary>
/// Every name DiffGen generates or calls, spelled once: the members generated for a method <c>F</c>, the contract's
/// parameter names, and the runtime library's types. Lowering (to call a callee's generated members), the emitter and
/// the code fixes read them from here, so the name a caller calls and the name a callee gets cannot drift apart.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>
    /// An identifier as generated code writes it, escaped with <c>@</c> when it is a C# keyword. Here, not in the
    /// emitter, because the front end spells the qualified names of the members a call lowers to.
    /// </summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Suffix of the derivative of a single-input method: <c>FDerivative</c>.</summary>
    public const string DerivativeSuffix = "Derivative";

    /// <summary>Suffix of the backward pass (scalar and span kernel): <c>FBackward</c>.</summary>
    public const string BackwardSuffix = "Backward";

    /// <summary>Suffix of the function struct: <c>FKernel</c> (<c>FFloatKernel</c>/<c>FDoubleKernel</c> for overloads).</summary>
    public const string KernelSuffix = "Kernel";

    /// <summary>The forward kernel's output span, and its fallback when a parameter is called that.</summary>
    public const string Output = "y", OutputFallback = "result";

    /// <summary>The incoming gradient, and its fallbacks (when the output was renamed, or a parameter is called that).</summary>
    public const string Seed = "dy", SeedFallback = "dResult";

    /// <summary>Prefix of an input's gradient (<c>dx</c>), and the fallback prefix when that name is taken (<c>grad_x</c>).</summary>
    public const string GradientPrefix = "d", GradientFallbackPrefix = "grad_";

    /// <summary>The loop index of scalar kernels and the names of locals generated code introduces.</summary>
    public const string Index = "i", LocalPrefix = "t";

    /// <summary>The type parameter of generated vector bodies (the vector width), when no parameter is called that.</summary>
    public const string WidthParameter = "V";

    /// <summary>The suffix of the parametric kernels' backward members whose broadcast items are bare partial derivatives.</summary>
    public const string PartialsSuffix = "Partials";

    /// <summary>
    /// Members of the function struct (the scalar and vector bodies the runtime drivers call, and
    /// <c>IElementwiseFunction</c>'s span kernels), which are also the names of the runtime drivers.
    /// </summary>
    public const string ValueMember = "Value", DerivativeMember = "Derivative", ForwardMember = "Forward", BackwardMember = "Backward";

    /// <summary>Runtime types, <c>global::</c>-qualified for generated code.</summary>
    public const string SpanLengths = "global::DiffGen.SpanLengths", ElementwiseFunction = "global::DiffGen.IElementwiseFunction",
        VectorFunction = "global::DiffGen.IVectorFunction", Vector = "global::DiffGen.IVector", Elementwise = "global::DiffGen.Elementwise";

    /// <summary>
    /// Suffixes of the TorchSharp members (DiffGen.TorchSharp): the module <c>FModule</c>, the kernel struct of a
    /// multi-input method <c>FTensorKernel</c>, and the tensor operations <c>FTensorOperations</c>.
    /// </summary>
    public const string ModuleSuffix = "Module", TensorKernelSuffix = "TensorKernel", TensorOperationsSuffix = "TensorOperations";

    /// <summary>The path parameter of the tensor function's second overload, and its fallback when a parameter is called that.</summary>
    public const string TensorPathParameter = "path", TensorPathParameterFallback = "tensorPath";

    /// <summary>TorchSharp's tensor type and DiffGen.TorchSharp's namespace, <c>global::</c>-qualified for generated code.</summary>
    public const string Tensor = "global::TorchSharp.torch.Tensor", TorchSharpRuntime = "global::DiffGen.TorchSharp";

    /// <summary>
    /// Suffixes of the second-order members (<c>[Differentiable(Order = 2)]</c>): <c>FSecondDerivative</c>,
    /// <c>FThirdDerivative</c> (Order = 3), <c>FBackwardBackward</c>, <c>FHessianVectorProduct</c>; they are also the
    /// names of the function struct's members and of the runtime drivers.
    /// </summary>
    public const string SecondDerivativeSuffix = "SecondDerivative", ThirdDerivativeSuffix = "ThirdDerivative",
        BackwardBackwardSuffix = "BackwardBackward", HessianVectorProductSuffix = "HessianVectorProduct";

    /// <summary>
    /// Prefixes of the second-order parameters and results: the direction <c>va</c> and product <c>ha</c> of the
    /// Hessian-vector product, the incoming gradient <c>dda</c> of <c>FBackward</c>'s output <c>da</c>, and their fallbacks.
    /// </summary>
    public const string DirectionPrefix = "v", ProductPrefix = "h", SecondGradientPrefix = "dd", SecondFallbackPrefix = "grad2_";

    /// <summary>The runtime interfaces of second- and third-order function structs.</summary>
    public const string SecondOrderFunction = "global::DiffGen.IVectorSecondOrderFunction", ThirdOrderFunction = "global::DiffGen.IVectorThirdOrderFunction";

    /// <summary>The runtime's one-lane width, on which the scalar second-order members of several inputs run the vector bodies.</summary>
    public const string ScalarVector = "global::DiffGen.Scalar";

    /// <summary>Metadata names of runtime types, to test whether the consumer's runtime library has them.</summary>
    public const string ElementwiseFunctionMetadata = "DiffGen.IElementwiseFunction`1", ElementwiseMetadata = "DiffGen.Elementwise`1",
        SpanLengthsMetadata = "DiffGen.SpanLengths", GradientSumMetadata = "DiffGen.GradientSum`1";

    /// <summary>
    /// Runtime types of the kernels with broadcast parameters: the scalar loops' compensated sum, and the function
    /// interfaces (<c>IParametricVectorFunction</c>, <c>IParametricVectorFunction2</c>, …), parameter access, and the
    /// per-channel form (one span input: the parameters lane by lane).
    /// </summary>
    public const string GradientSum = "global::DiffGen.GradientSum", ParametricVectorFunction = "global::DiffGen.IParametricVectorFunction",
        Parametric = "global::DiffGen.IParametric", ParameterGradients = "global::DiffGen.IParameterGradients",
        PerChannelFunction = "global::DiffGen.IPerChannelFunction", ParameterVectors = "global::DiffGen.IParameterVectors";

    /// <summary>The parametric drivers' output span of parameter gradients, and the generated struct members that read or set the parameters.</summary>
    public const string ParameterCountMember = "ParameterCount", CreateMember = "Create", InitialParametersMember = "InitialParameters",
        CopyParametersMember = "CopyParametersTo", ParameterNamesMember = "ParameterNames";

    /// <summary>The derivative (one input) or backward pass (several) of <paramref name="method"/>, which the callers' derivatives call.</summary>
    public static string DerivativeOrBackward(string method, int inputs) => method + (inputs == 1 ? DerivativeSuffix : BackwardSuffix);

    /// <summary>
    /// The generated function struct of <paramref name="method"/>: <c>FKernel</c>, or <c>FFloatKernel</c> /
    /// <c>FDoubleKernel</c> when another <c>[Differentiable]</c> overload with as many parameters shares the name.
    /// </summary>
    public static string KernelStruct(IMethodSymbol method)
    {
        // Only overloads that get code count: an int one is DIFF003 and has no struct to collide with.
        bool overloaded = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Count(o => o.Parameters.Length == method.Parameters.Length && ElementType.Of(o.ReturnType) is not null
                && KnownNames.HasAttribute(o, KnownNames.DifferentiableAttribute)) > 1;
        string type = ElementType.Of(method.ReturnType) == ValueType.Float ? "Float" : "Double";
        return method.Name + (overloaded ? type : string.Empty) + KernelSuffix;
    }

    /// <summary>
    /// The tensor-operations struct (DiffGen.TorchSharp) of the method whose function struct is
    /// <paramref name="kernelStruct"/>, qualified or not: <c>FKernel</c> → <c>FTensorOperations</c>, <c>FFloatKernel</c> →
    /// <c>FFloatTensorOperations</c>, so a caller names its callee's as it names its callee's function struct.
    /// </summary>
    public static string TensorOperationsStruct(string kernelStruct) =>
        kernelStruct.Substring(0, kernelStruct.Length - KernelSuffix.Length) + TensorOperationsSuffix;

    /// <summary>
    /// <paramref name="preferred"/> unless <paramref name="taken"/> has it, then <paramref name="fallback"/>, then that with
    /// underscores appended until free; the name is added to <paramref name="taken"/>.
    /// </summary>
    public static string Free(ISet<string> taken, string preferred, string fallback)
    {
        string name = taken.Contains(preferred) ? fallback : preferred;
        while (!taken.Add(name))
        {
            name += "_";
        }

        return name;
    }
}
