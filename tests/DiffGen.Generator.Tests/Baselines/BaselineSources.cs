using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Tests;

/// <summary>
/// The inputs of the snapshot tests, one representative method (or type) per entry. Every entry uses its own
/// type names so that all of them also compile together in one compilation (see <see cref="CompileCleanlinessTests"/>).
/// </summary>
public static class BaselineSources
{
    /// <summary>Snapshot name to C# source.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["SeedActivation"] = """
            using DiffGen;

            namespace Samples.Seed;

            public static partial class SeedActivation
            {
                [Differentiable]
                public static float Activation(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;
            }
            """,

        ["SeedSecondOrder"] = """
            using DiffGen;

            namespace Samples.SecondOrder;

            public static partial class SeedSecondOrder
            {
                [Differentiable(Order = 2)]
                public static float Activation(float x) => x >= 0f ? x * x / (x + 0.6f) : 0.01f * x;
            }
            """,

        ["HessianTwoInputs"] = """
            using System;
            using DiffGen;

            namespace Samples.Hessian;

            public static partial class HessianFunctions
            {
                [Differentiable(Order = 3)]
                public static double Softplus(double x) => Math.Log(1.0 + Math.Exp(x));

                [Differentiable(Order = 2)]
                public static double Scaled(double a, double b) => a * Softplus(b) + Math.Sin(a * b);
            }
            """,

        ["GeluBlockBody"] = """
            using System;
            using DiffGen;

            namespace Samples.Gelu;

            public static partial class GeluFunctions
            {
                private const double Coefficient = 0.044715;

                [Differentiable]
                public static double Gelu(double x)
                {
                    double cube = x * x * x;
                    var inner = Math.Sqrt(2.0 / Math.PI) * (x + Coefficient * cube);
                    return 0.5 * x * (1.0 + Math.Tanh(inner));
                }
            }
            """,

        ["MishNestedCalls"] = """
            using System;
            using DiffGen;

            namespace Samples.Mish;

            public static partial class MishFunctions
            {
                [Differentiable]
                public static float Mish(float x) => x * MathF.Tanh(MathF.Log(1f + MathF.Exp(x)));
            }
            """,

        ["BroadcastParameters"] = """
            using System;
            using DiffGen;

            namespace Samples.Broadcast;

            public static partial class LearnableActivations
            {
                [Differentiable]
                public static float PRelu(float x, [Broadcast] float slope) => x >= 0f ? x : slope * x;

                [Differentiable]
                public static double SwishBeta(double x, [Broadcast] double beta = 1.0) => x / (1.0 + Math.Exp(-beta * x));

                [Differentiable]
                public static float Affine2(float x, [Broadcast] float gamma, float z, [Broadcast] float beta = 0.5f) => gamma * x * z + beta;
            }
            """,

        ["PReluTwoInputs"] = """
            using DiffGen;

            namespace Samples.PRelu;

            public static partial class PReluFunctions
            {
                [Differentiable]
                public static float PRelu(float x, float a)
                {
                    if (x >= 0f)
                    {
                        return x;
                    }
                    else
                    {
                        return a * x;
                    }
                }
            }
            """,

        ["CompoundAssignment"] = """
            using DiffGen;

            namespace Samples.Compound;

            public static partial class CompoundFunctions
            {
                [Differentiable]
                public static double Accumulate(double x)
                {
                    var t = x;
                    t += x * x;
                    t *= 0.5;
                    t -= 3.0 * x;
                    t /= 1.0 + x * x;
                    return t;
                }
            }
            """,

        ["NestedConditionals"] = """
            using DiffGen;

            namespace Samples.Conditionals;

            public static partial class ConditionalFunctions
            {
                [Differentiable]
                public static double Piecewise(double x) =>
                    (x > 0.0 && x < 1.0) || !(x > -2.0)
                        ? (x >= 0.5 ? x * x : -x)
                        : (x != 3.0 ? 2.0 * x : 1.0);
            }
            """,

        ["StructContainer"] = """
            using System;
            using DiffGen;

