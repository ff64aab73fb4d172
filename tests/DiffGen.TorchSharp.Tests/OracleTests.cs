using System;
using System.Linq;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// float64 gradients against independent oracles: TorchSharp's own autograd of the same formula composed from tensor
/// operations, and central finite differences of the scalar method.
/// </summary>
public sealed class OracleTests
{
    private static Tensor ComposedSmooth(Tensor x) => torch.where(x >= 0, x * x / (x + 0.6), 0.01 * x);

    private static Tensor ComposedGelu(Tensor x) => 0.5 * x * (1 + torch.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));

    private static Tensor ComposedMix(Tensor a, Tensor b, Tensor c) => torch.where(a >= b, torch.tanh(a) * b + c * c, torch.exp(b - a) * c);

    [Theory]
    [InlineData("Smooth")]
    [InlineData("Gelu")]
    public void Single_input_gradients_agree_with_torch_autograd_of_the_composed_formula(string name)
    {
        Func<Tensor, Tensor> ours = name == "Smooth" ? Functions.Smooth : Functions.Gelu;
        Func<Tensor, Tensor> composed = name == "Smooth" ? ComposedSmooth : ComposedGelu;
        double[] x = Points(400, 21);
        double[] dy = Seeds(x.Length, 22);
        using Tensor mine = Leaf(x, x.Length);
        using Tensor theirs = Leaf(x, x.Length);
        ours(mine).backward(new[] { torch.tensor(dy) });
        composed(theirs).backward(new[] { torch.tensor(dy) });

        double[] expected = Doubles(theirs.grad!);
        double[] actual = Doubles(mine.grad!);
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsFinite(expected[i]))
            {
                Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-10 * Math.Max(1, Math.Abs(expected[i])),
                    $"{name}'({x[i]:R}): DiffGen {actual[i]:R}, torch {expected[i]:R}");
            }
        }
    }

    [Fact]
    public void Multi_input_gradients_agree_with_torch_autograd_of_the_composed_formula()
    {
        double[] a = Points(300, 23);
        double[] b = Points(300, 24).Reverse().ToArray();
        double[] c = Seeds(a.Length, 25);
        double[] dy = Seeds(a.Length, 26);
        Tensor[] mine = { Leaf(a, a.Length), Leaf(b, b.Length), Leaf(c, c.Length) };
        Tensor[] theirs = { Leaf(a, a.Length), Leaf(b, b.Length), Leaf(c, c.Length) };
        Functions.Mix(mine[0], mine[1], mine[2]).backward(new[] { torch.tensor(dy) });
        ComposedMix(theirs[0], theirs[1], theirs[2]).backward(new[] { torch.tensor(dy) });

        for (int k = 0; k < 3; k++)
        {
            double[] expected = Doubles(theirs[k].grad!);
            double[] actual = Doubles(mine[k].grad!);
            for (int i = 0; i < a.Length; i++)
            {
                if (double.IsFinite(expected[i]))
                {
                    Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-10 * Math.Max(1, Math.Abs(expected[i])),
                        $"∂Mix/∂input {k} at {i}: DiffGen {actual[i]:R}, torch {expected[i]:R}");
                }
            }
        }
    }

    [Fact]
    public void Gradients_agree_with_central_finite_differences()
    {
        // Away from the branch boundaries (x = 0 for Smooth, a = b for Mix), where a difference quotient straddles the jump.
        double[] x = Points(200, 27).Where(v => Math.Abs(v) > 1e-3).ToArray();
        using Tensor input = Leaf(x, x.Length);
        Functions.Smooth(input).sum().backward();
        Near(x.Select(v => Central(h => Functions.Smooth(v + h))).ToArray(), Doubles(input.grad!), 1e-6, "Smooth'");

        double[] a = Points(200, 28);
        double[] b = Points(200, 29).Reverse().ToArray();
        double[] c = Seeds(a.Length, 30);
        int[] keep = Enumerable.Range(0, a.Length).Where(i => Math.Abs(a[i] - b[i]) > 1e-3).ToArray();
        a = keep.Select(i => a[i]).ToArray();
        b = keep.Select(i => b[i]).ToArray();
        c = keep.Select(i => c[i]).ToArray();
        Tensor[] t = { Leaf(a, a.Length), Leaf(b, b.Length), Leaf(c, c.Length) };
        Functions.Mix(t[0], t[1], t[2]).sum().backward();
        Near(a.Select((_, i) => Central(h => Functions.Mix(a[i] + h, b[i], c[i]))).ToArray(), Doubles(t[0].grad!), 1e-6, "∂Mix/∂a");
        Near(a.Select((_, i) => Central(h => Functions.Mix(a[i], b[i] + h, c[i]))).ToArray(), Doubles(t[1].grad!), 1e-6, "∂Mix/∂b");
        Near(a.Select((_, i) => Central(h => Functions.Mix(a[i], b[i], c[i] + h))).ToArray(), Doubles(t[2].grad!), 1e-6, "∂Mix/∂c");
    }

    [Fact]
    public void Seed_at_minus_0_6_has_a_finite_gradient_where_torch_where_gives_NaN()
    {
        // float32: -0.6f + 0.6f is exactly 0, so the untaken side of torch.where divides by zero and its masked
        // gradient is 0 · ∞ = NaN. DiffGen's gradient is the taken side's own: 0.01.
        using Tensor mine = Leaf(new[] { -0.6f, 1f }, 2);
        using Tensor theirs = Leaf(new[] { -0.6f, 1f }, 2);
        Functions.Smooth(mine).sum().backward();
        ComposedSmooth(theirs).sum().backward();
        Assert.Equal(new[] { 0.01f, Functions.SmoothDerivative(1f) }, Floats(mine.grad!));
        Assert.True(float.IsNaN(Floats(theirs.grad!)[0]), "TorchSharp's composed where was expected to give NaN at -0.6");

        using Tensor mine64 = Leaf(new[] { -0.6 }, 1);
        using Tensor theirs64 = Leaf(new[] { -0.6 }, 1);
        Functions.Smooth(mine64).sum().backward();
        ComposedSmooth(theirs64).sum().backward();
        Assert.Equal(0.01, Doubles(mine64.grad!)[0]);
        Assert.True(double.IsNaN(Doubles(theirs64.grad!)[0]), "TorchSharp's composed where was expected to give NaN at -0.6");
    }

    private static double Central(Func<double, double> f)
    {
        const double h = 1e-6;
        return (f(h) - f(-h)) / (2 * h);
    }
}
