using System;
using System.IO;
using System.Linq;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// <c>create_graph: true</c>: on the tensor-operations path the backward pass is tensor operations torch differentiates
/// itself, so a second derivative works; through the kernels of an <c>Order = 1</c> method it is DiffGen's error (the
/// kernels of <c>Order = 2</c> methods have one: <see cref="KernelDoubleBackwardTests"/>).
/// </summary>
public sealed class SecondOrderTests
{
    [Theory]
    [InlineData("Gelu")]
    [InlineData("Smooth")]
    [InlineData("Mix")]
    public void The_tensor_operations_double_backward_equals_torch_double_backward_of_the_composed_operations(string name)
    {
        double[] x = Points(200, 80);
        double[] b = Points(200, 81).Reverse().ToArray();
        double[] c = Seeds(x.Length, 82);
        double[] mine = SecondDerivative(name, x, b, c, composed: false);
        double[] theirs = SecondDerivative(name, x, b, c, composed: true);
        int compared = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsFinite(theirs[i]))
            {
                Assert.True(Math.Abs(mine[i] - theirs[i]) <= 1e-10 * Math.Max(1, Math.Abs(theirs[i])),
                    $"{name}''({x[i]:R}): DiffGen's backward differentiated by torch {mine[i]:R}, torch's own {theirs[i]:R}");
                compared++;
            }
        }

        Assert.True(compared > x.Length * 9 / 10, $"{name}: only {compared} finite second derivatives");

        // And against an independent oracle: the central difference of the scalar derivative (away from the branch).
        if (name != "Mix")
        {
            Func<double, double> derivative = name == "Gelu" ? Functions.GeluDerivative : Functions.SmoothDerivative;
            for (int i = 0; i < x.Length; i++)
            {
                // At the seed's -0.6 the second derivative is torch's differentiation of the printed backward, whose
                // where masks a side that divides by zero: NaN, as torch's own double backward of the composed where
                // (README, "TorchSharp"). Second derivatives that keep the where last are the "second derivatives" issue.
                if (name == "Smooth" && x[i] == -0.6)
                {
                    Assert.True(double.IsNaN(mine[i]) && double.IsNaN(theirs[i]));
                    continue;
                }

                if (Math.Abs(x[i]) > 1e-3)
                {
                    const double h = 1e-5;
                    double expected = (derivative(x[i] + h) - derivative(x[i] - h)) / (2 * h);
                    Assert.True(Math.Abs(mine[i] - expected) <= 1e-5 * Math.Max(1, Math.Abs(expected)), $"{name}''({x[i]:R}): {mine[i]:R}, difference {expected:R}");
                }
            }
        }
    }

    [Fact]
    public void Through_the_kernels_of_an_Order_1_method_create_graph_gives_first_order_gradients_and_a_second_derivative_is_DiffGen_s_error()
    {
        using Tensor x = Leaf(new[] { 1.0, -2.0, -0.6 }, 3);
        using Tensor y = Functions.Smooth(x, TensorPath.Kernels);
        y.sum().backward(create_graph: true);
        Assert.Equal(new[] { Functions.SmoothDerivative(1.0), Functions.SmoothDerivative(-2.0), Functions.SmoothDerivative(-0.6) }, Doubles(x.grad!));

        // libtorch's engine calls the backward function, and an exception cannot cross back into it: DiffGen writes its
        // message to standard error and makes libtorch abort the pass with an invalid gradient.
        TextWriter error = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            using Tensor penalty = (x.grad! * x.grad!).sum();
            Assert.ThrowsAny<Exception>(() => penalty.backward());
        }
        finally
        {
            Console.SetError(error);
        }

        string message = captured.ToString();
        Assert.Contains("DiffGen: Smooth has no second derivative through DiffGen's CPU kernels, since it is [Differentiable] with Order = 1", message);
        Assert.Contains("[Differentiable(Order = 2)]", message);
        Assert.Contains("TensorPath.TensorOperations", message);
    }

    /// <summary>d²F/dx² · 1 for each element, from a create_graph backward pass differentiated again by torch.</summary>
    private static double[] SecondDerivative(string name, double[] x, double[] b, double[] c, bool composed)
    {
        using Tensor tx = Leaf(x, x.Length);
        using Tensor tb = torch.tensor(b);
        using Tensor tc = torch.tensor(c);
        Tensor y = (name, composed) switch
        {
            ("Gelu", false) => Functions.Gelu(tx, TensorPath.TensorOperations),
            ("Gelu", true) => default(Functions.GeluTensorOperations).Forward(new[] { tx }),
            ("Smooth", false) => Functions.Smooth(tx, TensorPath.TensorOperations),
            ("Smooth", true) => default(Functions.SmoothDoubleTensorOperations).Forward(new[] { tx }),
            ("Mix", false) => Functions.Mix(tx, tb, tc, TensorPath.TensorOperations),
            _ => default(Functions.MixTensorOperations).Forward(new[] { tx, tb, tc }),
        };
        using (y)
        {
            Tensor first = torch.autograd.grad(new[] { y.sum() }, new[] { tx }, retain_graph: true, create_graph: true)[0];
            Assert.True(first.requires_grad);
            Tensor second = torch.autograd.grad(new[] { first.sum() }, new[] { tx })[0];
            return Doubles(second);
        }
    }
}