            namespace Samples.Structs;

            public readonly partial struct StructFunctions
            {
                [Differentiable]
                public static float Softsign(float x) => x / (1f + MathF.Abs(x));
            }
            """,

        ["RecordContainer"] = """
            using System;
            using DiffGen;

            namespace Samples.Records;

            public sealed partial record RecordFunctions(double Scale)
            {
                [Differentiable]
                public static double Swish(double x) => x / (1.0 + Math.Exp(-x));
            }
            """,

        ["NestedTypes"] = """
            using System;
            using DiffGen;

            namespace Samples.Nested.Deeper;

            public static partial class Outer
            {
                internal partial struct Middle
                {
                    public sealed partial class Inner
                    {
                        [Differentiable]
                        public static double Softplus(double x) => Math.Log(1.0 + Math.Exp(x));
                    }
                }
            }
            """,

        ["GlobalNamespace"] = """
            using System;
            using DiffGen;

            public static partial class GlobalFunctions
            {
                [Differentiable]
                public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
            }
            """,

        ["GenericContainer"] = """
            using System;
            using DiffGen;

            namespace Samples.Generic;

            public partial class Container<TItem> where TItem : struct
            {
                [Differentiable]
                public static double Gaussian(double x) => Math.Exp(-0.5 * x * x);
            }
            """,

        ["Accessibility"] = """
            using System;
            using DiffGen;

            namespace Samples.Access;

            public static partial class AccessFunctions
            {
                public static double UsePrivate(double x) => Hidden(x);

                [Differentiable]
                internal static double Internal(double x) => Math.Sin(x) * x;

                [Differentiable]
                private static double Hidden(double x) => Math.Cos(x) + x;
            }
            """,

        ["CallsDifferentiable"] = """
            using System;
            using DiffGen;

            namespace Samples.Calls;

            public static partial class Building
            {
                [Differentiable]
                public static double Square(double x) => x * x;

                [Differentiable]
                public static double Weighted(double a, double b) => a * Math.Exp(b);
            }

            public static partial class CallFunctions
            {
                [Differentiable]
                public static double Composite(double x) => Building.Square(Math.Sin(x)) + Building.Weighted(x, 2.0 * x);
            }
            """,

        ["DerivativeOfCall"] = """
            using System;
            using DiffGen;

            namespace Samples.Special;

            public static partial class SpecialFunctions
            {
                /// <summary>Abramowitz and Stegun 7.1.26; any body will do, DiffGen uses the registered derivative.</summary>
                public static double Erf(double x)
                {
                    double sign = x < 0.0 ? -1.0 : 1.0;
                    double ax = Math.Abs(x);
                    double t = 1.0 / (1.0 + 0.3275911 * ax);
                    double poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
                    return sign * (1.0 - poly * Math.Exp(-ax * ax));
                }

                [DerivativeOf(nameof(Erf))]
                public static double ErfDerivative(double x) => 2.0 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);

                [Differentiable]
                public static double ScaledErf(double x) => x * Erf(2.0 * x);
            }
            """,

        ["MaxMinClampAbs"] = """
            using System;
            using DiffGen;

            namespace Samples.Kinks;

            public static partial class KinkFunctions
            {
                [Differentiable]
                public static float Kinks(float x, float w) =>
                    MathF.Max(0f, x) + MathF.Min(x, w) + Math.Clamp(x * w, -1f, 1f) + MathF.Abs(x - w);
            }
            """,

        ["FloatWithDoubleCasts"] = """
            using System;
            using DiffGen;

            namespace Samples.Casts;

            public static partial class CastFunctions
            {
                [Differentiable]
                public static float PreciseSoftplus(float x) => (float)Math.Log(1.0 + Math.Exp((double)x)) * x;
            }
            """,
    };

    /// <summary>The snapshot names, as xunit theory data.</summary>
    public static IEnumerable<object[]> Names => All.Keys.Select(k => new object[] { k });
}
