using System;
using System.Linq;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// A kernel never throws where its scalar member does not, and throws where it does, at every length (so on every
/// vector width and in the scalar tail): a callee that has no vector form is never run on a lane whose branch the
/// scalar code does not take (issue 13).
/// </summary>
public sealed class ScalarSemanticsKernelTests
{
    /// <summary>Lengths around every vector width's lane count (2 to 16), so each path of the drivers runs.</summary>
    public static TheoryData<int> Lengths => new(Enumerable.Range(0, 40));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_callee_that_throws_off_its_branch_is_not_run_there_by_the_kernels(int length)
    {
        // Negative, zero and positive inputs: GuardedRoot calls Root (and so SafeSqrt) only for x > 0.
        double[] x = Enumerable.Range(0, length).Select(i => (i % 3 - 1) * (i + 0.5)).ToArray();
        double[] dy = Enumerable.Range(0, length).Select(i => 1.0 + i).ToArray();
        double[] y = new double[length], dx = new double[length];
        ScalarSemanticsFunctions.GuardedRoot(x, y);
        ScalarSemanticsFunctions.GuardedRootBackward(x, dy, dx);
        for (int i = 0; i < length; i++)
        {
            NumericAssert.SameBits(ScalarSemanticsFunctions.GuardedRoot(x[i]), y[i], $"GuardedRoot kernel at x = {x[i]}");
            NumericAssert.SameBits(ScalarSemanticsFunctions.GuardedRootBackward(x[i], dy[i]), dx[i], $"GuardedRootBackward kernel at x = {x[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_callee_that_throws_on_NaN_is_not_run_on_a_NaN_lane_the_caller_does_not_pass_it(int length)
    {
        float[] x = Enumerable.Range(0, length).Select(i => i % 2 == 0 ? float.NaN : i - 10f).ToArray();
        float[] dy = Enumerable.Repeat(1f, length).ToArray();
        float[] y = new float[length], dx = new float[length];
        ScalarSemanticsFunctions.GuardedSign(x, y);
        ScalarSemanticsFunctions.GuardedSignBackward(x, dy, dx);
        for (int i = 0; i < length; i++)
        {
            NumericAssert.SameBits(ScalarSemanticsFunctions.GuardedSign(x[i]), y[i], $"GuardedSign kernel at x = {x[i]}");
            NumericAssert.SameBits(ScalarSemanticsFunctions.GuardedSignBackward(x[i], dy[i]), dx[i], $"GuardedSignBackward kernel at x = {x[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Clamp_with_crossed_bounds_behaves_as_the_scalar_member_at_every_length(int length)
    {
        // Ordered bounds everywhere but one element: the forward kernel throws exactly when the scalar member would
        // (whichever width or tail that element falls in); the backward pass, whose scalar member never throws, does not.
        for (int crossed = -1; crossed < length; crossed++)
        {
            float[] x = Enumerable.Range(0, length).Select(i => i - 5f).ToArray();
            float[] lo = Enumerable.Range(0, length).Select(i => i == crossed ? 3f : -2f).ToArray();
            float[] hi = Enumerable.Range(0, length).Select(i => i == crossed ? 1f : 2f).ToArray();
            float[] y = new float[length];
            if (crossed >= 0)
            {
                Assert.Throws<ArgumentException>(() => ScalarSemanticsFunctions.ClampInputs(x[crossed], lo[crossed], hi[crossed]));
                Assert.Throws<ArgumentException>(() => ScalarSemanticsFunctions.ClampInputs(x, lo, hi, y));
            }
            else
            {
                ScalarSemanticsFunctions.ClampInputs(x, lo, hi, y);
            }

            float[] dy = Enumerable.Repeat(1f, length).ToArray();
            float[] dx = new float[length], dlo = new float[length], dhi = new float[length];
            ScalarSemanticsFunctions.ClampInputsBackward(x, lo, hi, dy, dx, dlo, dhi);
            for (int i = 0; i < length; i++)
            {
                (float ex, float elo, float ehi) = ScalarSemanticsFunctions.ClampInputsBackward(x[i], lo[i], hi[i], dy[i]);
                NumericAssert.SameBits(ex, dx[i], $"d/dx at element {i}");
                NumericAssert.SameBits(elo, dlo[i], $"d/dlo at element {i}");
                NumericAssert.SameBits(ehi, dhi[i], $"d/dhi at element {i}");
            }
        }
    }
}
