using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>A valid program with [Differentiable] methods and edits that break it the way typing does.</summary>
/// <param name="Source">The valid program.</param>
/// <param name="Mutations">The edits, applied in order.</param>
internal sealed record MutatedProgram(string Source, Mutation[] Mutations)
{
    /// <summary>The text after all edits.</summary>
    public string Mutated => Mutations.Aggregate(Source, (text, m) => m.Apply(text));

    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Mutations.Select(m => m.ToString())) + "\n--- mutated source ---\n" + Mutated;
}

/// <summary>CsCheck generators of valid DiffGen programs and of edits to them.</summary>
internal static class MutationGen
{
    // Names with no common sub-strings, so deleting characters cannot make two methods collide.
    private static readonly string[] MethodNames = { "Alpha", "Kappa", "Sigma" };

    private static readonly string[] GarbageTokens =
    {
        "(", ")", "{", "}", ";", ",", "=>", "?", ":", "Math.", "MathF.", "+", "*", "/", "==", "!", "&&", "||",
        "[Differentiable]", "[DerivativeOf(\"Square\")]", "static ", "partial ", "ref ", "out ", "in ", "for (;;) {",
        "while (true) ", "return ", "var ", "int ", "decimal ", "\"", "'", "/*", "//", "#if X\n", "#endif\n", "@", "..",
        "new ", "default", "this.", "x", "Square(", "Softplus(", "Alpha(", "1e", "0x", "1.0f", "(int)", "(float)", "(double)",
        "typeof(", "=", "+=", "throw ", "goto L;", "L: ", "async ", "await ", "\n", "x", "x++", "checked(", "stackalloc ",
        "<T>", "params ", "__arglist", "dynamic ", "Math.Clamp(x, 2d, 1d)", "nameof(", "delegate {", "() => ",
    };

    // Uniform: CsCheck's Gen.Double[0, 1] favours 0, which would edit the first character most of the time.
    private static readonly Gen<double> Position = ExprGen.Uniform(0, 1);

    private static readonly Gen<Mutation> OneMutation = Gen.Frequency(
        (3, Gen.Select(Position, Gen.Int[1, 24], (p, n) => new Mutation(MutationKind.Delete, p, n, ""))),
        (3, Gen.Select(Position, Gen.OneOf(GarbageTokens), (p, g) => new Mutation(MutationKind.Insert, p, 0, g))),
        (2, Position.Select(p => new Mutation(MutationKind.Truncate, p, 0, ""))));

    /// <summary>A valid program and one to three edits.</summary>
    public static readonly Gen<MutatedProgram> Program =
        Gen.Select(Source, OneMutation.Array[1, 3], (s, m) => new MutatedProgram(s, m));

    private static Gen<string> Source => Gen.Select(Method.Array[MethodNames.Length], methods =>
    {
        var text = new StringBuilder(
            "using System;\nusing DiffGen;\n\nnamespace Mutated;\n\npublic static partial class Host\n{\n" +
            "    private const double Scale = 1.5;\n\n" +
            "    public static double Softplus(double s) => Math.Log(1d + Math.Exp(s));\n\n" +
            "    [DerivativeOf(nameof(Softplus))]\n    public static double SoftplusGrad(double s) => 1d / (1d + Math.Exp(-s));\n\n" +
            "    [Differentiable]\n    public static double Square(double s) => s * s;\n\n" +
            "    public static double Helper(double s) => s + 1d;\n\n" +
            "    // Not differentiable when intact (a call without derivative, a loop): the generator skips\n" +
            "    // them (the analyzer reports DIFF001/DIFF003); edits can turn them into anything.\n" +
            "    [Differentiable]\n    public static double Omega(double a) => Helper(a) * a;\n\n" +
            "    [Differentiable]\n    public static double Theta(double a)\n    {\n        for (int i = 0; i < 2; i++) { a = a * 2d; }\n        return a;\n    }\n");
        for (int i = 0; i < methods.Length; i++)
        {
            text.Append('\n').Append(methods[i](MethodNames[i]));
        }

        return text.Append("}\n").ToString();
    });

    // A method as a function of its name: expression or block bodied, double or float, 1 to 3 inputs.
    private static Gen<Func<string, string>> Method =>
        Gen.Int[1, 3].SelectMany(n => Gen.Select(
            Gen.Bool,
            Gen.Bool,
            ExprGen.Expression(n, 3).Array[4],
            ExprGen.Expression(n, 2).Array[2],
            (isFloat, isBlock, e, c) => (Func<string, string>)(name => Declaration(name, n, isFloat, isBlock, e, c))));

    private static string Declaration(string name, int inputs, bool isFloat, bool isBlock, Expr[] e, Expr[] c)
    {
        string type = isFloat ? "float" : "double";
        string head = $"    [Differentiable]\n    public static {type} {name}({ExprPrinter.Parameters(inputs, isFloat)})";
        string P(Expr x) => ExprPrinter.Print(x, isFloat);
        if (!isBlock)
        {
            return $"{head} =>\n        {P(e[0])};\n";
        }

        // Calls to another [Differentiable] method, a [DerivativeOf] method and a constant (double only).
        string extra = isFloat ? "(float)Math.Sqrt(2d)" : "Square(x) + Softplus(x) * Scale";
        return $"{head}\n    {{\n        var t = {P(e[0])};\n        if ({P(c[0])} < {P(c[1])})\n        {{\n            t += {P(e[1])};\n" +
            $"        }}\n        else\n        {{\n            return {P(e[2])};\n        }}\n\n        t *= {extra};\n        return t - {P(e[3])};\n    }}\n";
    }
}
