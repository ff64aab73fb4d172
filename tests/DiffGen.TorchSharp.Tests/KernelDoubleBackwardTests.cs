using System;
using System.IO;
using System.Linq;
using DiffGen.Tests.Functions;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// <c>create_graph: true</c> through the CPU kernels of <c>[Differentiable(Order = 2)]</c> methods: the backward pass is
/// a node whose own backward pass is the generated <c>FBackwardBackward</c> kernel. Every check is a gradient penalty,
/// <c>(g·g).sum()</c> of the gradient <c>g</c> of <c>F(x).sum()</c>, differentiated again, against torch's own double
/// backward of the composed formula, the generated scalar second derivative, and central differences of the generated
/// first derivative. Nothing here lets libtorch fail inside <c>autograd.grad</c> (README: that ends the process).
/// </summary>
public sealed class KernelDoubleBackwardTests
{
    [Theory]
    [InlineData("Smooth")]
    [InlineData("GeluTanh")]
    [InlineData("Swish")]
    [InlineData("Mish")]
    [InlineData("Softplus")]
    public void A_gradient_penalty_through_the_kernels_equals_torch_s_double_backward_and_the_closed_form(string name)
    {
        double[] x = Points(300, 90);
        double[] mine = PenaltyGradient(x, t => Single(name, t, composed: false));
        double[] theirs = PenaltyGradient(x, t => Single(name, t, composed: true));
        (Func<double, double> first, Func<double, double> second) = Derivatives(name);
        int compared = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Assert.True(double.IsFinite(mine[i]), $"{name}: penalty gradient at {x[i]:R} is {mine[i]:R}");

            // d/dx (F'(x))² = 2·F'·F'', from the generated scalar members.
            double closed = 2 * first(x[i]) * second(x[i]);
            Assert.True(Math.Abs(mine[i] - closed) <= 1e-11 * Math.Max(1, Math.Abs(closed)), $"{name} at {x[i]:R}: {mine[i]:R}, 2·F'·F'' {closed:R}");
            if (double.IsFinite(theirs[i]))
            {
                Assert.True(Math.Abs(mine[i] - theirs[i]) <= 1e-10 * Math.Max(1, Math.Abs(theirs[i])),
                    $"{name} at {x[i]:R}: kernels {mine[i]:R}, torch's double backward of the composed operations {theirs[i]:R}");
                compared++;
            }

            // Central differences of the generated first derivative, away from the seed's kink at 0.
            if (Math.Abs(x[i]) > 1e-3)
            {
                const double h = 1e-5;
                double difference = (Square(first(x[i] + h)) - Square(first(x[i] - h))) / (2 * h);
                Assert.True(Math.Abs(mine[i] - difference) <= 1e-6 * Math.Max(1, Math.Abs(difference)), $"{name} at {x[i]:R}: {mine[i]:R}, difference {difference:R}");
            }
        }

