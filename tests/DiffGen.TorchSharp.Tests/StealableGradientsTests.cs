using System;
using System.Linq;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// libtorch takes the gradient buffers a kernel backward pass writes (no copy into a leaf's <c>.grad</c>), and only those:
/// a gradient anyone else refers to is still copied, and accumulation and values are as before.
/// </summary>
public sealed class StealableGradientsTests
{
    private const int Count = 4096;

    public StealableGradientsTests()
    {
        // The functions are looked up in the loaded libtorch: load it first.
        torch.zeros(1).Dispose();
    }

    [Fact]
    public void On_linux_libtorch_exports_what_the_hand_over_needs()
    {
        Assert.True(!OperatingSystem.IsLinux() || StealableGradients.Available);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_leaf_gets_the_buffer_the_kernel_wrote_as_its_grad_instead_of_a_copy(bool enabled)
    {
        double[] x = Points(Count, 71).Take(Count).ToArray();
        double[] dy = Seeds(Count, 72);
        using Tensor input = Leaf(x, Count);
        With(enabled, () =>
        {
            using Tensor y = Functions.Smooth(input);
            y.backward(new[] { torch.tensor(dy) });
            Tensor[] pending = StealableGradients.Pending;
            if (enabled && StealableGradients.Available)
            {
                // Same memory: libtorch detached the kernel's buffer into .grad rather than cloning it.
                Assert.Single(pending);
                Assert.Equal(KernelRunner.Pointer(pending[0]), KernelRunner.Pointer(input.grad!));
            }
            else
            {
                Assert.Empty(pending);
            }
        });

        Assert.Equal(x.Select((v, i) => Functions.SmoothBackward(v, dy[i])).ToArray(), Doubles(input.grad!));
    }

    [Fact]
    public void A_function_with_broadcast_parameters_hands_over_its_input_and_parameter_gradients()
    {
        const int N = 3, C = 4, H = 37;
        double[] xs = Points(N * C * H, 79).Take(N * C * H).ToArray();
        double[] dys = Seeds(xs.Length, 80);
        double[] slopes = { 0.1, -0.3, 0.25, 2 };
        using Tensor x = Leaf(xs, N, C, H);
        using Tensor slope = Leaf(slopes, C);
        using Tensor y = DiffGen.Tests.Functions.BroadcastFunctions.PReluDouble(x, slope);
        y.backward(new[] { torch.tensor(dys, dtype: ScalarType.Float64).reshape(N, C, H) });

        Tensor[] pending = StealableGradients.Pending;
        if (StealableGradients.Available)
        {
            Assert.Equal(2, pending.Length);
            Assert.Equal(KernelRunner.Pointer(pending[0]), KernelRunner.Pointer(x.grad!));
        }

        double[] dx = Doubles(x.grad!), dslope = Doubles(slope.grad!);
        var expected = new double[C];
        for (int i = 0; i < xs.Length; i++)
        {
            (double gx, double gs) = DiffGen.Tests.Functions.BroadcastFunctions.PReluDoubleBackward(xs[i], slopes[i / H % C], dys[i]);
            Assert.Equal(gx, dx[i]);
            expected[i / H % C] += gs;
        }

        Near(expected, dslope, 1e-12, "slope gradient");
    }

    [Fact]
    public void The_next_pass_releases_the_gradients_and_grad_keeps_its_values()
    {
        double[] x = Points(Count, 73).Take(Count).ToArray();
        double[] dy = Seeds(Count, 74);
        using Tensor input = Leaf(x, Count);
        using (Tensor y = Functions.Smooth(input))
        {
            y.backward(new[] { torch.tensor(dy) });
        }

        double[] expected = x.Select((v, i) => Functions.SmoothBackward(v, dy[i])).ToArray();
        using (Tensor again = Functions.Smooth(input))
        {
            Assert.Empty(StealableGradients.Pending);
            // The second pass adds into .grad in place (libtorch's rule when .grad exists): twice the gradient.
            again.backward(new[] { torch.tensor(dy) });
        }

        Assert.Equal(expected.Select(g => g + g).ToArray(), Doubles(input.grad!));
    }

    [Fact]
    public void Two_gradients_of_one_input_add_up_whichever_buffer_libtorch_adds_into()
    {
        double[] x = Points(Count, 77).Take(Count).ToArray();
        double[] dy = Seeds(Count, 78);
        using Tensor input = Leaf(x, Count);
        using Tensor first = Functions.Smooth(input);
        using Tensor second = Functions.Smooth(input);
        // Both registered buffers meet in the input's gradient buffer, where libtorch may add one into the other in place.
        using Tensor sum = first + second;
        sum.backward(new[] { torch.tensor(dy) });

        double[] expected = x.Select((v, i) => Functions.SmoothBackward(v, dy[i])).ToArray();
        Assert.Equal(expected.Select(g => g + g).ToArray(), Doubles(input.grad!));
    }

    [Fact]
    public void A_gradient_the_caller_holds_is_copied_not_taken()
    {
        double[] x = Points(Count, 75).Take(Count).ToArray();
        double[] dy = Seeds(Count, 76);
        using Tensor input = Leaf(x, Count);
        using Tensor y = Functions.Smooth(input);
        // torch.autograd.grad hands the caller the kernel's buffer itself, while DiffGen still holds its registered reference.
        using Tensor held = torch.autograd.grad(new[] { y }, new[] { input }, new[] { torch.tensor(dy) })[0];
        double[] expected = x.Select((v, i) => Functions.SmoothBackward(v, dy[i])).ToArray();
        Assert.Equal(expected, Doubles(held));

        // The same tensor reaches another leaf's AccumulateGrad unchanged (an addition passes its gradient through): that
        // leaf must get a copy, or adding into its .grad would change the caller's tensor.
        using Tensor other = torch.zeros(Count, dtype: ScalarType.Float64).requires_grad_(true);
        using Tensor sum = other + 1.0;
        sum.backward(new[] { held });
        Assert.NotEqual(KernelRunner.Pointer(held), KernelRunner.Pointer(other.grad!));
        using (torch.no_grad())
        {
            other.grad!.add_(1.0);
        }

        Assert.Equal(expected, Doubles(held));
    }

    private static void With(bool enabled, Action body)
    {
        bool before = TensorFunction.HandOverGradients;
        TensorFunction.HandOverGradients = enabled;
        try
        {
            body();
        }
        finally
        {
            TensorFunction.HandOverGradients = before;
        }
    }
}
