using System;
using DiffGen;

namespace DiffGen.Tests.Functions;

/// <summary>
/// Activations written the way current C# invites: switch expressions and statements, patterns, local functions,
/// generic-math spellings, assigned parameters. Each has a twin in <see cref="Activations"/> written with
/// <c>?:</c> and Math, and must differentiate exactly as the twin does.
/// </summary>
public static partial class ModernSyntaxFunctions
{
    /// <summary>Leaky ReLU as a switch expression (twin: <see cref="Activations.LeakyRelu"/>).</summary>
    [Differentiable(Order = 2)]
    public static float LeakyReluSwitch(float x) => x switch
    {
        > 0 => x,
        _ => 0.01f * x,
    };

    /// <summary>Hard sigmoid with relational and <c>and</c> patterns in a switch statement.</summary>
    [Differentiable(Order = 2)]
    public static float HardSigmoidSwitch(float x)
    {
        switch (x)
        {
            case <= -3f:
                return 0f;
            case > -3f and < 3f:
                return (x / 6f) + 0.5f;
            default:
                return 1f;
        }
    }

    /// <summary>Softplus through generic math: log(1 + eˣ) as <c>float.LogP1(float.Exp(x))</c>.</summary>
    [Differentiable(Order = 2)]
    public static float SoftplusGeneric(float x) => float.LogP1(float.Exp(x));

    /// <summary>SiLU with a static local function for the sigmoid.</summary>
    [Differentiable(Order = 2)]
    public static float SiluLocal(float x)
    {
        return x * Sigmoid(x);

        static float Sigmoid(float v) => 1f / (1f + MathF.Exp(-v));
    }

    /// <summary>ELU with its parameter reassigned, as C ports write it.</summary>
    [Differentiable(Order = 2)]
    public static double EluAssigned(double x)
    {
        if (x < 0)
        {
            x = Math.Exp(x) - 1;
        }

        return x;
    }
}
