using System;
using System.Collections.Generic;
using System.Text;

namespace DiffGen.Benchmarks.Corpus;

/// <summary>One generated source file.</summary>
/// <param name="Path">The file name used for the syntax tree.</param>
/// <param name="Text">The C# source.</param>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// A project's worth of [Differentiable] methods, generated from <see cref="Templates"/> with a fixed seed so that
/// every run measures the same code: partial classes of ten methods (two <c>Sigmoid</c> helpers, eight drawn
/// methods, a quarter of them float), five classes per file.
/// </summary>
internal static class SyntheticCorpus
{
    /// <summary>The number of [Differentiable] methods in the corpus the benchmarks use.</summary>
    public const int MethodCount = 500;

    /// <summary>The seed of the corpus the benchmarks use.</summary>
    public const int Seed = 20_250_601;

    private const int MethodsPerClass = 10;
    private const int HelpersPerClass = 2;
    private const int ClassesPerFile = 5;

    /// <summary>The files of a corpus of <paramref name="methodCount"/> (a multiple of ten) methods.</summary>
    public static IReadOnlyList<SourceFile> Generate(int methodCount = MethodCount, int seed = Seed)
    {
        if (methodCount <= 0 || methodCount % MethodsPerClass != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(methodCount), "The corpus is made of classes of ten methods.");
        }

        var random = new Random(seed);
        var files = new List<SourceFile>();
        int classes = methodCount / MethodsPerClass, index = 0;
        for (int first = 0; first < classes; first += ClassesPerFile)
        {
            var text = new StringBuilder("using System;\nusing DiffGen;\n\nnamespace Synthetic.Models;\n");
            for (int c = first; c < Math.Min(first + ClassesPerFile, classes); c++)
            {
                text.Append('\n').Append("public static partial class Layer").Append(c).Append("\n{\n").Append(Helpers);
                for (int m = 0; m < MethodsPerClass - HelpersPerClass; m++)
                {
                    Template template = Templates.All[random.Next(Templates.All.Count)];
                    bool isFloat = !template.DoubleOnly && random.Next(4) == 0;
                    text.Append('\n');
                    AppendMethod(text, template, new MethodWriter(random, isFloat), template.Name + index++);
                }

                text.Append("}\n");
            }

            files.Add(new SourceFile($"Models{files.Count}.cs", text.ToString()));
        }

        return files;
    }

    private static void AppendMethod(StringBuilder text, Template template, MethodWriter w, string name)
    {
        var parameters = new List<string>();
        foreach (string input in template.Inputs)
        {
            parameters.Add(w.T + " " + input);
        }

        string[] body = template.Body(w);
        text.Append("    [Differentiable]\n    public static ").Append(w.T).Append(' ').Append(name)
            .Append('(').Append(string.Join(", ", parameters)).Append(')');
        if (!template.IsBlock)
        {
            text.Append(" => ").Append(body[0]).Append(";\n");
            return;
        }

        text.Append("\n    {\n");
        foreach (string line in body)
        {
            text.Append(line.Length == 0 ? "\n" : "        " + line + "\n");
        }

        text.Append("    }\n");
    }

    // Every class has its own helpers, as real layers do: a [Differentiable] callee in both precisions and a
    // method DiffGen cannot differentiate (a loop) with a registered [DerivativeOf] derivative.
    private const string Helpers =
        "    [Differentiable]\n" +
        "    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));\n" +
        "\n" +
        "    [Differentiable]\n" +
        "    public static float Sigmoid(float x) => 1 / (1 + MathF.Exp(-x));\n" +
        "\n" +
        "    public static double Poly(double x)\n" +
        "    {\n" +
        "        double s = 0;\n" +
        "        double p = 1;\n" +
        "        for (int i = 0; i < 4; i++)\n" +
        "        {\n" +
        "            s += p / (i + 1);\n" +
        "            p *= x;\n" +
        "        }\n" +
        "\n" +
        "        return s;\n" +
        "    }\n" +
        "\n" +
        "    [DerivativeOf(nameof(Poly))]\n" +
        "    public static double PolyDerivative(double x) => 0.5 + (2 * x / 3) + (0.75 * x * x);\n";
}