        Assert.True(compared >= x.Length - 1, $"{name}: only {compared} of {x.Length} composed values are finite");
    }

    [Fact]
    public void At_the_seed_s_minus_0_6_the_kernel_double_backward_is_0_where_torch_s_composed_where_is_NaN()
    {
        double[] x = { -0.6, 1.0 };
        double[] mine = PenaltyGradient(x, t => DoubleActivations.Smooth(t, TensorPath.Kernels));
        double[] theirs = PenaltyGradient(x, t => default(DoubleActivations.SmoothTensorOperations).Forward(new[] { t }));

        // Left of 0 the seed is 0.01·x: F'' = 0 exactly, and the masked side x²/(x + 0.6) never leaks in.
        Assert.Equal(0.0, mine[0]);
        Assert.True(double.IsNaN(theirs[0]), "torch's where should give NaN at -0.6 (README, TorchSharp)");
        Assert.Equal(theirs[1], mine[1], 12);
    }

    [Fact]
    public void Two_inputs_broadcast_a_2x3_and_a_3_and_both_gradients_of_the_penalty_agree()
    {
        double[] xs = { -1.5, 0.3, 2.0, -0.2, 1.1, -3.0 };
        double[] betas = { 0.7, -1.2, 1.9 };
        (double[] gx, double[] gb) = TwoInputPenalty(xs, betas, composed: false);
        (double[] tx, double[] tb) = TwoInputPenalty(xs, betas, composed: true);
        Near(tx, gx, 1e-10, "x.grad against torch's double backward");
        Near(tb, gb, 1e-10, "beta.grad against torch's double backward");

        // Central differences of the penalty computed from the generated scalar first-order backward.
        const double h = 1e-6;
        for (int i = 0; i < xs.Length; i++)
        {
            double[] up = (double[])xs.Clone(), down = (double[])xs.Clone();
            up[i] += h;
            down[i] -= h;
            double expected = (ScalarPenalty(up, betas) - ScalarPenalty(down, betas)) / (2 * h);
            Assert.True(Math.Abs(gx[i] - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected)), $"x[{i}]: {gx[i]:R}, difference {expected:R}");
        }

        for (int j = 0; j < betas.Length; j++)
        {
            double[] up = (double[])betas.Clone(), down = (double[])betas.Clone();
            up[j] += h;
            down[j] -= h;
            double expected = (ScalarPenalty(xs, up) - ScalarPenalty(xs, down)) / (2 * h);
            Assert.True(Math.Abs(gb[j] - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected)), $"beta[{j}]: {gb[j]:R}, difference {expected:R}");
        }
    }

    [Fact]
    public void Three_inputs_with_only_some_requiring_grad_agree_with_torch_s_double_backward()
    {
        double[] xs = Points(40, 91);
        double[] result(bool composed)
        {
            using Tensor x = Leaf(xs, xs.Length);
            using Tensor a = torch.tensor(1.3, ScalarType.Float64);
            using Tensor b = torch.tensor(new[] { 0.8 }, ScalarType.Float64).requires_grad_(true);
            using Tensor y = composed
                ? default(DoubleActivations.ScaledTanhTensorOperations).Forward(new[] { x, a, b })
                : DoubleActivations.ScaledTanh(x, a, b, TensorPath.Kernels);
            var g = torch.autograd.grad(new[] { y.sum() }, new[] { x, b }, retain_graph: true, create_graph: true);
            using Tensor penalty = (g[0] * g[0]).sum() + (g[1] * g[1]).sum();
            penalty.backward();
            return Doubles(x.grad!).Concat(Doubles(b.grad!)).ToArray();
        }

        Near(result(composed: true), result(composed: false), 1e-10, "ScaledTanh's penalty gradient");
    }

    [Fact]
    public void Empty_and_transposed_inputs_take_the_double_backward_like_any_other()
    {
        Assert.Empty(PenaltyGradient(Array.Empty<double>(), t => DoubleActivations.Swish(t, TensorPath.Kernels)));

        // A transposed view: made contiguous for the kernels, the gradients come back in the view's layout.
        double[] values = Points(5, 93).Take(6).ToArray();
        double[] run(bool kernels)
        {
            using Tensor leaf = Leaf(values, 2, 3);
            using Tensor view = leaf.t();
            using Tensor y = kernels ? DoubleActivations.Mish(view, TensorPath.Kernels) : default(DoubleActivations.MishTensorOperations).Forward(new[] { view });
            Tensor g = torch.autograd.grad(new[] { y.sum() }, new[] { leaf }, retain_graph: true, create_graph: true)[0];
            using Tensor penalty = (g * g * leaf.detach()).sum();
            penalty.backward();
            return Doubles(leaf.grad!);
        }

        Near(run(kernels: false), run(kernels: true), 1e-10, "Mish on a transposed view");
    }

    [Fact]
    public void A_float32_double_backward_through_the_kernels_agrees_with_the_tensor_operations_path()
    {
        float[] xs = ToFloat(Points(200, 92));
        float[] run(TensorPath path)
        {
            using Tensor x = Leaf(xs, xs.Length);
            using Tensor y = Activations.Swish(x, path);
            Tensor g = torch.autograd.grad(new[] { y.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
            using Tensor penalty = (g * g).sum();
            penalty.backward();
            return Floats(x.grad!);
        }

        Near(run(TensorPath.TensorOperations), run(TensorPath.Kernels), 1e-4, "Swish float32 penalty gradient");
    }

    [Fact]
    public void A_third_derivative_through_the_kernels_is_DiffGen_s_error_after_right_second_derivatives()
    {
        using Tensor x = Leaf(new[] { 0.5, -1.0 }, 2);
        using Tensor y = DoubleActivations.Swish(x, TensorPath.Kernels);
        Tensor g = torch.autograd.grad(new[] { y.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
        Tensor h = torch.autograd.grad(new[] { g.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
        Near(new[] { DoubleActivations.SwishSecondDerivative(0.5), DoubleActivations.SwishSecondDerivative(-1.0) }, Doubles(h), 1e-12, "Swish''");
        Assert.True(h.requires_grad);

        TextWriter error = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            using Tensor third = h.sum();
            Assert.ThrowsAny<Exception>(() => third.backward());
        }
        finally
        {
            Console.SetError(error);
        }

        string message = captured.ToString();
        Assert.Contains("DiffGen: Swish has no third derivative through DiffGen's CPU kernels", message);
        Assert.Contains("TensorPath.TensorOperations", message);
    }

    [Fact]
    public void The_module_in_Sequential_trains_with_a_gradient_penalty_and_its_gradients_equal_the_tensor_operations_path()
    {
        // The penalty's gradient reaches both layers' weights: through the inputs of the activation (dx) and through the
        // gradient the second layer sends back into it (ddy).
        (Tensor[] kernels, _) = Train(TensorPath.Kernels, steps: 1);
        (Tensor[] operations, _) = Train(TensorPath.TensorOperations, steps: 1);
        Assert.Equal(operations.Length, kernels.Length);
        for (int k = 0; k < kernels.Length; k++)
        {
            Near(Doubles(operations[k]), Doubles(kernels[k]), 1e-10, $"parameter {k}'s gradient");
        }

        (_, double[] losses) = Train(TensorPath.Kernels, steps: 60);
        Assert.All(losses, l => Assert.True(double.IsFinite(l)));
        Assert.True(losses[^1] < losses[0] / 3, $"loss went from {losses[0]} to {losses[^1]}");
    }

    /// <summary>Trains 1-16-1 with the seed activation on the loss MSE + 0.1·mean(∂u/∂x)²; the last step's gradients and every loss.</summary>
    private static (Tensor[] Gradients, double[] Losses) Train(TensorPath path, int steps)
    {
        torch.manual_seed(3);
        using var model = nn.Sequential(
            ("in", nn.Linear(1, 16)),
            ("act", new DoubleActivations.SmoothModule(path)),
            ("out", nn.Linear(16, 1)));
        model.to(ScalarType.Float64);
        using Tensor x = torch.linspace(-2, 2, 64, ScalarType.Float64).reshape(64, 1).requires_grad_(true);
        using Tensor target = torch.sin(x.detach());
        using var optimizer = optim.Adam(model.parameters(), lr: 0.02);
        var losses = new double[steps];
        for (int step = 0; step < steps; step++)
        {
            optimizer.zero_grad();
            using Tensor u = model.forward(x);
            Tensor slope = torch.autograd.grad(new[] { u.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
            using Tensor loss = nn.functional.mse_loss(u, target) + 0.1 * (slope * slope).mean();
            loss.backward();
            losses[step] = loss.item<double>();
            if (step < steps - 1)
            {
                optimizer.step();
            }
        }

        return (model.parameters().Select(p => p.grad!.clone()).ToArray(), losses);
    }

    /// <summary>x.grad after <c>(g·g).sum().backward()</c>, <c>g</c> the create_graph gradient of <c>f(x).sum()</c>.</summary>
    private static double[] PenaltyGradient(double[] values, Func<Tensor, Tensor> f)
    {
        using Tensor x = Leaf(values, values.Length);
        using Tensor y = f(x);
        Tensor g = torch.autograd.grad(new[] { y.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
        Assert.True(g.requires_grad);
        using Tensor penalty = (g * g).sum();
        penalty.backward();
        return Doubles(x.grad!);
    }

    /// <summary>Gradients of the penalty (gx² + gβ²) of SwishBeta on a [2, 3] x and a [3] β.</summary>
    private static (double[] X, double[] Beta) TwoInputPenalty(double[] xs, double[] betas, bool composed)
    {
        using Tensor x = Leaf(xs, 2, 3);
        using Tensor beta = Leaf(betas, 3);
        using Tensor y = composed
            ? default(DoubleActivations.SwishBetaTensorOperations).Forward(new[] { x, beta })
            : DoubleActivations.SwishBeta(x, beta, TensorPath.Kernels);
        var g = torch.autograd.grad(new[] { y.sum() }, new[] { x, beta }, retain_graph: true, create_graph: true);
        Assert.Equal(new long[] { 3 }, g[1].shape);
        using Tensor penalty = (g[0] * g[0]).sum() + (g[1] * g[1]).sum();
        penalty.backward();
        return (Doubles(x.grad!), Doubles(beta.grad!));
    }

    /// <summary>The same penalty from the generated scalar backward: β's gradient summed over the broadcast rows.</summary>
    private static double ScalarPenalty(double[] xs, double[] betas)
    {
        double total = 0;
        var gb = new double[betas.Length];
        for (int i = 0; i < xs.Length; i++)
        {
            (double dx, double dbeta) = DoubleActivations.SwishBetaBackward(xs[i], betas[i % 3], 1);
            total += dx * dx;
            gb[i % 3] += dbeta;
        }

        return total + gb.Sum(v => v * v);
    }

    private static Tensor Single(string name, Tensor x, bool composed) => (name, composed) switch
    {
        ("Smooth", false) => DoubleActivations.Smooth(x, TensorPath.Kernels),
        ("Smooth", true) => default(DoubleActivations.SmoothTensorOperations).Forward(new[] { x }),
        ("GeluTanh", false) => DoubleActivations.GeluTanh(x, TensorPath.Kernels),
        ("GeluTanh", true) => default(DoubleActivations.GeluTanhTensorOperations).Forward(new[] { x }),
        ("Swish", false) => DoubleActivations.Swish(x, TensorPath.Kernels),
        ("Swish", true) => default(DoubleActivations.SwishTensorOperations).Forward(new[] { x }),
        ("Mish", false) => DoubleActivations.Mish(x, TensorPath.Kernels),
        ("Mish", true) => default(DoubleActivations.MishTensorOperations).Forward(new[] { x }),
        ("Softplus", false) => DoubleActivations.Softplus(x, TensorPath.Kernels),
        _ => default(DoubleActivations.SoftplusTensorOperations).Forward(new[] { x }),
    };

    private static (Func<double, double> First, Func<double, double> Second) Derivatives(string name) => name switch
    {
        "Smooth" => (DoubleActivations.SmoothDerivative, DoubleActivations.SmoothSecondDerivative),
        "GeluTanh" => (DoubleActivations.GeluTanhDerivative, DoubleActivations.GeluTanhSecondDerivative),
        "Swish" => (DoubleActivations.SwishDerivative, DoubleActivations.SwishSecondDerivative),
        "Mish" => (DoubleActivations.MishDerivative, DoubleActivations.MishSecondDerivative),
        _ => (DoubleActivations.SoftplusDerivative, DoubleActivations.SoftplusSecondDerivative),
    };

    private static double Square(double v) => v * v;
}
