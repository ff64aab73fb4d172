using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// The two paths of every generated tensor function, on every method of the sample's activation library and of
/// DiffGen.Tests' functions: the kernels and the tensor operations agree with each other and with the scalar method and
/// its <c>FBackward</c>; float64 gradients agree with torch's own autograd of the method composed from tensor operations
/// and with central finite differences; methods with no tensor spelling say so and still run through the kernels.
/// </summary>
public sealed partial class TensorOperationsPathTests
{
    /// <summary>Relative tolerance of torch's float32 operations against the scalar method (a few ulps, composed).</summary>
    private const double FloatOperationsTolerance = 2e-5;

    /// <summary>Relative tolerance of torch's float64 operations against the scalar method.</summary>
    private const double DoubleOperationsTolerance = 1e-10;

    private static readonly Type[] Libraries =
    {
        typeof(DiffGen.Trainer.Activations),
        typeof(DiffGen.Tests.Functions.Activations),
        typeof(DiffGen.Tests.Functions.DoubleActivations),
        typeof(DiffGen.Tests.Functions.KinkFunctions),
        typeof(DiffGen.Tests.Functions.ModernSyntaxFunctions),
        typeof(DiffGen.Tests.Functions.ScalarSemanticsFunctions),
        typeof(Functions),
    };

