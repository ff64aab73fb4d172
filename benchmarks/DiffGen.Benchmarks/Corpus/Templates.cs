using System.Collections.Generic;

namespace DiffGen.Benchmarks.Corpus;

/// <summary>
/// The method families of the synthetic corpus: activations, losses and small neurons as people write them,
/// with branches, locals, compound assignment, Math calls and 1–3 inputs. Every one is meant to be clean:
/// continuous at its branch boundaries and guarded where it divides, takes a logarithm or a root, so any
/// DiffGen warning on the corpus is an analyzer false positive.
/// </summary>
internal static class Templates
{
    /// <summary>Every family; the corpus draws from them uniformly.</summary>
    public static IReadOnlyList<Template> All { get; } = new[]
    {
        // One input: activations.
        Template.Expr("LeakyRelu", "x", w => $"x >= 0 ? x : {w.R(0.01, 0.3)} * x"),
        Template.Expr("Elu", "x", w => $"x > 0 ? x : {w.R(0.5, 1.5)} * ({w.M}.Exp(x) - 1)"),
        Template.Expr("Selu", "x", w => $"{w.R(1, 1.1)} * (x > 0 ? x : {w.R(1.5, 1.8)} * ({w.M}.Exp(x) - 1))"),
        Template.Expr("Softplus", "x", w =>
        {
            string beta = w.R(0.5, 2);
            return $"{w.M}.Log(1 + {w.M}.Exp({beta} * x)) / {beta}";
        }),
        Template.Block("StableSoftplus", "x", w => new[]
        {
            $"{w.T} z = {w.R(0.5, 2)} * x;",
            "if (z > 30)",
            "{",
            "    return z;",
            "}",
            "",
            $"return {w.M}.Log(1 + {w.M}.Exp(z));",
        }),
        Template.Expr("Swish", "x", w => $"x / (1 + {w.M}.Exp(-{w.R(0.5, 2)} * x))"),
        Template.Expr("Gelu", "x", w => $"{w.L(0.5)} * x * (1 + {w.M}.Tanh({w.L(0.7978845608)} * (x + {w.L(0.044715)} * x * x * x)))"),
        Template.Expr("Mish", "x", w => $"x * {w.M}.Tanh({w.M}.Log(1 + {w.M}.Exp(x)))"),
        Template.Block("HardSwish", "x", w => new[]
        {
            "if (x <= -3)",
            "{",
            "    return 0;",
            "}",
            "",
            "if (x >= 3)",
            "{",
            "    return x;",
            "}",
            "",
            "return x * (x + 3) / 6;",
        }),
        Template.Expr("HardSigmoid", "x", w => $"Math.Clamp({w.R(0.1, 0.25)} * x + {w.L(0.5)}, 0, 1)"),
        Template.Expr("ScaledTanh", "x", w => $"{w.R(0.5, 2)} * {w.M}.Tanh({w.R(0.5, 2)} * x)"),
        Template.Expr("Softsign", "x", w => $"x / (1 + {w.M}.Abs(x))"),
        Template.Block("Gaussian", "x", w => new[]
        {
            $"{w.T} d = x - {w.R(-1, 1)};",
            $"return {w.M}.Exp(-d * d / {w.R(0.5, 4)});",
        }),
        Template.Expr("SmoothAbs", "x", w => $"{w.M}.Sqrt(x * x + {w.L(w.Pick(1e-6, 1e-4, 1e-2))})"),
        Template.Expr("LogQuadratic", "x", w => $"{w.M}.Log(1 + x * x)"),
        Template.Expr("DampedSine", "x", w => $"{w.M}.Sin({w.R(0.5, 3)} * x) * {w.M}.Exp(-{w.R(0.1, 1)} * x * x)"),
        Template.Expr("GuardedRatio", "x", w => $"x >= 0 ? x * x / (x + {w.R(0.3, 1)}) : {w.R(0.01, 0.1)} * x"),
        Template.Expr("Sinc", "x", w => $"x == 0 ? 1 : {w.M}.Sin(x) / x"),
        Template.Block("CompoundLocals", "x", w => new[]
        {
            $"{w.T} y = {w.R(0.1, 1)} * x;",
            $"y += {w.M}.Tanh(x);",
            $"y *= {w.R(0.5, 1.5)};",
            "if (x < 0)",
            "{",
            $"    y -= {w.R(0.01, 0.1)} * x * x;",
            "}",
            "",
            "return y;",
        }),
        Template.Block("Smoothstep", "x", w => new[]
        {
            "if (x <= 0)",
            "{",
            "    return 0;",
            "}",
            "",
            "if (x >= 1)",
            "{",
            "    return 1;",
            "}",
            "",
            "return x * x * (3 - 2 * x);",
        }),
        Template.Expr("BentIdentity", "x", w => $"({w.M}.Sqrt(x * x + 1) - 1) / 2 + x"),
        Template.Expr("ClampedLog", "x", w => $"{w.M}.Log({w.M}.Max(x, {w.L(1e-7)}))"),
        Template.Expr("ScaledAtan", "x", w => $"{w.R(0.5, 2)} * {w.M}.Atan({w.R(0.5, 2)} * x)"),
        Template.Expr("AsinhScaled", "x", w => $"{w.M}.Asinh(x / {w.R(0.5, 4)})"),
        Template.Expr("SymmetricPower", "x", w => $"x * {w.M}.Pow(1 + x * x, {w.L(w.Pick(-0.5, 0.25, -0.25))})"),
        Template.Block("HuberOne", "x", w =>
        {
            double delta = w.Draw(0.5, 2);
            return new[]
            {
                $"{w.T} a = {w.M}.Abs(x);",
                $"return a <= {w.L(delta)} ? {w.L(0.5)} * x * x : {w.L(delta)} * (a - {w.L(0.5 * delta)});",
            };
        }),
        Template.Expr("SiluViaHelper", "x", w => "x * Sigmoid(x)"),
        Template.Expr("PolyFeature", "x", w => $"{w.R(0.1, 1)} * Poly(x) + x", doubleOnly: true),

        // Two inputs: losses and gates.
        Template.Block("SquaredError", "prediction,target", w => new[]
        {
            $"{w.T} d = prediction - target;",
            $"return {w.L(0.5)} * d * d;",
        }),
        Template.Block("Huber", "prediction,target", w =>
        {
            double delta = w.Draw(0.5, 2);
            return new[]
            {
                $"{w.T} d = prediction - target;",
                $"if (d > {w.L(delta)})",
                "{",
                $"    return {w.L(delta)} * (d - {w.L(0.5 * delta)});",
                "}",
                "",
                $"if (d < -{w.L(delta)})",
                "{",
                $"    return -{w.L(delta)} * (d + {w.L(0.5 * delta)});",
                "}",
                "",
                $"return {w.L(0.5)} * d * d;",
            };
        }),
        Template.Expr("LogCosh", "prediction,target", w => $"{w.M}.Log({w.M}.Cosh(prediction - target))"),
        Template.Expr("BceWithLogits", "z,y", w => $"{w.M}.Max(z, 0) - z * y + {w.M}.Log(1 + {w.M}.Exp(-{w.M}.Abs(z)))"),
        Template.Block("BceFromSigmoid", "z,y", w => new[]
        {
            $"{w.T} p = 1 / (1 + {w.M}.Exp(-z));",
            $"return -(y * {w.M}.Log(p + {w.L(1e-7)}) + (1 - y) * {w.M}.Log(1 - p + {w.L(1e-7)}));",
        }),
        Template.Block("LogSumExp", "a,b", w => new[]
        {
            $"{w.T} m = {w.M}.Max(a, b);",
            $"return m + {w.M}.Log({w.M}.Exp(a - m) + {w.M}.Exp(b - m));",
        }),
        Template.Expr("Normalized", "a,b", w => $"a / {w.M}.Sqrt(a * a + b * b + {w.L(1e-6)})"),
        Template.Expr("Glu", "a,b", w => "a * Sigmoid(b)"),
        Template.Expr("MaxMinBlend", "a,b", w => $"{w.M}.Max(a, b) + {w.R(0.01, 0.3)} * {w.M}.Min(a, b)"),
        Template.Expr("Rbf", "x,y", w =>
        {
            string cx = w.R(-1, 1), cy = w.R(-1, 1);
            return $"{w.M}.Exp(-{w.R(0.1, 2)} * ((x - {cx}) * (x - {cx}) + (y - {cy}) * (y - {cy})))";
        }),
        Template.Block("BilinearLeaky", "a,b", w => new[]
        {
            $"var z = a * b + {w.R(-1, 1)};",
            $"return z > 0 ? z : {w.R(0.01, 0.3)} * z;",
        }),

        // Three inputs: neurons and blends.
        Template.Block("TanhNeuron", "w,x,b", w => new[]
        {
            $"{w.T} z = w * x + b;",
            $"return {w.M}.Tanh(z);",
        }),
        Template.Block("LeakyNeuron", "w,x,b", w => new[]
        {
            $"{w.T} z = {w.M}.FusedMultiplyAdd(w, x, b);",
            $"if (z >= 0)",
            "{",
            "    return z;",
            "}",
            "else",
            "{",
            $"    return {w.R(0.01, 0.3)} * z;",
            "}",
        }),
        Template.Expr("SigmoidLerp", "a,b,t", w => "a + (b - a) * Sigmoid(t)"),
        Template.Block("WeightedSquaredError", "prediction,target,weight", w => new[]
        {
            $"{w.T} d = prediction - target;",
            "return weight * weight * d * d;",
        }),
        Template.Expr("Softmax3", "a,b,c", w => $"{w.M}.Exp(a) / ({w.M}.Exp(a) + {w.M}.Exp(b) + {w.M}.Exp(c))"),
        Template.Block("GatedResidual", "x,gate,scale", w => new[]
        {
            $"{w.T} g = Sigmoid(gate);",
            $"{w.T} h = {w.M}.Tanh(scale * x);",
            "return g * h + (1 - g) * x;",
        }),
    };
}
