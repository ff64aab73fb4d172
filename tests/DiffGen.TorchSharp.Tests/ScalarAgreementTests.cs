using System.Linq;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>The tensor functions compute what the scalar method and its generated backward compute, element by element.</summary>
public sealed class ScalarAgreementTests
{
    [Fact]
    public void Smooth_float32_forward_and_gradient_equal_the_scalar_members_bit_for_bit()
    {
        // No transcendental in the seed: the SIMD kernels agree with the scalar members exactly (README).
        float[] x = ToFloat(Points(200, 1));
        float[] dy = ToFloat(Seeds(x.Length, 2));
        using Tensor input = Leaf(x, x.Length);
        using Tensor y = Functions.Smooth(input);
        Assert.Equal(ScalarType.Float32, y.dtype);
        y.backward(new[] { torch.tensor(dy) });

        Assert.Equal(x.Select(Functions.Smooth).ToArray(), Floats(y));
        Assert.Equal(x.Select((v, i) => Functions.SmoothBackward(v, dy[i])).ToArray(), Floats(input.grad!));
    }

    [Fact]
    public void Smooth_float64_goes_to_the_double_overload()
    {
        double[] x = Points(200, 3);
        double[] dy = Seeds(x.Length, 4);
        using Tensor input = Leaf(x, x.Length);
        using Tensor y = Functions.Smooth(input);
        Assert.Equal(ScalarType.Float64, y.dtype);
        y.backward(new[] { torch.tensor(dy) });

        Assert.Equal(x.Select(Functions.Smooth).ToArray(), Doubles(y));
        Assert.Equal(x.Select((v, i) => Functions.SmoothBackward(v, dy[i])).ToArray(), Doubles(input.grad!));
    }

    [Fact]
    public void Gelu_float32_and_float64_agree_with_the_scalar_members_within_the_kernel_tolerance()
    {
        float[] xf = ToFloat(Points(300, 5));
        float[] dyf = ToFloat(Seeds(xf.Length, 6));
        using Tensor inputF = Leaf(xf, xf.Length);
        using Tensor yf = Functions.GeluF(inputF);
        yf.backward(new[] { torch.tensor(dyf) });
        Near(xf.Select(Functions.GeluF).ToArray(), Floats(yf), FloatKernelTolerance, "GeluF");
        Near(xf.Select((v, i) => Functions.GeluFBackward(v, dyf[i])).ToArray(), Floats(inputF.grad!), FloatKernelTolerance, "GeluF grad");

        double[] x = Points(300, 7);
        double[] dy = Seeds(x.Length, 8);
        using Tensor input = Leaf(x, x.Length);
        using Tensor y = Functions.Gelu(input);
        y.backward(new[] { torch.tensor(dy) });
        Near(x.Select(Functions.Gelu).ToArray(), Doubles(y), DoubleKernelTolerance, "Gelu");
        Near(x.Select((v, i) => Functions.GeluBackward(v, dy[i])).ToArray(), Doubles(input.grad!), DoubleKernelTolerance, "Gelu grad");
    }

    [Fact]
    public void Mix_three_inputs_forward_and_each_gradient_equal_the_scalar_members()
    {
        double[] a = Points(150, 9);
        double[] b = Points(150, 10).Reverse().ToArray();
        double[] c = Seeds(a.Length, 11);
        double[] dy = Seeds(a.Length, 12);
        using Tensor ta = Leaf(a, a.Length);
        using Tensor tb = Leaf(b, b.Length);
        using Tensor tc = Leaf(c, c.Length);
        using Tensor y = Functions.Mix(ta, tb, tc);
        y.backward(new[] { torch.tensor(dy) });

        var expected = a.Select((_, i) => Functions.MixBackward(a[i], b[i], c[i], dy[i])).ToArray();
        Near(a.Select((_, i) => Functions.Mix(a[i], b[i], c[i])).ToArray(), Doubles(y), DoubleKernelTolerance, "Mix");
        Near(expected.Select(g => g.da).ToArray(), Doubles(ta.grad!), DoubleKernelTolerance, "da");
        Near(expected.Select(g => g.db).ToArray(), Doubles(tb.grad!), DoubleKernelTolerance, "db");
        Near(expected.Select(g => g.dc).ToArray(), Doubles(tc.grad!), DoubleKernelTolerance, "dc");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Large_tensors_split_over_threads_still_agree_element_by_element(bool onTorchsOpenMPThreads)
    {
        // Several times torch's grain size (32768, the runtime's threshold for a thread), and not a multiple of any vector width: the pieces and the tail all run.
        int n = (32768 * 5) + 13;
        float[] x = Enumerable.Range(0, n).Select(i => (float)((i % 2001) - 1000) / 250f).ToArray();
        using Tensor input = Leaf(x, n);
        using Tensor y = IntraOpThreadsTests.WithOpenMP(onTorchsOpenMPThreads, () =>
        {
            Tensor result = Functions.Smooth(input);
            result.backward(new[] { torch.ones(n) });
            return result;
        });

        Assert.Equal(x.Select(Functions.Smooth).ToArray(), Floats(y));
        Assert.Equal(x.Select(v => Functions.SmoothBackward(v, 1f)).ToArray(), Floats(input.grad!));
    }
}
