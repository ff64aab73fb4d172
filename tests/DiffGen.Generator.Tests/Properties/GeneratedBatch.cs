using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>
/// Many random functions compiled together: one partial class with a <c>[Differentiable]</c> method per
/// function, run through the generator once (compiling is the expensive part), then called by reflection.
/// </summary>
internal sealed class GeneratedBatch
{
    private const string TypeName = "PropertyBatch.Batch";

    private readonly Type _type;
    private readonly bool _isFloat;

    private GeneratedBatch(string source, Type type, bool isFloat)
    {
        Source = source;
        _type = type;
        _isFloat = isFloat;
    }

    /// <summary>The C# source the generator saw.</summary>
    public string Source { get; }

    /// <summary>The method name of function <paramref name="index"/>.</summary>
    public static string MethodName(int index) => "M" + index;

    /// <summary>The C# declaration of one function as a <c>[Differentiable]</c> method.</summary>
    public static string Declaration(TestFunction f, int index, bool isFloat) =>
        $"    [Differentiable]\n    public static {(isFloat ? "float" : "double")} {MethodName(index)}({ExprPrinter.Parameters(f.Inputs, isFloat)}) =>\n" +
        $"        {ExprPrinter.Print(f.Body, isFloat)};\n";

    /// <summary>
    /// Generates and compiles all <paramref name="functions"/>; fails the test if the generator reports
    /// anything or the output has an error or a warning.
    /// </summary>
    /// <param name="functions">The functions, compiled as methods M0, M1, ...</param>
    /// <param name="isFloat">float methods with MathF instead of double with Math.</param>
    public static GeneratedBatch Compile(IReadOnlyList<TestFunction> functions, bool isFloat)
    {
        var (text, result) = Generate(functions, isFloat);
        Assembly assembly = GeneratorHarness.CompileAndLoad(result.OutputCompilation);
        return new GeneratedBatch(text, assembly.GetType(TypeName, throwOnError: true)!, isFloat);
    }

    /// <summary>Like <see cref="Compile"/> without emitting and loading: the generator run and the diagnostics checks.</summary>
    /// <returns>The source and the generator run.</returns>
    public static (string Source, GeneratorRunResult Result) Generate(IReadOnlyList<TestFunction> functions, bool isFloat)
    {
        var source = new StringBuilder("using System;\nusing DiffGen;\n\nnamespace PropertyBatch;\n\npublic static partial class Batch\n{\n");
        for (int i = 0; i < functions.Count; i++)
        {
            source.Append(Declaration(functions[i], i, isFloat));
        }

        source.Append("}\n");
        string text = source.ToString();

        GeneratorRunResult result = GeneratorHarness.Run(text);
        if (result.GeneratorDiagnostics.Count > 0)
        {
            throw new XunitException("Generator diagnostics on supported code:\n" + Lines(result.GeneratorDiagnostics) + "\n\nSource:\n" + text);
        }

        var problems = result.CompilationDiagnostics;
        if (problems.Count > 0)
        {
            throw new XunitException("Output compilation has errors or warnings:\n" + Lines(problems) + "\n\nSource:\n" + text +
                "\n\nGenerated:\n" + string.Join("\n", result.GeneratedSources.Select(g => g.Text)));
        }

        return (text, result);
    }

    /// <summary>Calls the original method.</summary>
    public double Original(int index, double[] point) => Call(MethodName(index), point.Length, point);

    /// <summary>
    /// The gradient from the generated members: <c>MDerivative(x)</c> for one input, the tuple of
    /// <c>MBackward(x, y, ..., dy: 1)</c> for more.
    /// </summary>
    public double[] Gradient(int index, double[] point)
    {
        if (point.Length == 1)
        {
            return new[] { Call(MethodName(index) + "Derivative", 1, point) };
        }

        object tuple = Invoke(MethodName(index) + "Backward", point.Length + 1, point.Append(1.0).ToArray());
        var items = (ITuple)tuple;
        return Enumerable.Range(0, items.Length).Select(i => ToDouble(items[i]!)).ToArray();
    }

    /// <summary>The one-input <c>MBackward(x, dy)</c>.</summary>
    public double Backward(int index, double x, double dy) => Call(MethodName(index) + "Backward", 2, new[] { x, dy });

    private double Call(string name, int arity, double[] args) => ToDouble(Invoke(name, arity, args));

    private object Invoke(string name, int arity, double[] args)
    {
        Type scalar = _isFloat ? typeof(float) : typeof(double);
        MethodInfo method = _type.GetMethod(name, Enumerable.Repeat(scalar, arity).ToArray())
            ?? throw new XunitException($"The generator did not produce {name}({arity} x {scalar.Name}).\n\nSource:\n{Source}");
        object[] boxed = args.Select(a => _isFloat ? (object)(float)a : a).ToArray();

        // Unwrapped so callers can tell Math's own exceptions (Math.Sign(NaN)) apart.
        return method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, boxed, null)!;
    }

    private static double ToDouble(object value) => value is float f ? f : (double)value;

    /// <summary>Whether <paramref name="d"/> lies in a generated file (the harness names user files Source0.cs, ...).</summary>
    public static bool IsGenerated(Diagnostic d) =>
        d.Location.SourceTree is { } tree && !tree.FilePath.StartsWith("Source", StringComparison.Ordinal);

    private static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
