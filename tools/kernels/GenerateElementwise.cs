// Generates the runtime library's kernel drivers and function interfaces, one overload or interface per number of
// inputs, which are too regular to write by hand:
//   src/DiffGen/Kernels/Elementwise.cs                  Elementwise<T>.Forward/Backward for 1 to 16 span inputs
//   src/DiffGen/Kernels/IVectorFunction.cs              IVectorFunction<T>, IVectorFunction2<T> … IVectorFunction16<T>
//   src/DiffGen/Kernels/Elementwise.Parametric.cs       the drivers for functions with [Broadcast] parameters (1 to 15 span inputs)
//   src/DiffGen/Kernels/IParametricVectorFunction.cs    IParametricVectorFunction<T> … IParametricVectorFunction15<T>
//   src/DiffGen/Kernels/Elementwise.SecondOrder.cs      Elementwise<T>.SecondDerivative/ThirdDerivative/BackwardBackward, one input
//   src/DiffGen/Kernels/Elementwise.SecondOrderInputs.cs Elementwise<T>.HessianVectorProduct/BackwardBackward for 2 to 16 span inputs
//   src/DiffGen/Kernels/IVectorSecondOrderFunctions.cs  IVectorSecondOrderFunction2<T> … IVectorSecondOrderFunction16<T>
// Run from the repository root (a .NET 10 file-based app, no packages):
//   dotnet run tools/kernels/GenerateElementwise.cs
// and commit the regenerated files with the change to this script. MaxInputs must match KnownNames.MaxInputs in the
// generator.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

const int MaxInputs = 16;
string root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
string kernels = Path.Combine(root, "src", "DiffGen", "Kernels");
if (!Directory.Exists(kernels))
{
    Console.Error.WriteLine($"No {kernels}: run from the repository root, or pass it as the argument.");
    return 1;
}

Write("Elementwise.cs", ElementwiseFile());
Write("IVectorFunction.cs", VectorFunctionFile());
Write("Elementwise.Parametric.cs", ParametricDriversFile());
Write("IParametricVectorFunction.cs", ParametricFunctionFile());
Write("Elementwise.SecondOrder.cs", SingleSecondOrderDriversFile());
Write("Elementwise.SecondOrderInputs.cs", SecondOrderDriversFile());
Write("IVectorSecondOrderFunctions.cs", SecondOrderFunctionFile());
return 0;

void Write(string name, string text)
{
    File.WriteAllText(Path.Combine(kernels, name), text.Replace("\r\n", "\n"));
    Console.WriteLine($"wrote {name}");
}

static string Xs(int n, string prefix = "x") => string.Join(", ", Enumerable.Range(0, n).Select(k => prefix + k));

static string Join(IEnumerable<string> items) => string.Join(", ", items);

static IEnumerable<string> Names(int n, string prefix) => Enumerable.Range(0, n).Select(k => prefix + k);

static void NameDocs(StringBuilder s, IEnumerable<string> names)
{
    foreach (string name in names)
    {
        s.Append($"    /// <param name=\"{name}Name\">How the caller spells <paramref name=\"{name}\"/>, for the exception (filled in by the compiler).</param>\n");
    }
}

static string NameParameters(IEnumerable<string> names) =>
    string.Join(",\n", names.Select(n => $"        [CallerArgumentExpression(nameof({n}))] string? {n}Name = null"));

static void Requires(StringBuilder s, IEnumerable<string> others, string first)
{
    foreach (string o in others)
    {
        s.Append($"        Require({o}.Length, {o}Name, nameof({o}), {first}.Length, {first}Name, nameof({first}));\n");
    }
}

static void InputDocs(StringBuilder s, int n, string suffix = "")
{
    for (int k = 0; k < n; k++)
    {
        s.Append($"    /// <param name=\"x{k}\">Input {k + 1}{suffix}.</param>\n");
    }
}

static void GradientDocs(StringBuilder s, int n)
{
    for (int k = 0; k < n; k++)
    {
        s.Append($"    /// <param name=\"dx{k}\">Receives the gradients with respect to input {k + 1}; may be the same memory as an input.</param>\n");
    }
}

static string Loads(IEnumerable<string> names) => Join(names.Select(n => $"V.Load(ref {n}Ref, (nuint)i)"));

// One vector of a parametric backward loop at element i: the function's backward body, its gradients stored.
static void BackwardStep(StringBuilder s, int n, string[] xs, string indent)
{
    string loads = Join(xs.Append("dy").Select(x => $"V.Load(ref {x}Ref, (nuint)i)"));
    if (n == 1)
    {
        s.Append($"{indent}V.Store(function.Backward({loads}, ref sums), ref dxRef, (nuint)i);\n");
        return;
    }

    s.Append($"{indent}({Join(Names(n, "V g"))}) = function.Backward({loads}, ref sums);\n");
    for (int k = 0; k < n; k++)
    {
        s.Append($"{indent}V.Store(g{k}, ref dx{k}Ref, (nuint)i);\n");
    }
}

static void Refs(StringBuilder s, IEnumerable<string> names)
{
    foreach (string n in names)
    {
        s.Append($"        ref T {n}Ref = ref MemoryMarshal.GetReference({n});\n");
    }
}

