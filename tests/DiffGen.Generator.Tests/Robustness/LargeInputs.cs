using System.Linq;
using System.Text;

namespace DiffGen.Generator.Tests;

/// <summary>Programmatically built large [Differentiable] methods for the robustness tests.</summary>
internal static class LargeInputs
{
    /// <summary>The namespace-qualified name of the type every input declares.</summary>
    public const string TypeName = "Big.Functions";

    /// <summary><c>float F(float x) =&gt; MathF.Tanh(MathF.Tanh(... x ...))</c> with <paramref name="depth"/> calls.</summary>
    public static string NestedTanh(int depth) =>
        Wrap("float", "F", "=> " + string.Concat(Enumerable.Repeat("MathF.Tanh(", depth)) + "x" + new string(')', depth) + ";");

    /// <summary><c>double F(double x) =&gt; x + 2.0 * x + ... + n * x</c>; its derivative is n(n+1)/2.</summary>
    public static string LongSum(int terms)
    {
        var body = new StringBuilder("=> x");
        for (int k = 2; k <= terms; k++)
        {
            body.Append(" + ").Append(k).Append(".0 * x");
        }

        return Wrap("double", "F", body.Append(';').ToString());
    }

    /// <summary>A block of <paramref name="locals"/> locals, each built from the previous two; bounded, with an O(1) derivative.</summary>
    public static string LocalChain(int locals)
    {
        var body = new StringBuilder("{\n        var v0 = x;\n        var v1 = Math.Sin(x);\n");
        for (int k = 2; k < locals; k++)
        {
            body.Append($"        var v{k} = Math.Sin(v{k - 1} * v{k - 2}) * 0.5 + Math.Sin(v{k - 1}) * 0.4 + 0.2 * x;\n");
        }

        body.Append($"        return v{locals - 1};\n    }}");
        return Wrap("double", "F", body.ToString());
    }

    /// <summary><c>double F(double x) =&gt; -(-(...(x)...))</c>, alternating unary minus and parentheses, <paramref name="depth"/> deep.</summary>
    public static string DeepUnary(int depth) =>
        Wrap("double", "F", "=> " + string.Concat(Enumerable.Repeat("-(", depth)) + "x" + new string(')', depth) + ";");

    /// <summary>
    /// <c>if (x &lt; c) return …;</c> repeated <paramref name="rungs"/> times (each rung's value shares a subexpression, so it
    /// needs a local), then <c>return x;</c>: a piecewise function of many pieces, as a lookup ladder is written.
    /// </summary>
    public static string Ladder(int rungs)
    {
        var body = new StringBuilder("{\n");
        for (int k = 0; k < rungs; k++)
        {
            body.Append($"        if (x < {k - rungs / 2}.5) return (x + {k}.0) * (x - 1.0) / (x + {k}.0);\n");
        }

        body.Append("        return x;\n    }");
        return Wrap("double", "F", body.ToString());
    }

    private static string Wrap(string type, string name, string body) => $$"""
        using System;
        using DiffGen;

        namespace Big;

        public static partial class Functions
        {
            [Differentiable]
            public static {{type}} {{name}}({{type}} x)
            {{body}}
        }
        """;
}
