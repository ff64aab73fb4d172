using System;

namespace DiffGen.KernelBenchmarks.TieRefinement;

/// <summary>
/// Log-sigmoid written two ways, for <see cref="TieRefinementBenchmarks"/>: in the stable form users write, whose two
/// kinks at 0 (<c>Min</c> and <c>Abs</c>) cancel, so its derivative is refined at the tie; and with one kink, which
/// needs no refinement. Both cost one Exp and one Log per element.
/// </summary>
public static partial class TieActivations
{
    /// <summary>log σ(x) = min(x, 0) − log(1 + e^−|x|): derivative refined where x = 0 (true value 0.5 there).</summary>
    [Differentiable]
    public static float LogSigmoid(float x) => MathF.Min(x, 0f) - MathF.Log(1f + MathF.Exp(-MathF.Abs(x)));

    /// <summary>
    /// The same function with a single kink site, (x − |x|)/2 − log(1 + e^−|x|) (one <c>Abs</c> node, shared): no
    /// refinement, as one kink's convention already gives the true derivative (0.5 at 0).
    /// </summary>
    [Differentiable]
    public static float LogSigmoidOneKink(float x) => 0.5f * (x - MathF.Abs(x)) - MathF.Log(1f + MathF.Exp(-MathF.Abs(x)));
}