static string Dispatch(string vectors, string arguments) =>
    $"        int i = Vec512<T>.IsHardwareAccelerated ? {vectors}, Vec512<T>>({arguments})\n"
    + $"            : Vec256<T>.IsHardwareAccelerated ? {vectors}, Vec256<T>>({arguments})\n"
    + $"            : Vec128<T>.IsHardwareAccelerated ? {vectors}, Vec128<T>>({arguments})\n"
    + "            : 0;\n";

static string ElementwiseFile()
{
    var s = new StringBuilder(ElementwiseHead);
    for (int n = 2; n <= MaxInputs; n++)
    {
        string[] xs = Names(n, "x").ToArray(), dxs = Names(n, "dx").ToArray();
        string iface = $"IVectorFunction{n}<T>";
        string spans = Join(xs.Select(x => $"ReadOnlySpan<T> {x}"));
        s.Append('\n');
        s.Append($"    /// <summary>Forward kernel: <c>y[i] = F({Join(xs.Select(x => x + "[i]"))})</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>\n");
        InputDocs(s, n);
        s.Append("    /// <param name=\"y\">Receives the outputs; may be the same memory as an input.</param>\n");
        NameDocs(s, xs.Append("y"));
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length.</exception>\n");
        s.Append($"    public static void Forward<TFunction>({spans}, Span<T> y,\n{NameParameters(xs.Append("y"))})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, xs.Skip(1).Append("y"), "x0");
        s.Append(Dispatch("ForwardVectors<TFunction", Join(xs.Append("y"))));
        s.Append("        for (; i < x0.Length; i++)\n        {\n");
        s.Append($"            y[i] = default(TFunction).Value({Join(xs.Select(x => x + "[i]"))});\n        }}\n    }}\n\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    private static int ForwardVectors<TFunction, V>({spans}, Span<T> y)\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n    {{\n");
        Refs(s, xs.Append("y"));
        s.Append("        nint i = 0;\n        for (; i <= x0.Length - V.Count; i += V.Count)\n        {\n");
        s.Append($"            V.Store(TFunction.Value({Loads(xs)}), ref yRef, (nuint)i);\n");
        s.Append("        }\n\n        return (int)i;\n    }\n\n");

        string all = Join(xs.Append("dy").Concat(dxs));
        string signature = $"{spans}, ReadOnlySpan<T> dy, {Join(dxs.Select(d => $"Span<T> {d}"))}";
        s.Append("    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>\n");
        InputDocs(s, n);
        s.Append("    /// <param name=\"dy\">The gradients with respect to the outputs.</param>\n");
        GradientDocs(s, n);
        NameDocs(s, xs.Append("dy").Concat(dxs));
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length.</exception>\n");
        s.Append($"    public static void Backward<TFunction>({signature},\n{NameParameters(xs.Append("dy").Concat(dxs))})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, xs.Skip(1).Append("dy").Concat(dxs), "x0");
        s.Append(Dispatch("BackwardVectors<TFunction", all));
        s.Append("        for (; i < x0.Length; i++)\n        {\n");
        s.Append($"            ({Join(dxs.Select(d => d + "[i]"))}) = default(TFunction).Backward({Join(xs.Append("dy").Select(x => x + "[i]"))});\n        }}\n    }}\n\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    private static int BackwardVectors<TFunction, V>({signature})\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n    {{\n");
        Refs(s, xs.Append("dy").Concat(dxs));
        s.Append("        nint i = 0;\n        for (; i <= x0.Length - V.Count; i += V.Count)\n        {\n");
        s.Append($"            ({Join(Names(n, "V g"))}) = TFunction.Backward({Loads(xs.Append("dy"))});\n");
        for (int k = 0; k < n; k++)
        {
            s.Append($"            V.Store(g{k}, ref dx{k}Ref, (nuint)i);\n");
        }

        s.Append("        }\n\n        return (int)i;\n    }\n");
    }

    s.Append(ElementwiseTail);
    return s.ToString();
}

static string VectorFunctionFile()
{
    var s = new StringBuilder(VectorFunctionHead);
    for (int n = 2; n <= MaxInputs; n++)
    {
        string xs = Xs(n);
        string ts = Join(Enumerable.Repeat("T", n));
        string vs = Join(Enumerable.Repeat("V", n));
        s.Append('\n');
        s.Append("/// <summary>\n");
        s.Append($"/// A function of {n} inputs with its backward pass, as one scalar and one vector body each: what <see cref=\"Elementwise{{T}}\"/> applies to spans. DiffGen generates an implementing struct\n");
        s.Append($"/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of {n} inputs.\n");
        s.Append("/// </summary>\n/// <typeparam name=\"T\"><c>float</c> or <c>double</c>.</typeparam>\n");
        s.Append($"public interface IVectorFunction{n}<T>\n    where T : unmanaged\n{{\n");
        s.Append("    /// <summary>The function's value: the method itself.</summary>\n");
        InputDocs(s, n);
        s.Append("    /// <returns><c>F</c> of the inputs.</returns>\n");
        s.Append($"    T Value({Join(Names(n, "T x"))});\n\n");
        s.Append("    /// <summary>The backward pass: <paramref name=\"dy\"/> times each partial derivative, in parameter order.</summary>\n");
        InputDocs(s, n);
        s.Append("    /// <param name=\"dy\">The gradient with respect to the output.</param>\n");
        s.Append("    /// <returns>The gradients with respect to the inputs.</returns>\n");
        s.Append($"    ({ts}) Backward({Join(Names(n, "T x"))}, T dy);\n\n");
        s.Append("    /// <summary>The function in every lane.</summary>\n    /// <typeparam name=\"V\">The vector width.</typeparam>\n");
        InputDocs(s, n, ", one per lane");
        s.Append("    /// <returns><c>F</c> in every lane.</returns>\n");
        s.Append($"    static abstract V Value<V>({Join(Names(n, "V x"))})\n        where V : struct, IVector<V, T>;\n\n");
        s.Append("    /// <summary>The backward pass in every lane.</summary>\n    /// <typeparam name=\"V\">The vector width.</typeparam>\n");
        InputDocs(s, n, ", one per lane");
        s.Append("    /// <param name=\"dy\">The gradients with respect to the output.</param>\n");
        s.Append("    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>\n");
        s.Append($"    static abstract ({vs}) Backward<V>({Join(Names(n, "V x"))}, V dy)\n        where V : struct, IVector<V, T>;\n}}\n");
        _ = xs;
    }

    s.Append("#endif\n");
    return s.ToString();
}

// Names of a parametric function's span inputs and gradients: x and dx for one, x0, x1, … for several.
static string[] Inputs(int n, string prefix) => n == 1 ? new[] { prefix } : Names(n, prefix).ToArray();

static string Tuple(int n, string type) => n == 1 ? type : "(" + Join(Enumerable.Repeat(type, n)) + ")";

static string Suffix(int n) => n == 1 ? string.Empty : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

static void ParametricInputDocs(StringBuilder s, string[] xs, string suffix = "")
{
    for (int k = 0; k < xs.Length; k++)
    {
        s.Append($"    /// <param name=\"{xs[k]}\">{(xs.Length == 1 ? "The input" : $"Input {k + 1}")}{suffix}.</param>\n");
    }
}

static string ParametricFunctionFile()
{
    var s = new StringBuilder("#if NET10_0_OR_GREATER\nnamespace DiffGen;\n");
    for (int n = 1; n < MaxInputs; n++)
    {
        string[] xs = Inputs(n, "x");
        string inputs = n == 1 ? "one span input" : $"{n} span inputs";
        s.Append('\n');
        s.Append("/// <summary>\n");
        s.Append($"/// A function of {inputs} and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its\n");
        s.Append("/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref=\"Elementwise{T}\"/> apply to\n");
        s.Append("/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;\n");
        s.Append($"/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with {inputs} and at least one\n");
        s.Append("/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call\n");
        s.Append("/// through the drivers' struct type argument.\n");
        s.Append("/// </summary>\n/// <typeparam name=\"T\"><c>float</c> or <c>double</c>.</typeparam>\n");
        s.Append($"public interface IParametricVectorFunction{Suffix(n)}<T>\n    where T : unmanaged\n{{\n");
        s.Append("    /// <summary>The function's value at one element, with this struct's parameters.</summary>\n");
        ParametricInputDocs(s, xs);
        s.Append("    /// <returns><c>F</c> of the inputs and the parameters.</returns>\n");
        s.Append($"    T Value({Join(xs.Select(x => "T " + x))});\n\n");
        s.Append("    /// <summary>\n    /// The backward pass at one element: returns <paramref name=\"dy\"/> times each span input's partial derivative, and adds\n");
        s.Append("    /// the term <paramref name=\"dy\"/> · ∂F/∂parameter of each broadcast parameter to <paramref name=\"parameterGradients\"/>, as its two factors\n");
        s.Append("    /// (so that the accumulator multiplies them exactly).\n    /// </summary>\n");
        s.Append("    /// <typeparam name=\"TGradients\">The accumulator the driver passes.</typeparam>\n");
        ParametricInputDocs(s, xs);
        s.Append("    /// <param name=\"dy\">The gradient with respect to the output.</param>\n");
        s.Append("    /// <param name=\"parameterGradients\">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>\n");
        s.Append($"    /// <returns>The gradient{(n == 1 ? "" : "s")} with respect to the span input{(n == 1 ? "" : "s")}.</returns>\n");
        s.Append($"    {Tuple(n, "T")} Backward<TGradients>({Join(xs.Select(x => "T " + x))}, T dy, ref TGradients parameterGradients)\n");
        s.Append("        where TGradients : struct, IParameterGradients<T>;\n\n");
        s.Append("    /// <summary>The function in every lane.</summary>\n    /// <typeparam name=\"V\">The vector width.</typeparam>\n");
        ParametricInputDocs(s, xs, ", one per lane");
        s.Append("    /// <returns><c>F</c> in every lane.</returns>\n");
        s.Append($"    V Value<V>({Join(xs.Select(x => "V " + x))})\n        where V : struct, IVector<V, T>;\n\n");
        s.Append("    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>\n");
        s.Append("    /// <typeparam name=\"V\">The vector width.</typeparam>\n");
        s.Append("    /// <typeparam name=\"TGradients\">The accumulator the driver passes.</typeparam>\n");
        ParametricInputDocs(s, xs, ", one per lane");
        s.Append("    /// <param name=\"dy\">The gradients with respect to the output.</param>\n");
        s.Append("    /// <param name=\"parameterGradients\">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>\n");
        s.Append("    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>\n");
        s.Append($"    {Tuple(n, "V")} Backward<V, TGradients>({Join(xs.Select(x => "V " + x))}, V dy, ref TGradients parameterGradients)\n");
        s.Append("        where V : struct, IVector<V, T>\n        where TGradients : struct, IParameterGradients<V>;\n}\n");
    }

    s.Append("#endif\n");
    return s.ToString();
}

static string ParametricDriversFile()
{
    var s = new StringBuilder(ParametricHead);
    for (int n = 1; n < MaxInputs; n++)
    {
        string[] xs = Inputs(n, "x"), dxs = Inputs(n, "dx");
        string first = xs[0];
        string iface = $"IParametricVectorFunction{Suffix(n)}<T>";
        string spans = Join(xs.Select(x => $"ReadOnlySpan<T> {x}"));
        if (n > 1)
        {
            s.Append('\n');
        }

        s.Append($"    /// <summary>Forward kernel of a parametric function: <c>y[i] = F({Join(xs.Select(x => x + "[i]"))}; parameters)</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The function struct, holding the broadcast parameters; the JIT compiles a copy of this driver for it.</typeparam>\n");
        s.Append("    /// <param name=\"function\">The function, with its parameters' values.</param>\n");
        ParametricInputDocs(s, xs);
        s.Append("    /// <param name=\"y\">Receives the outputs; may be the same memory as an input.</param>\n");
        NameDocs(s, xs.Append("y"));
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length.</exception>\n");
        s.Append($"    public static void Forward<TFunction>(TFunction function, {spans}, Span<T> y,\n{NameParameters(xs.Append("y"))})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, xs.Skip(1).Append("y"), first);
        s.Append(Dispatch("ForwardVectors<TFunction", Join(xs.Append("y").Prepend("function"))));
        s.Append($"        for (; i < {first}.Length; i++)\n        {{\n");
        s.Append($"            y[i] = function.Value({Join(xs.Select(x => x + "[i]"))});\n        }}\n    }}\n\n");
        s.Append("    /// <summary>The vector loop at width <typeparamref name=\"V\"/>; returns where the scalar tail starts (internal: the tests run every width).</summary>\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    internal static int ForwardVectors<TFunction, V>(TFunction function, {spans}, Span<T> y)\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n    {{\n");
        Refs(s, xs.Append("y"));
        s.Append($"        nint i = 0;\n        for (; i <= {first}.Length - V.Count; i += V.Count)\n        {{\n");
        s.Append($"            V.Store(function.Value({Loads(xs)}), ref yRef, (nuint)i);\n");
        s.Append("        }\n\n        return (int)i;\n    }\n\n");

        string signature = $"{spans}, ReadOnlySpan<T> dy, {Join(dxs.Select(d => $"Span<T> {d}"))}";
        string[] named = xs.Append("dy").Concat(dxs).Append("parameterGradients").ToArray();
        s.Append("    /// <summary>\n");
        s.Append("    /// Backward kernel of a parametric function, in one pass: <c>dy[i]</c> times each span input's partial derivative at\n");
        s.Append("    /// element <c>i</c>, and each broadcast parameter's gradient <c>Σᵢ dy[i] · ∂F/∂parameter</c>, summed in vector registers\n");
        s.Append("    /// (<c>float</c>: each product exactly, as its rounding to <c>float</c> added in <c>double</c> lanes and its rounding error in <c>float</c> lanes;\n");
        s.Append("    /// <c>double</c>: the products with TwoSum compensation) and finished with a compensated scalar sum.\n");
        s.Append("    /// </summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The function struct, holding the broadcast parameters; the JIT compiles a copy of this driver for it.</typeparam>\n");
        s.Append("    /// <param name=\"function\">The function, with its parameters' values.</param>\n");
        ParametricInputDocs(s, xs);
        s.Append("    /// <param name=\"dy\">The gradients with respect to the outputs.</param>\n");
        if (n == 1)
        {
            s.Append("    /// <param name=\"dx\">Receives the gradients with respect to the input; may be the same memory as an input.</param>\n");
        }
        else
        {
            GradientDocs(s, n);
        }

        s.Append("    /// <param name=\"parameterGradients\">Receives each broadcast parameter's gradient, in declaration order (its length is the number of parameters).</param>\n");
        NameDocs(s, named);
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length, or <paramref name=\"parameterGradients\"/> is empty or longer than 15.</exception>\n");
        s.Append($"    public static void Backward<TFunction>(TFunction function, {signature}, Span<T> parameterGradients,\n{NameParameters(named)})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, xs.Skip(1).Append("dy").Concat(dxs), first);
        s.Append("        ParameterLimits.Require(parameterGradients.Length, Name(parameterGradientsName, nameof(parameterGradients)));\n");
        s.Append("        var sums = default(ScalarGradientSums<T>);\n");
        // One parameter: a two-vector accumulator the JIT keeps in registers; several: the general one.
        string arguments = Join(xs.Append("dy").Concat(dxs).Prepend("function").Append("ref sums").Append("parameterGradients.Length"));
        s.Append("        int i = parameterGradients.Length == 1\n");
        s.Append($"            ? Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>, SingleGradientSum<Vec512<T>, T>>({arguments})\n");
        s.Append($"            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>, SingleGradientSum<Vec256<T>, T>>({arguments})\n");
        s.Append($"            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>, SingleGradientSum<Vec128<T>, T>>({arguments})\n");
        s.Append("            : 0\n");
        s.Append($"            : Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>, VectorGradientSums<Vec512<T>, T>>({arguments})\n");
        s.Append($"            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>, VectorGradientSums<Vec256<T>, T>>({arguments})\n");
        s.Append($"            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>, VectorGradientSums<Vec128<T>, T>>({arguments})\n");
        s.Append("            : 0;\n");
        s.Append($"        for (; i < {first}.Length; i++)\n        {{\n");
        string targets = n == 1 ? "dx[i]" : "(" + Join(dxs.Select(d => d + "[i]")) + ")";
        s.Append($"            {targets} = function.Backward({Join(xs.Append("dy").Select(x => x + "[i]"))}, ref sums);\n        }}\n\n");
        s.Append("        sums.CopyTo(parameterGradients);\n    }\n\n");
        s.Append("    /// <summary>The vector loop at width <typeparamref name=\"V\"/>, adding its lanes' parameter gradients to <paramref name=\"result\"/>; returns where the scalar tail starts (internal: the tests run every width).</summary>\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    internal static int BackwardVectors<TFunction, V, TSums>(TFunction function, {signature}, ref ScalarGradientSums<T> result, int parameters)\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n        where TSums : struct, IVectorSums<TSums, V, T>\n    {{\n");
        Refs(s, xs.Append("dy").Concat(dxs));
        s.Append("        var sums = default(TSums);\n");
        // A span shorter than a vector (a per-channel helper's slice of one element) adds nothing here; finishing the
        // lanes would cost more than its elements.
        s.Append($"        if ({first}.Length < V.Count)\n        {{\n            return 0;\n        }}\n\n");
        s.Append($"        nint i = 0;\n        for (; i <= {first}.Length - V.Count; i += V.Count)\n        {{\n");
        BackwardStep(s, n, xs, "            ");
        s.Append("        }\n\n        TSums.AddTo(sums, ref result, parameters);\n        return (int)i;\n    }\n");
    }

    s.Append("}\n#endif\n");
    return s.ToString();
}

// The second-order drivers of a function of n inputs: the Hessian-vector product (2n inputs, n outputs) and the double
// backward (2n + 1 inputs, n + 1 outputs), each a scalar member and a vector body on the function struct.
static string SingleSecondOrderDriversFile()
{
    var s = new StringBuilder(SingleSecondOrderHead);

    // SecondDerivative and ThirdDerivative: one span in, one out, the same driver around a different member.
    foreach ((string member, string output, string iface, string formula, string what, string vectors) in new[]
    {
        ("SecondDerivative", "d2", "IVectorSecondOrderFunction<T>", "F''(x[i])", "second", "SecondVectors"),
        ("ThirdDerivative", "d3", "IVectorThirdOrderFunction<T>", "F'''(x[i])", "third", "ThirdVectors"),
    })
    {
        s.Append($"    /// <summary>{char.ToUpperInvariant(what[0])}{what.Substring(1)}-derivative kernel: <c>{output}[i] = {formula}</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>\n");
        s.Append("    /// <param name=\"x\">The inputs.</param>\n");
        s.Append($"    /// <param name=\"{output}\">Receives the {what} derivatives; may be the same memory as <paramref name=\"x\"/>.</param>\n");
        NameDocs(s, new[] { "x", output });
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length.</exception>\n");
        s.Append($"    public static void {member}<TFunction>(ReadOnlySpan<T> x, Span<T> {output},\n{NameParameters(new[] { "x", output })})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, new[] { output }, "x");
        s.Append(Dispatch($"{vectors}<TFunction", $"x, {output}"));
        s.Append("        for (; i < x.Length; i++)\n        {\n");
        s.Append($"            {output}[i] = default(TFunction).{member}(x[i]);\n        }}\n    }}\n\n");
        s.Append("    // NoInlining like every vector loop of Elementwise: a compilation of its own, so the vector body inlines into it.\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    private static int {vectors}<TFunction, V>(ReadOnlySpan<T> x, Span<T> {output})\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n    {{\n");
        Refs(s, new[] { "x", output });
        s.Append("        nint i = 0;\n        for (; i <= x.Length - V.Count; i += V.Count)\n        {\n");
        s.Append($"            V.Store(TFunction.{member}(V.Load(ref xRef, (nuint)i)), ref {output}Ref, (nuint)i);\n");
        s.Append("        }\n\n        return (int)i;\n    }\n\n");
    }

    s.Append(SingleBackwardBackward).Append('\n');
    return s.ToString();
}

static string SecondOrderDriversFile()
{
    var s = new StringBuilder(SecondOrderHead);
    for (int n = 2; n <= MaxInputs; n++)
    {
        string[] xs = Names(n, "x").ToArray(), vs = Names(n, "v").ToArray(), hs = Names(n, "h").ToArray();
        string[] dds = Names(n, "dd").ToArray(), dxs = Names(n, "dx").ToArray();
        string iface = $"IVectorSecondOrderFunction{n}<T>";
        if (n > 2)
        {
            s.Append('\n');
        }

        string[] hvpInputs = xs.Concat(vs).ToArray();
        string hvpSignature = $"{Join(hvpInputs.Select(x => $"ReadOnlySpan<T> {x}"))}, {Join(hs.Select(h => $"Span<T> {h}"))}";
        s.Append($"    /// <summary>Hessian-vector product kernel: <c>(h0[i], …) = H(x0[i], …) · (v0[i], …)</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>\n");
        InputDocs(s, n);
        for (int k = 0; k < n; k++)
        {
            s.Append($"    /// <param name=\"v{k}\">The direction's component along input {k + 1}.</param>\n");
        }

        for (int k = 0; k < n; k++)
        {
            s.Append($"    /// <param name=\"h{k}\">Receives the product's entry for input {k + 1}; may be the same memory as an input.</param>\n");
        }

        NameDocs(s, hvpInputs.Concat(hs));
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length.</exception>\n");
        s.Append($"    public static void HessianVectorProduct<TFunction>({hvpSignature},\n{NameParameters(hvpInputs.Concat(hs))})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, hvpInputs.Skip(1).Concat(hs), "x0");
        s.Append(Dispatch("HessianVectorProductVectors<TFunction", Join(hvpInputs.Concat(hs))));
        s.Append("        for (; i < x0.Length; i++)\n        {\n");
        s.Append($"            ({Join(hs.Select(h => h + "[i]"))}) = default(TFunction).HessianVectorProduct({Join(hvpInputs.Select(x => x + "[i]"))});\n        }}\n    }}\n\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    private static int HessianVectorProductVectors<TFunction, V>({hvpSignature})\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n    {{\n");
        Refs(s, hvpInputs.Concat(hs));
        s.Append("        nint i = 0;\n        for (; i <= x0.Length - V.Count; i += V.Count)\n        {\n");
        s.Append($"            ({Join(Names(n, "V g"))}) = TFunction.HessianVectorProduct({Loads(hvpInputs)});\n");
        for (int k = 0; k < n; k++)
        {
            s.Append($"            V.Store(g{k}, ref h{k}Ref, (nuint)i);\n");
        }

        s.Append("        }\n\n        return (int)i;\n    }\n\n");

        string[] bbInputs = xs.Append("dy").Concat(dds).ToArray(), bbOutputs = dxs.Append("ddy").ToArray();
        string bbSignature = $"{Join(bbInputs.Select(x => $"ReadOnlySpan<T> {x}"))}, {Join(bbOutputs.Select(d => $"Span<T> {d}"))}";
        s.Append("    /// <summary>\n");
        s.Append("    /// Double backward kernel: the backward pass of the backward kernel given the gradients <c>dd0, …</c> of its results,\n");
        s.Append("    /// <c>(dx0[i], …) = dy[i] · H · (dd0[i], …)</c> and <c>ddy[i] = ∇F · (dd0[i], …)</c>, on the widest accelerated vectors, then one element at a time.\n");
        s.Append("    /// </summary>\n");
        s.Append("    /// <typeparam name=\"TFunction\">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>\n");
        InputDocs(s, n);
        s.Append("    /// <param name=\"dy\">The seeds of the first backward pass.</param>\n");
        for (int k = 0; k < n; k++)
        {
            s.Append($"    /// <param name=\"dd{k}\">The gradients with respect to the first backward pass's result for input {k + 1}.</param>\n");
        }

        GradientDocs(s, n);
        s.Append("    /// <param name=\"ddy\">Receives the gradients with respect to <paramref name=\"dy\"/>; may be the same memory as an input.</param>\n");
        NameDocs(s, bbInputs.Concat(bbOutputs));
        s.Append("    /// <exception cref=\"ArgumentException\">The spans differ in length.</exception>\n");
        s.Append($"    public static void BackwardBackward<TFunction>({bbSignature},\n{NameParameters(bbInputs.Concat(bbOutputs))})\n");
        s.Append($"        where TFunction : struct, {iface}\n    {{\n");
        Requires(s, bbInputs.Skip(1).Concat(bbOutputs), "x0");
        s.Append(Dispatch("BackwardBackwardVectors<TFunction", Join(bbInputs.Concat(bbOutputs))));
        s.Append("        for (; i < x0.Length; i++)\n        {\n");
        s.Append($"            ({Join(bbOutputs.Select(d => d + "[i]"))}) = default(TFunction).BackwardBackward({Join(bbInputs.Select(x => x + "[i]"))});\n        }}\n    }}\n\n");
        s.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
        s.Append($"    private static int BackwardBackwardVectors<TFunction, V>({bbSignature})\n");
        s.Append($"        where TFunction : struct, {iface}\n        where V : struct, IVector<V, T>\n    {{\n");
        Refs(s, bbInputs.Concat(bbOutputs));
        s.Append("        nint i = 0;\n        for (; i <= x0.Length - V.Count; i += V.Count)\n        {\n");
        s.Append($"            ({Join(Names(n + 1, "V g"))}) = TFunction.BackwardBackward({Loads(bbInputs)});\n");
        for (int k = 0; k <= n; k++)
        {
            s.Append($"            V.Store(g{k}, ref {bbOutputs[k]}Ref, (nuint)i);\n");
        }

        s.Append("        }\n\n        return (int)i;\n    }\n");
    }

    s.Append("}\n#endif\n");
    return s.ToString();
}

static string SecondOrderFunctionFile()
{
    var s = new StringBuilder("#if NET10_0_OR_GREATER\nnamespace DiffGen;\n");
    for (int n = 2; n <= MaxInputs; n++)
    {
        string[] xs = Names(n, "x").ToArray(), vs = Names(n, "v").ToArray(), dds = Names(n, "dd").ToArray();
        s.Append('\n');
        s.Append("/// <summary>\n");
        s.Append($"/// A function of {n} inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one\n");
        s.Append("/// vector body each: what the second-order drivers of <see cref=\"Elementwise{T}\"/> apply to spans. The function struct\n");
        s.Append($"/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of {n} inputs implements it.\n");
        s.Append("/// </summary>\n/// <typeparam name=\"T\"><c>float</c> or <c>double</c>.</typeparam>\n");
        s.Append($"public interface IVectorSecondOrderFunction{n}<T> : IVectorFunction{n}<T>\n    where T : unmanaged\n{{\n");
        for (int vector = 0; vector < 2; vector++)
        {
            string e = vector == 0 ? "T" : "V", lanes = vector == 0 ? "" : ", one per lane";
            string generic = vector == 0 ? "" : "<V>", abstractness = vector == 0 ? "" : "static abstract ";
            string where = vector == 0 ? ";\n" : "\n        where V : struct, IVector<V, T>;\n";
            s.Append(vector == 0
                ? "    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>\n"
                : "    /// <summary>The Hessian-vector product in every lane.</summary>\n    /// <typeparam name=\"V\">The vector width.</typeparam>\n");
            InputDocs(s, n, lanes);
            for (int k = 0; k < n; k++)
            {
                s.Append($"    /// <param name=\"v{k}\">The direction's component along input {k + 1}{lanes}.</param>\n");
            }

            s.Append("    /// <returns>The product's entries, one per input.</returns>\n");
            s.Append($"    {abstractness}({Join(Enumerable.Repeat(e, n))}) HessianVectorProduct{generic}({Join(xs.Concat(vs).Select(x => $"{e} {x}"))}){where}\n");
            s.Append(vector == 0
                ? "    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>\n"
                : "    /// <summary>The double backward pass in every lane.</summary>\n    /// <typeparam name=\"V\">The vector width.</typeparam>\n");
            InputDocs(s, n, lanes);
            s.Append($"    /// <param name=\"dy\">The seed of the first backward pass{lanes}.</param>\n");
            for (int k = 0; k < n; k++)
            {
                s.Append($"    /// <param name=\"dd{k}\">The gradient with respect to the first backward pass's result for input {k + 1}{lanes}.</param>\n");
            }

            s.Append("    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name=\"dy\"/>).</returns>\n");
            s.Append($"    {abstractness}({Join(Enumerable.Repeat(e, n + 1))}) BackwardBackward{generic}({Join(xs.Append("dy").Concat(dds).Select(x => $"{e} {x}"))}){where}");
            if (vector == 0)
            {
                s.Append('\n');
            }
        }

        s.Append("}\n");
    }

    s.Append("#endif\n");
    return s.ToString();
}

partial class Program
{
    private const string SingleSecondOrderHead = """
#if NET10_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

// The single-input second- and third-order drivers (generated by tools/kernels/GenerateElementwise.cs); those of
// several inputs are in Elementwise.SecondOrderInputs.cs.
/// <summary>The second- and third-order drivers (<c>[Differentiable(Order = 2)]</c> and 3), single input.</summary>
public static partial class Elementwise<T>
{

""";

    // The single-input double backward is the two-input Backward driver on g(x, dy) = dy · F'(x): no loop of its own.
    private const string SingleBackwardBackward = """
    /// <summary>
    /// Double backward kernel: <c>(dx[i], ddy[i]) = (ddx[i] · dy[i] · F''(x[i]), ddx[i] · F'(x[i]))</c>, the backward pass
    /// of the backward kernel given the gradient <paramref name="ddx"/> of its result. It is the backward pass of the
    /// two-input function <c>g(x, dy) = dy · F'(x)</c>, so it runs on the two-input driver.
    /// </summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs of the forward pass.</param>
    /// <param name="dy">The seeds of the first backward pass.</param>
    /// <param name="ddx">The gradients with respect to the first backward pass's results.</param>
    /// <param name="dx">Receives the gradients with respect to <paramref name="x"/>; may be the same memory as an input.</param>
    /// <param name="ddy">Receives the gradients with respect to <paramref name="dy"/>; may be the same memory as an input.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/> (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/> (filled in by the compiler).</param>
    /// <param name="ddxName">How the caller spells <paramref name="ddx"/> (filled in by the compiler).</param>
    /// <param name="dxName">How the caller spells <paramref name="dx"/> (filled in by the compiler).</param>
    /// <param name="ddyName">How the caller spells <paramref name="ddy"/> (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void BackwardBackward<TFunction>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, ReadOnlySpan<T> ddx, Span<T> dx, Span<T> ddy,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(ddx))] string? ddxName = null,
        [CallerArgumentExpression(nameof(dx))] string? dxName = null,
        [CallerArgumentExpression(nameof(ddy))] string? ddyName = null)
        where TFunction : struct, IVectorSecondOrderFunction<T> =>
        Backward<BackwardOf<TFunction>>(x, dy, ddx, dx, ddy,
            xName ?? nameof(x), dyName ?? nameof(dy), ddxName ?? nameof(ddx), dxName ?? nameof(dx), ddyName ?? nameof(ddy));

    /// <summary><c>g(x, dy) = dy · F'(x)</c>, whose backward pass is <typeparamref name="TFunction"/>'s double backward.</summary>
    private readonly struct BackwardOf<TFunction> : IVectorFunction2<T>
        where TFunction : struct, IVectorSecondOrderFunction<T>
    {
        public T Value(T x, T dy) => dy * default(TFunction).Derivative(x);

        public (T, T) Backward(T x, T dy, T ddx) => default(TFunction).BackwardBackward(x, dy, ddx);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static V Value<V>(V x, V dy)
            where V : struct, IVector<V, T> => dy * TFunction.Derivative(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (V, V) Backward<V>(V x, V dy, V ddx)
            where V : struct, IVector<V, T> => TFunction.BackwardBackward(x, dy, ddx);
    }
}
#endif
""";

    private const string SecondOrderHead = """
#if NET10_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

// The second-order drivers of functions of several inputs (generated by tools/kernels/GenerateElementwise.cs); the
// single-input ones are in Elementwise.SecondOrder.cs.
public static partial class Elementwise<T>
{

""";

    private const string ParametricHead = """
#if NET10_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

// The drivers for functions with broadcast parameters (generated by tools/kernels/GenerateElementwise.cs).
public static partial class Elementwise<T>
{

""";

    private const string ElementwiseHead = """
#if NET10_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

/// <summary>
/// The span kernels' loops, written once for every generated function: each driver checks the spans' lengths, runs
/// the function's vector body on the widest hardware-accelerated width (<see cref="Vec512{T}"/>,
/// <see cref="Vec256{T}"/> or <see cref="Vec128{T}"/>), then its scalar body on the last few elements. The function is
/// a struct type argument, so the JIT compiles one specialized copy of the driver per function, with direct (usually
/// inlined) calls and no delegate or virtual call. Each loop reads every input and writes every output at the same
/// index, so outputs may be the very memory of inputs (in place).
/// </summary>
/// <remarks>
/// One overload per number of inputs (1 to 16, the most a <c>[Differentiable]</c> method takes), and for functions
/// with broadcast parameters (<c>[Broadcast]</c>) one more per number of span inputs (1 to 15), taking the function
/// struct (which holds the parameters) as a value and returning the parameters' gradients, summed in vector registers
/// in the same pass. All of them are generated by <c>tools/kernels/GenerateElementwise.cs</c>. Generated span kernels
/// call these; other code can too, with a generated <c>FKernel</c> struct as the function. The <c>…Name</c> parameters
/// are for the compiler to fill in. Every vector loop is its own <c>NoInlining</c> method (see <c>ForwardVectors</c>).
/// </remarks>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public static partial class Elementwise<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Forward kernel: <c>y[i] = F(x[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x, Span<T> y,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction<T>
    {
        Require(y.Length, yName, nameof(y), x.Length, xName, nameof(x));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x, y)
            : 0;
        for (; i < x.Length; i++)
        {
            y[i] = default(TFunction).Value(x[i]);
        }
    }

    // Never inlined: each vector loop is a compilation of its own, so the function's whole vector body (its Exp,
    // Log and Tanh included) is inlined into the loop. Inlined into the span kernel under dynamic PGO, the loop
    // body ran out of the JIT's inlining budget and called VectorMath's helpers, spilling every vector around
    // each call (GELU backward 1.55x slower than the previous kernels, docs/benchmarks.md). The index is native-sized
    // (nint), so the loads and stores use it as it is: with an int index the loop sign-extended it every iteration,
    // twice in on-stack-replacement code (docs/benchmarks.md, "issue 9, kernel loops").
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x, Span<T> y)
        where TFunction : struct, IVectorFunction<T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        nint i = 0;
        for (; i <= x.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref xRef, (nuint)i)), ref yRef, (nuint)i);
        }

        return (int)i;
    }

    /// <summary>Backward kernel: <c>dx[i] = dy[i] · F'(x[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs of the forward pass.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx">Receives the gradients with respect to the inputs; may be the same memory as an input.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dxName">How the caller spells <paramref name="dx"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx))] string? dxName = null)
        where TFunction : struct, IVectorFunction<T>
    {
        Require(dy.Length, dyName, nameof(dy), x.Length, xName, nameof(x));
        Require(dx.Length, dxName, nameof(dx), x.Length, xName, nameof(x));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x, dy, dx)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x, dy, dx)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x, dy, dx)
            : 0;
        for (; i < x.Length; i++)
        {
            dx[i] = dy[i] * default(TFunction).Derivative(x[i]);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx)
        where TFunction : struct, IVectorFunction<T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dxRef = ref MemoryMarshal.GetReference(dx);
        nint i = 0;
        for (; i <= x.Length - V.Count; i += V.Count)
        {
            V derivative = TFunction.Derivative(V.Load(ref xRef, (nuint)i));
            V.Store(V.Load(ref dyRef, (nuint)i) * derivative, ref dxRef, (nuint)i);
        }

        return (int)i;
    }

""";

    private const string ElementwiseTail = """

    /// <summary>Throws (naming the span as its caller spells it) unless the span is as long as the first.</summary>
    private static void Require(int length, string? expression, string fallback, int firstLength, string? firstExpression, string firstFallback)
    {
        if (length != firstLength)
        {
            SpanLengths.Require(length, Name(expression, fallback), firstLength, Name(firstExpression, firstFallback));
        }
    }

    private static string Name(string? expression, string fallback) => expression is null ? fallback : expression.TrimStart('@');
}
#endif

""";

    private const string VectorFunctionHead = """
#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A single-input function with its derivative, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of one input.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F(x)</c>.</returns>
    T Value(T x);

    /// <summary>The function's derivative: the generated <c>FDerivative</c>.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F'(x)</c>.</returns>
    T Derivative(T x);

    /// <summary>The function in every lane: the generated vector body (both sides of every branch computed, blended per lane).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <returns><c>F</c> of every lane.</returns>
    static abstract V Value<V>(V x)
        where V : struct, IVector<V, T>;

    /// <summary>The derivative in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <returns><c>F'</c> of every lane.</returns>
    static abstract V Derivative<V>(V x)
        where V : struct, IVector<V, T>;
}

""";
}
