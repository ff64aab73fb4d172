using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// Tensor functions and modules of methods with <c>[Broadcast]</c> parameters (issue 11): a parameter is a 0-d tensor
/// (or <c>[C]</c> per channel), and its gradient is the fused kernel's sum on the CPU path, the element-wise gradient
/// summed to its shape on the tensor-operations path.
/// </summary>
public sealed class BroadcastParameterTests
{
    private static readonly Type[] Libraries = { typeof(DiffGen.Trainer.Activations), typeof(DiffGen.Tests.Functions.BroadcastFunctions) };

    /// <summary>Every method with [Broadcast] parameters of the libraries whose span inputs fit a tensor function (at most 8).</summary>
    public static IEnumerable<object[]> Cases =>
        Libraries.SelectMany(l => Methods(l).Where(m => m.GetParameters().Count(p => !IsBroadcast(p)) <= KernelSpans<float>.MaxCount)
            .Select(m => new object[] { l.FullName!, m.Name }));

    [Fact]
    public void Every_broadcast_method_has_a_tensor_function_and_tensor_operations()
    {
        int count = 0;
        foreach (Type library in Libraries)
        {
            foreach (MethodInfo m in Methods(library))
            {
                int arity = m.GetParameters().Length;
                Assert.NotNull(library.GetMethod(m.Name, Enumerable.Repeat(typeof(Tensor), arity).ToArray()));
                Assert.NotNull(library.GetMethod(m.Name, Enumerable.Repeat(typeof(Tensor), arity).Append(typeof(TensorPath)).ToArray()));
                Assert.NotNull(library.GetNestedType(m.Name + "TensorOperations", BindingFlags.Public | BindingFlags.NonPublic));
                count++;
            }
        }

        Assert.True(count >= 12, $"only {count} broadcast methods");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_paths_equal_the_scalar_method_and_its_backward_summed_in_double(string library, string name)
    {
        var c = new Case(library, name);
        (double[][] spans, double[] parameters, double[] dy) = c.Data();
        (double[] expectedY, double[][] expectedSpans, double[] expectedParameters, double[] magnitude) = c.Expected(spans, parameters, dy);
        foreach (TensorPath path in new[] { TensorPath.Kernels, TensorPath.TensorOperations })
        {
            (double[] y, double[][] gSpans, double[] gParameters) = c.Run(path, spans, parameters, dy);
            double elementwise = c.IsFloat ? (path == TensorPath.Kernels ? FloatKernelTolerance : 2e-5) : (path == TensorPath.Kernels ? DoubleKernelTolerance : 1e-10);
            Near(expectedY, y, elementwise, $"{name} {path} value");
            for (int k = 0; k < gSpans.Length; k++)
            {
                Near(expectedSpans[k], gSpans[k], elementwise, $"{name} {path} span gradient {k}");
            }

            for (int k = 0; k < gParameters.Length; k++)
            {
                // README's bounds for the fused sum: 1e-6 · Σ|term| in float (vector and scalar transcendentals differ
                // by an ulp), 1e-13 in double; the tensor operations sum torch's own products (float: a few ulps each).
                double bound = (c.IsFloat ? 2e-5 : 1e-10) * Math.Max(1, magnitude[k]);
                Assert.True(Math.Abs(gParameters[k] - expectedParameters[k]) <= bound,
                    $"{name} {path}: parameter {k} gradient {gParameters[k]:R}, expected {expectedParameters[k]:R} (Σ|term| {magnitude[k]:R})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double_parameter_gradients_agree_with_torch_autograd_and_central_differences(string library, string name)
    {
        var c = new Case(library, name);
        if (c.IsFloat)
        {
            return;
        }

        (double[][] spans, double[] parameters, double[] dy) = c.Data();
        (_, _, double[] ours) = c.Run(TensorPath.Kernels, spans, parameters, dy);
        double[] composed = c.Composed(spans, parameters, dy);
        for (int k = 0; k < parameters.Length; k++)
        {
            Assert.True(Math.Abs(ours[k] - composed[k]) <= 1e-10 * Math.Max(1, Math.Abs(composed[k])),
                $"{name}: parameter {k}: DiffGen {ours[k]:R}, torch autograd {composed[k]:R}");

            // d/dp Σᵢ dy[i] · F(x[i], p), by central differences of the scalar method.
            double h = 1e-6 * Math.Max(1, Math.Abs(parameters[k]));
            double Loss(double delta)
            {
                double[] moved = parameters.ToArray();
                moved[k] += delta;
                return Enumerable.Range(0, dy.Length).Sum(i => dy[i] * c.Value(spans, moved, i));
            }

            double central = (Loss(h) - Loss(-h)) / (2 * h);
            Assert.True(Math.Abs(ours[k] - central) <= 1e-5 * Math.Max(1, Math.Abs(central)), $"{name}: parameter {k}: DiffGen {ours[k]:R}, central difference {central:R}");
        }
    }

    [Theory]
    [InlineData(TensorPath.Kernels)]
    [InlineData(TensorPath.TensorOperations)]
    public void Per_channel_parameters_equal_a_loop_over_channels(TensorPath path)
    {
        const int N = 3, C = 4, H = 37;
        double[] xs = Points(N * C * H, 5).Take(N * C * H).ToArray();
        double[] dys = Seeds(xs.Length, 6);
        double[] slopes = { 0.1, -0.3, 0.25, 2 };
        using Tensor x = Leaf(xs, N, C, H);
        using Tensor slope = Leaf(slopes, C);
        using Tensor y = DiffGen.Tests.Functions.BroadcastFunctions.PReluDouble(x, slope, path);
        Assert.Equal(new long[] { N, C, H }, y.shape);
        using Tensor seed = torch.tensor(dys, dtype: ScalarType.Float64).reshape(N, C, H);
        y.backward(new[] { seed });

        double[] values = Doubles(y), dx = Doubles(x.grad!), dslope = Doubles(slope.grad!);
        Assert.Equal(new long[] { C }, slope.grad!.shape);
        var expected = new double[C];
        for (int i = 0; i < xs.Length; i++)
        {
            int c = i / H % C;
            Assert.Equal(DiffGen.Tests.Functions.BroadcastFunctions.PReluDouble(xs[i], slopes[c]), values[i]);
            (double gx, double gs) = DiffGen.Tests.Functions.BroadcastFunctions.PReluDoubleBackward(xs[i], slopes[c], dys[i]);
            Assert.Equal(gx, dx[i]);
            expected[c] += gs;
        }

        Near(expected, dslope, 1e-12, $"per-channel slope gradient, {path}");
    }

    [Fact]
    public void Per_channel_on_N_C_and_a_shared_parameter_beside_it_sum_over_their_elements()
    {
        // Modulated(gamma, x, z, beta): gamma per channel of [N, C], beta shared; both paths agree with the loop.
        const int N = 5, C = 3;
        float[] xs = ToFloat(Points(N * C, 7).Take(N * C).ToArray());
        float[] zs = ToFloat(Points(N * C, 8).Take(N * C).ToArray());
        float[] gammas = { 0.5f, -1f, 2f };
        const float Beta = 0.75f;
        var results = new List<double[]>();
        foreach (TensorPath path in new[] { TensorPath.Kernels, TensorPath.TensorOperations })
        {
            using Tensor gamma = Leaf(gammas, C);
            using Tensor x = Leaf(xs, N, C);
            using Tensor z = Leaf(zs, N, C);
            using Tensor beta = torch.tensor(Beta).requires_grad_(true);
            using Tensor y = DiffGen.Tests.Functions.BroadcastFunctions.Modulated(gamma, x, z, beta, path);
            float[] values = Floats(y);
            for (int i = 0; i < xs.Length; i++)
            {
                float expectedY = DiffGen.Tests.Functions.BroadcastFunctions.Modulated(gammas[i % C], xs[i], zs[i], Beta);
                Assert.True(Math.Abs(values[i] - expectedY) <= 2e-6f * Math.Max(1f, Math.Abs(expectedY)), $"{path}: y[{i}] = {values[i]}, expected {expectedY}");
            }

            y.sum().backward();
            results.Add(Floats(gamma.grad!).Select(v => (double)v).Append(beta.grad!.item<float>()).ToArray());
            Assert.Empty(beta.grad!.shape);
        }

        var expected = new double[C + 1];
        for (int i = 0; i < xs.Length; i++)
        {
            var g = DiffGen.Tests.Functions.BroadcastFunctions.ModulatedBackward(gammas[i % C], xs[i], zs[i], Beta, 1f);
            expected[i % C] += g.Item1;
            expected[C] += g.Item4;
        }

        Near(expected, results[0], 1e-5, "kernels");
        Near(expected, results[1], 1e-5, "tensor operations");
    }

    [Fact]
    public void Under_no_grad_nothing_is_recorded_and_a_parameter_without_requires_grad_gets_no_gradient()
    {
        using Tensor x = Leaf(new[] { -2f, -0.5f, 0.5f, 2f }, 4);
        using Tensor slope = torch.tensor(0.25f);
        using (torch.no_grad())
        {
            using Tensor quiet = DiffGen.Trainer.Activations.PRelu(x, slope);
            Assert.False(quiet.requires_grad);
            Assert.Equal(new[] { -0.5f, -0.125f, 0.5f, 2f }, Floats(quiet));
        }

        using Tensor y = DiffGen.Trainer.Activations.PRelu(x, slope);
        Assert.True(y.requires_grad);
        y.sum().backward();
        Assert.Null(slope.grad);
        Assert.Equal(new[] { 0.25f, 0.25f, 1f, 1f }, Floats(x.grad!));

        // Only the parameter requires grad: its gradient, none for the input.
        using Tensor input = torch.tensor(new[] { -2f, -0.5f, 0.5f, 2f });
        using Tensor learned = torch.tensor(0.25f).requires_grad_(true);
        using Tensor z = DiffGen.Trainer.Activations.PRelu(input, learned);
        z.sum().backward();
        Assert.Null(input.grad);
        Assert.Equal(-2.5f, learned.grad!.item<float>());
    }

    [Fact]
    public void Wrong_dtypes_and_parameter_shapes_are_rejected_with_a_message()
    {
        using Tensor x = torch.tensor(new[] { 1f, 2f, 3f, 4f }).reshape(2, 2);
        using Tensor wrongType = torch.tensor(0.25);
        var e = Assert.Throws<ArgumentException>(() => DiffGen.Trainer.Activations.PRelu(x, wrongType));
        Assert.Contains("PRelu takes float32 tensors, but input 1 has dtype float64", e.Message);

        using Tensor wrongShape = torch.tensor(new[] { 1f, 2f, 3f });
        e = Assert.Throws<ArgumentException>(() => DiffGen.Trainer.Activations.PRelu(x, wrongShape));
        Assert.Contains("PRelu: input 1 is a [Broadcast] parameter of shape [3]", e.Message);
        Assert.Contains("shape [2] (one value per channel of dimension 1)", e.Message);

        using Tensor a = torch.ones(2, dtype: ScalarType.Float32);
        Tensor[] fifteen = Enumerable.Range(0, 15).Select(_ => a).Append(torch.tensor(1f)).ToArray();
        e = Assert.Throws<ArgumentException>(() => DiffGen.Tests.Functions.BroadcastFunctions.FifteenAndOne(
            fifteen[0], fifteen[1], fifteen[2], fifteen[3], fifteen[4], fifteen[5], fifteen[6], fifteen[7],
            fifteen[8], fifteen[9], fifteen[10], fifteen[11], fifteen[12], fifteen[13], fifteen[14], fifteen[15]));
        Assert.Contains("at most 8 span inputs, not 15", e.Message);
    }

    [Fact]
    public void The_module_registers_its_parameters_by_name_from_their_defaults()
    {
        using var shared = new DiffGen.Trainer.Activations.PauModule();
        var named = shared.named_parameters().ToList();
        Assert.Equal(new[] { "a0", "a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4" }, named.Select(p => p.name));
        Assert.All(named, p => Assert.Empty(p.parameter.shape));
        Assert.Equal(0.505000375f, named[1].parameter.item<float>());
        Assert.Equal(DiffGen.Trainer.Activations.PauKernel.ParameterNames, shared.ParameterNames);

        using var perChannel = new DiffGen.Trainer.Activations.PReluModule(channels: 6);
        var slope = Assert.Single(perChannel.named_parameters());
        Assert.Equal("slope", slope.name);
        Assert.Equal(new long[] { 6 }, slope.parameter.shape);
        Assert.All(Floats(slope.parameter), v => Assert.Equal(0.25f, v));
        Assert.True(slope.parameter.requires_grad);

        // state_dict round-trips into a fresh module.
        using (torch.no_grad())
        {
            slope.parameter.copy_(torch.arange(6, dtype: ScalarType.Float32));
        }

        using var copy = new DiffGen.Trainer.Activations.PReluModule(channels: 6);
        copy.load_state_dict(perChannel.state_dict());
        Assert.Equal(new[] { 0f, 1f, 2f, 3f, 4f, 5f }, Floats(copy.get_parameter("slope")!));
        using Tensor x = torch.full(new long[] { 2, 6, 3 }, -1f);
        Assert.Equal(Enumerable.Range(0, 2).SelectMany(_ => Enumerable.Range(0, 6).SelectMany(c => Enumerable.Repeat(-(float)c, 3))).ToArray(), Floats(copy.forward(x)));
    }

    [Theory]
    [InlineData(TensorPath.Kernels)]
    [InlineData(TensorPath.TensorOperations)]
    public void A_swish_beta_module_in_Sequential_learns_a_toy_regression_and_its_beta(TensorPath path)
    {
        torch.manual_seed(1);
        var act = new DiffGen.Trainer.Activations.SwishBetaModule(channels: 16, path);
        using var model = nn.Sequential(("in", nn.Linear(1, 16)), ("act", act), ("out", nn.Linear(16, 1)));
        Assert.Contains(model.named_parameters(), p => p.name == "act.beta" && p.parameter.shape.SequenceEqual(new long[] { 16 }));
        using Tensor x = torch.linspace(-3, 3, 128).reshape(128, 1);
        using Tensor target = torch.sin(2 * x);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.03);
        float first = 0, last = 0;
        for (int step = 0; step < 150; step++)
        {
            optimizer.zero_grad();
            using Tensor loss = nn.functional.mse_loss(model.forward(x), target);
            loss.backward();
            optimizer.step();
            last = loss.item<float>();
            first = step == 0 ? last : first;
        }

        Assert.True(float.IsFinite(last));
        Assert.True(last < first / 3, $"loss went from {first} to {last}");
        float[] beta = Floats(act.get_parameter("beta")!);
        Assert.True(beta.Max(b => Math.Abs(b - 1f)) > 0.05f, $"β stayed at its initial 1: {string.Join(", ", beta)}");
    }

    private static IEnumerable<MethodInfo> Methods(Type library) =>
        library.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is not null && m.GetParameters().Any(IsBroadcast));

    private static bool IsBroadcast(ParameterInfo p) => p.IsDefined(typeof(BroadcastAttribute));

    /// <summary>One broadcast method: its scalar members and tensor function, by reflection.</summary>
    private sealed class Case
    {
        private readonly MethodInfo scalar;
        private readonly MethodInfo backward;
        private readonly MethodInfo tensor;
        private readonly Type operations;
        private readonly bool[] broadcast;

        public Case(string library, string name)
        {
            Type type = Libraries.Single(l => l.FullName == library);
            scalar = Methods(type).Single(m => m.Name == name);
            broadcast = scalar.GetParameters().Select(IsBroadcast).ToArray();
            int arity = broadcast.Length;
            backward = type.GetMethod(name + "Backward", Enumerable.Repeat(scalar.ReturnType, arity + 1).ToArray())!;
            tensor = type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Enumerable.Repeat(typeof(Tensor), arity).Append(typeof(TensorPath)).ToArray())!;
            operations = type.GetNestedType(name + "TensorOperations", BindingFlags.Public | BindingFlags.NonPublic)!;
            Assert.NotNull(backward);
            Assert.NotNull(tensor);
        }

        public bool IsFloat => scalar.ReturnType == typeof(float);

        /// <summary>Span inputs in [−4, 4] (float-exact for a float method), parameters from their defaults or near 0.7, seeds.</summary>
        public (double[][] Spans, double[] Parameters, double[] Dy) Data()
        {
            ParameterInfo[] ps = scalar.GetParameters();
            double[][] spans = ps.Where(p => !IsBroadcast(p)).Select((_, k) => Round(Points(150, 80 + k))).ToArray();
            double[] parameters = ps.Where(IsBroadcast).Select((p, k) => Round(new[] { p.HasDefaultValue ? Convert.ToDouble(p.DefaultValue) : 0.7 + 0.1 * k })[0]).ToArray();
            return (spans, parameters, Round(Seeds(spans[0].Length, 81)));
        }

        /// <summary>The scalar method and FBackward per element; each parameter's gradient summed in double, with Σ|term|.</summary>
        public (double[] Y, double[][] Spans, double[] Parameters, double[] Magnitude) Expected(double[][] spans, double[] parameters, double[] dy)
        {
            int n = dy.Length;
            double[] y = Enumerable.Range(0, n).Select(i => Value(spans, parameters, i)).ToArray();
            double[][] gSpans = spans.Select(_ => new double[n]).ToArray();
            var gParameters = new double[parameters.Length];
            var magnitude = new double[parameters.Length];
            for (int i = 0; i < n; i++)
            {
                var tuple = (ITuple)backward.Invoke(null, Arguments(spans, parameters, i).Append(Typed(dy[i])).ToArray())!;
                int s = 0, p = 0;
                for (int k = 0; k < broadcast.Length; k++)
                {
                    double g = Convert.ToDouble(tuple[k]);
                    if (broadcast[k])
                    {
                        gParameters[p] += g;
                        magnitude[p++] += Math.Abs(g);
                    }
                    else
                    {
                        gSpans[s++][i] = g;
                    }
                }
            }

            return (y, gSpans, gParameters, magnitude);
        }

        public double Value(double[][] spans, double[] parameters, int i) =>
            Convert.ToDouble(scalar.Invoke(null, Arguments(spans, parameters, i).ToArray()));

        /// <summary>The tensor function on <paramref name="path"/>, backward with <paramref name="dy"/>: values, span and parameter gradients.</summary>
        public (double[] Y, double[][] Spans, double[] Parameters) Run(TensorPath path, double[][] spans, double[] parameters, double[] dy)
        {
            Tensor[] leaves = Leaves(spans, parameters);
            try
            {
                using Tensor y = Invoke(leaves.Cast<object>().Append(path).ToArray());
                using Tensor seed = torch.tensor(dy, dtype: y.dtype);
                y.backward(new[] { seed });
                return (Values(y), Pick(leaves, false).Select(l => Values(l.grad!)).ToArray(), Pick(leaves, true).Select(l => Values(l.grad!)[0]).ToArray());
            }
            finally
            {
                foreach (Tensor l in leaves)
                {
                    l.Dispose();
                }
            }
        }

        /// <summary>torch's own autograd of the generated forward operations with 0-d parameters: the parameters' gradients.</summary>
        public double[] Composed(double[][] spans, double[] parameters, double[] dy)
        {
            Tensor[] leaves = Leaves(spans, parameters);
            var forward = (ITensorOperations)Activator.CreateInstance(operations)!;
            using Tensor y = forward.Forward(leaves);
            using Tensor seed = torch.tensor(dy, dtype: y.dtype);
            y.backward(new[] { seed });
            return Pick(leaves, true).Select(l => Values(l.grad!)[0]).ToArray();
        }

        private Tensor Invoke(object[] arguments)
        {
            try
            {
                return (Tensor)tensor.Invoke(null, arguments)!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        private Tensor[] Leaves(double[][] spans, double[] parameters)
        {
            int s = 0, p = 0;
            return broadcast.Select(b => b
                ? (IsFloat ? torch.tensor((float)parameters[p++]) : torch.tensor(parameters[p++])).requires_grad_(true)
                : (IsFloat ? Leaf(ToFloat(spans[s]), spans[s++].Length) : Leaf(spans[s], spans[s++].Length))).ToArray();
        }

        private IEnumerable<Tensor> Pick(Tensor[] leaves, bool parameters) => leaves.Where((_, k) => broadcast[k] == parameters);

        private IEnumerable<object> Arguments(double[][] spans, double[] parameters, int i)
        {
            int s = 0, p = 0;
            return broadcast.Select(b => Typed(b ? parameters[p++] : spans[s++][i])).ToList();
        }

        private object Typed(double v) => IsFloat ? (object)(float)v : v;

        private double[] Round(double[] values) => IsFloat ? values.Select(v => (double)(float)v).ToArray() : values;

        private static double[] Values(Tensor t) => t.dtype == ScalarType.Float32 ? Floats(t).Select(v => (double)v).ToArray() : Doubles(t);
    }
}