    /// <summary>Every generated <c>FTensorOperations</c> of the libraries, as (library, struct) names.</summary>
    public static IEnumerable<object[]> AllOperations =>
        Libraries.SelectMany(l => l.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)
            .Where(t => typeof(ITensorOperations).IsAssignableFrom(t))
            .Select(t => new object[] { l.FullName!, t.Name }));

    /// <summary>
    /// Those of methods without [Broadcast] parameters, whose every input is an element-wise tensor; the others take
    /// their parameters as 0-d or per-channel tensors and are checked by <see cref="BroadcastParameterTests"/>.
    /// </summary>
    public static IEnumerable<object[]> Cases =>
        AllOperations.Where(c => !Case.Of((string)c[0], (string)c[1]).Scalar.GetParameters().Any(p => p.IsDefined(typeof(BroadcastAttribute))));

    [Fact]
    public void Every_method_with_a_tensor_function_has_tensor_operations_and_most_have_a_tensor_spelling()
    {
        var cases = AllOperations.Select(c => Case.Of((string)c[0], (string)c[1])).ToList();
        Assert.True(cases.Count >= 60, $"only {cases.Count} FTensorOperations structs were generated");
        int unsupported = cases.Count(c => c.Unsupported is not null);
        Assert.InRange(unsupported, 1, cases.Count / 4);
        foreach (Type library in Libraries)
        {
            foreach (MethodInfo m in library.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is not null && m.ReturnType != typeof(int)))
            {
                Assert.Contains(cases, c => c.Scalar == m);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_paths_agree_with_the_scalar_method_and_its_backward(string library, string operations)
    {
        Case c = Case.Of(library, operations);
        double[][] inputs = c.Inputs();
        double[] dy = Seeds(inputs[0].Length, 70);
        (double[] yKernels, double[][] gKernels) = c.Run(TensorPath.Kernels, inputs, dy);
        double[] expectedY = Enumerable.Range(0, dy.Length).Select(i => c.Value(inputs, i)).ToArray();
        double[][] expectedG = Enumerable.Range(0, inputs.Length)
            .Select(k => Enumerable.Range(0, dy.Length).Select(i => c.Gradient(inputs, dy[i], i)[k]).ToArray()).ToArray();
        double kernelTolerance = c.IsFloat ? FloatKernelTolerance : DoubleKernelTolerance;
        Close(expectedY, yKernels, kernelTolerance, $"{c.Name} kernels");
        for (int k = 0; k < inputs.Length; k++)
        {
            Close(expectedG[k], gKernels[k], kernelTolerance, $"{c.Name} kernels, gradient {k}");
        }

        if (c.Unsupported is string why)
        {
            // No tensor spelling: the tensor-operations path says which method and which operation, and throws.
            Assert.Contains(c.Name, why);
            Assert.Contains("has no tensor spelling", why);
            var e = Assert.Throws<NotSupportedException>(() => c.Run(TensorPath.TensorOperations, inputs, dy));
            Assert.Equal(why, e.Message);
            return;
        }

        (double[] yOperations, double[][] gOperations) = c.Run(TensorPath.TensorOperations, inputs, dy);
        double tolerance = c.IsFloat ? FloatOperationsTolerance : DoubleOperationsTolerance;
        Close(expectedY, yOperations, tolerance, $"{c.Name} tensor operations");
        for (int k = 0; k < inputs.Length; k++)
        {
            Close(expectedG[k], gOperations[k], tolerance, $"{c.Name} tensor operations, gradient {k}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double_gradients_agree_with_torch_autograd_of_the_composed_operations_and_with_finite_differences(string library, string operations)
    {
        Case c = Case.Of(library, operations);
        if (c.IsFloat || c.Unsupported is not null)
        {
            return;
        }

        double[][] inputs = c.Inputs();
        double[] dy = Seeds(inputs[0].Length, 71);
        (_, double[][] ours) = c.Run(TensorPath.TensorOperations, inputs, dy);
        double[][] composed = c.Composed(inputs, dy);
        int compared = 0;
        for (int k = 0; k < inputs.Length; k++)
        {
            for (int i = 0; i < dy.Length; i++)
            {
                // Only where the method is differentiable: at a kink torch's conventions (maximum splits a tie, clamp
                // passes the gradient at its bounds) and DiffGen's (README) may differ, and both are right.
                if (c.Slope(inputs, k, i) is not double slope)
                {
                    continue;
                }

                double expected = dy[i] * slope;
                Assert.True(Math.Abs(ours[k][i] - expected) <= 1e-5 * Math.Max(1, Math.Abs(expected)),
                    $"{c.Name}, input {k}, element {i}: DiffGen {ours[k][i]:R}, central difference {expected:R}");
                if (double.IsFinite(composed[k][i]))
                {
                    Assert.True(Math.Abs(ours[k][i] - composed[k][i]) <= 1e-10 * Math.Max(1, Math.Abs(composed[k][i])),
                        $"{c.Name}, input {k}, element {i}: DiffGen {ours[k][i]:R}, torch {composed[k][i]:R}");
                }

                compared++;
            }
        }

        Assert.True(compared > dy.Length / 2, $"{c.Name}: only {compared} smooth points compared");
    }

    [Theory]
    [InlineData(typeof(Functions), "SmoothDoubleTensorOperations", -0.6, 0.01)]
    [InlineData(typeof(DiffGen.Trainer.Activations), "SmoothTensorOperations", -0.6, 0.01)]
    [InlineData(typeof(DiffGen.Tests.Functions.KinkFunctions), "GuardedLogDoubleTensorOperations", 0.0, 0.0)]
    [InlineData(typeof(DiffGen.Tests.Functions.KinkFunctions), "GuardedSqrtDoubleTensorOperations", -1.0, 0.0)]
    public void At_a_singular_point_of_the_side_not_taken_both_paths_are_finite_where_torch_where_gives_NaN(Type library, string operations, double x, double slope)
    {
        Case c = Case.Of(library.FullName!, operations);
        bool isFloat = c.IsFloat;
        double[][] inputs = { new[] { x } };
        double[] dy = { 1 };
        foreach (TensorPath path in new[] { TensorPath.Kernels, TensorPath.TensorOperations })
        {
            (_, double[][] g) = c.Run(path, inputs, dy);
            Assert.Equal(isFloat ? (float)slope : slope, g[0][0], 1e-7);
        }

        // torch's autograd of the same operations multiplies the side not taken (∞ there) by where's zero mask.
        Assert.True(double.IsNaN(c.Composed(inputs, dy)[0][0]), $"torch's composed where was expected to give NaN for {c.Name}({x})");
    }

    [Fact]
    public void A_method_with_no_tensor_spelling_names_it_and_still_runs_on_the_kernels()
    {
        // GeluErf calls Erf, whose derivative is a registered [DerivativeOf] method: no tensor spelling.
        float[] x = { -1f, 0.5f, 2f };
        using Tensor t = torch.tensor(x);
        var e = Assert.Throws<NotSupportedException>(() => DiffGen.Tests.Functions.Activations.GeluErf(t, TensorPath.TensorOperations));
        Assert.Contains("GeluErf cannot run as TorchSharp tensor operations", e.Message);
        Assert.Contains("Erf", e.Message);

        // On another device the automatic path needs the tensor operations, so it is the same refusal.
        using Tensor meta = torch.empty(3, dtype: ScalarType.Float32, device: new Device(DeviceType.META));
        Assert.Equal(e.Message, Assert.Throws<NotSupportedException>(() => DiffGen.Tests.Functions.Activations.GeluErf(meta)).Message);

        using Tensor y = DiffGen.Tests.Functions.Activations.GeluErf(t);
        Assert.Equal(x.Select(v => DiffGen.Tests.Functions.Activations.GeluErf(v)).ToArray(), Floats(y));
    }

    [Fact]
    public void The_module_takes_a_path()
    {
        float[] x = { -1f, -0.6f, 0.5f, 2f };
        using var module = new Functions.GeluFModule(TensorPath.TensorOperations);
        using Tensor leaf = Leaf(x, x.Length);
        using Tensor y = module.forward(leaf);
        y.sum().backward();
        Close(x.Select(v => (double)Functions.GeluF(v)).ToArray(), Floats(y).Select(v => (double)v).ToArray(), FloatOperationsTolerance, "GeluF");
        Close(x.Select(v => (double)Functions.GeluFDerivative(v)).ToArray(), Floats(leaf.grad!).Select(v => (double)v).ToArray(), FloatOperationsTolerance, "GeluF'");
    }

    /// <summary>|actual − expected| ≤ tolerance · max(1, |expected|); NaN and infinities only where expected, and equal.</summary>
    private static void Close(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double e = expected[i], a = actual[i];
            bool ok = double.IsNaN(e) ? double.IsNaN(a)
                : double.IsInfinity(e) ? a == e
                : Math.Abs(a - e) <= tolerance * Math.Max(1, Math.Abs(e));
            Assert.True(ok, $"{what}[{i}]: expected {e:R}, got {a:R}");
        }
    }

    /// <summary>One method under test: its scalar members, its tensor function, its generated tensor operations.</summary>
    private sealed partial class Case
    {
        private Case(Type operations, MethodInfo scalar, MethodInfo tensor, MethodInfo backward)
        {
            Operations = operations;
            Scalar = scalar;
            TensorFunction = tensor;
            Backward = backward;
            Unsupported = ((ITensorOperations)Activator.CreateInstance(operations)!).Unsupported;
        }

        public Type Operations { get; }

        public MethodInfo Scalar { get; }

        public MethodInfo TensorFunction { get; }

        public MethodInfo Backward { get; }

        public string? Unsupported { get; }

        public string Name => Scalar.Name;

        public bool IsFloat => Scalar.ReturnType == typeof(float);

        private int Arity => Scalar.GetParameters().Length;

        /// <summary>The case of the struct <paramref name="operations"/> of <paramref name="library"/>.</summary>
        public static Case Of(string library, string operations)
        {
            Type type = Libraries.Single(l => l.FullName == library);
            Type ops = type.GetNestedType(operations, BindingFlags.Public | BindingFlags.NonPublic)!;
            // FTensorOperations, or FFloatTensorOperations / FDoubleTensorOperations for an overload pair (as FKernel).
            Match m = StructName().Match(operations);
            const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            MethodInfo[] differentiable = type.GetMethods(Static).Where(s => s.GetCustomAttribute<DifferentiableAttribute>() is not null).ToArray();
            Type? element = m.Groups["type"].Value switch { "Float" => typeof(float), "Double" => typeof(double), _ => null };
            MethodInfo[] overloads = differentiable.Where(s => s.Name == m.Groups["name"].Value && s.ReturnType == element).ToArray();
            MethodInfo scalar = overloads.Length == 1 && differentiable.Count(s => s.Name == m.Groups["name"].Value) > 1
                ? overloads[0]
                : differentiable.Single(s => s.Name == m.Groups["name"].Value + m.Groups["type"].Value);
            string name = scalar.Name;
            int arity = scalar.GetParameters().Length;
            MethodInfo tensor = type.GetMethod(name, Static, Enumerable.Repeat(typeof(Tensor), arity).Append(typeof(TensorPath)).ToArray())!;
            MethodInfo backward = type.GetMethod(name + "Backward", Static, Enumerable.Repeat(scalar.ReturnType, arity + 1).ToArray())!;
            Assert.NotNull(tensor);
            Assert.NotNull(backward);
            return new Case(ops, scalar, tensor, backward);
        }

        /// <summary>
        /// Points in [−4, 4] with the special ones, a different sequence for each input, where the scalar method returns
        /// (Math.Clamp throws where min &gt; max, a guard may throw outside the domain: so do the kernels there).
        /// </summary>
        public double[][] Inputs()
        {
            double[][] inputs = Enumerable.Range(0, Arity).Select(k => Points(300, 60 + k)).ToArray();
            inputs = IsFloat ? inputs.Select(a => a.Select(v => (double)(float)v).ToArray()).ToArray() : inputs;
            int[] keep = Enumerable.Range(0, inputs[0].Length).Where(i => Returns(inputs, i)).ToArray();
            Assert.True(keep.Length > inputs[0].Length / 3, $"{Name} throws on most points");
            return inputs.Select(a => keep.Select(i => a[i]).ToArray()).ToArray();
        }

        private bool Returns(double[][] inputs, int i)
        {
            try
            {
                Value(inputs, i);
                Gradient(inputs, 1, i);
                return true;
            }
            catch (TargetInvocationException)
            {
                return false;
            }
        }

        /// <summary>The scalar method at element <paramref name="i"/>.</summary>
        public double Value(double[][] inputs, int i) => Convert.ToDouble(Scalar.Invoke(null, Arguments(inputs, i, null)));

        /// <summary>The scalar <c>FBackward</c> at element <paramref name="i"/>, one gradient per input.</summary>
        public double[] Gradient(double[][] inputs, double seed, int i)
        {
            object result = Backward.Invoke(null, Arguments(inputs, i, seed))!;
            return result is ITuple tuple
                ? Enumerable.Range(0, tuple.Length).Select(k => Convert.ToDouble(tuple[k])).ToArray()
                : new[] { Convert.ToDouble(result) };
        }

        /// <summary>The tensor function on <paramref name="path"/>: the values and each input's gradient for the seed <paramref name="dy"/>.</summary>
        public (double[] Y, double[][] Gradients) Run(TensorPath path, double[][] inputs, double[] dy)
        {
            Tensor[] leaves = inputs.Select(LeafOf).ToArray();
            try
            {
                using Tensor y = Invoke(path, leaves);
                using Tensor seed = torch.tensor(dy, dtype: y.dtype);
                y.backward(new[] { seed });
                return (Values(y), leaves.Select(l => Values(l.grad!)).ToArray());
            }
            finally
            {
                foreach (Tensor l in leaves)
                {
                    l.Dispose();
                }
            }
        }

        /// <summary>torch's own autograd of the generated forward operations (no DiffGen backward): its gradients.</summary>
        public double[][] Composed(double[][] inputs, double[] dy)
        {
            Tensor[] leaves = inputs.Select(LeafOf).ToArray();
            var forward = (ITensorOperations)Activator.CreateInstance(Operations)!;
            using Tensor y = forward.Forward(leaves);
            using Tensor seed = torch.tensor(dy, dtype: y.dtype);
            y.backward(new[] { seed });
            return leaves.Select(l => Values(l.grad!)).ToArray();
        }

        /// <summary>
        /// The central difference of the scalar method in input <paramref name="k"/> at element <paramref name="i"/>, or
        /// null where the method is not differentiable there (the one-sided differences disagree: a kink or a jump) or
        /// not finite.
        /// </summary>
        public double? Slope(double[][] inputs, int k, int i)
        {
            const double h = 1e-6;
            double at(double delta)
            {
                double[][] moved = inputs.Select(a => a.ToArray()).ToArray();
                moved[k][i] += delta;
                return Value(moved, i);
            }

            double f0 = Value(inputs, i), left = (f0 - at(-h)) / h, right = (at(h) - f0) / h;
            if (!double.IsFinite(left) || !double.IsFinite(right) || Math.Abs(left - right) > 1e-4 * Math.Max(1, Math.Abs(left)))
            {
                return null;
            }

            return (at(h) - at(-h)) / (2 * h);
        }

        private Tensor Invoke(TensorPath path, Tensor[] leaves)
        {
            try
            {
                return (Tensor)TensorFunction.Invoke(null, leaves.Cast<object>().Append(path).ToArray())!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        private object?[] Arguments(double[][] inputs, int i, double? seed)
        {
            IEnumerable<double> values = inputs.Select(a => a[i]);
            if (seed is double s)
            {
                values = values.Append(s);
            }

            return values.Select(v => IsFloat ? (object)(float)v : v).ToArray();
        }

        private Tensor LeafOf(double[] values) => IsFloat ? Leaf(ToFloat(values), values.Length) : Leaf(values, values.Length);

        private static double[] Values(Tensor t) => t.dtype == ScalarType.Float32 ? Floats(t).Select(v => (double)v).ToArray() : Doubles(t);

        [GeneratedRegex("^(?<name>.*?)(?<type>Float|Double)?TensorOperations$")]
        private static partial Regex StructName();
    }
}
