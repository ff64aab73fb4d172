using System;
using System.Linq;
using TorchSharp;
using Xunit;
using static DiffGen.TorchSharp.Tests.TensorData;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>The tensor functions behave as any TorchSharp op: shapes, views, autograd modes, dtypes and devices.</summary>
public sealed class TensorSemanticsTests
{
    [Fact]
    public void Inputs_broadcast_and_each_gradient_is_summed_back_to_its_shape()
    {
        double[] a = Points(6, 41).Take(6).ToArray();
        double[] b = { -1.5, 0.25, 3 };
        const double c = 0.7;
        double[] dy = Seeds(6, 42);
        using Tensor ta = Leaf(a, 2, 3);
        using Tensor tb = Leaf(b, 3);
        using Tensor tc = torch.tensor(c, dtype: ScalarType.Float64).requires_grad_(true);
        Assert.Equal(0, tc.dim());

        using Tensor y = Functions.Mix(ta, tb, tc);
        Assert.Equal(new long[] { 2, 3 }, y.shape);
        y.backward(new[] { torch.tensor(dy).reshape(2, 3) });

        var expectedY = new double[6];
        var da = new double[6];
        var db = new double[3];
        double dc = 0;
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                int k = (i * 3) + j;
                expectedY[k] = Functions.Mix(a[k], b[j], c);
                var g = Functions.MixBackward(a[k], b[j], c, dy[k]);
                da[k] = g.da;
                db[j] += g.db;
                dc += g.dc;
            }
        }

        Near(expectedY, Doubles(y), DoubleKernelTolerance, "Mix");
        Assert.Equal(new long[] { 2, 3 }, ta.grad!.shape);
        Assert.Equal(new long[] { 3 }, tb.grad!.shape);
        Assert.Equal(Array.Empty<long>(), tc.grad!.shape);
        Near(da, Doubles(ta.grad), DoubleKernelTolerance, "da");
        Near(db, Doubles(tb.grad), 1e-12, "db");
        Near(new[] { dc }, Doubles(tc.grad), 1e-12, "dc");
    }

    [Fact]
    public void Shapes_that_do_not_broadcast_are_rejected_before_anything_runs()
    {
        using Tensor a = torch.zeros(2, 3, dtype: ScalarType.Float64);
        using Tensor b = torch.zeros(4, dtype: ScalarType.Float64);
        var e = Assert.Throws<ArgumentException>(() => Functions.Mix(a, b, b));
        Assert.Contains("Mix: input 1 has shape [4], which does not broadcast with [2, 3]", e.Message);
    }

    [Fact]
    public void A_transposed_view_is_read_through_its_strides()
    {
        double[] values = Points(12, 43).Take(12).ToArray();
        double[] dy = Seeds(12, 44);
        using Tensor leaf = Leaf(values, 3, 4);
        using Tensor view = leaf.t();
        Assert.False(view.is_contiguous());

        using Tensor y = Functions.Smooth(view);
        Assert.Equal(new long[] { 4, 3 }, y.shape);
        using Tensor seed = torch.tensor(dy).reshape(4, 3);
        y.backward(new[] { seed });

        // y[j, i] = Smooth(leaf[i, j]); leaf.grad[i, j] = SmoothBackward(leaf[i, j], dy[j, i]).
        double[] ys = Doubles(y);
        double[] grad = Doubles(leaf.grad!);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(Functions.Smooth(values[(i * 4) + j]), ys[(j * 3) + i]);
                Assert.Equal(Functions.SmoothBackward(values[(i * 4) + j], dy[(j * 3) + i]), grad[(i * 4) + j]);
            }
        }
    }

    [Fact]
    public void Empty_tensors_give_empty_results_and_gradients()
    {
        using Tensor x = torch.empty(0, 3, dtype: ScalarType.Float32).requires_grad_(true);
        using Tensor y = Functions.Smooth(x);
        Assert.Equal(new long[] { 0, 3 }, y.shape);
        Assert.True(y.requires_grad);
        y.sum().backward();
        Assert.Equal(new long[] { 0, 3 }, x.grad!.shape);

        using Tensor a = torch.empty(0, dtype: ScalarType.Float64);
        using Tensor c = torch.tensor(1.0, dtype: ScalarType.Float64);
        Assert.Equal(new long[] { 0 }, Functions.Mix(a, a, c).shape);
    }

    [Fact]
    public void Only_the_inputs_that_require_grad_get_a_gradient()
    {
        float[] x = ToFloat(Points(20, 45));
        float[] s = ToFloat(Seeds(x.Length, 46));
        using Tensor tx = Leaf(x, x.Length);
        using Tensor ts = torch.tensor(s);
        using Tensor y = Functions.Scale(tx, ts);
        Assert.True(y.requires_grad);
        y.sum().backward();

        Assert.Null(ts.grad);
        Near(x.Select((v, i) => Functions.ScaleBackward(v, s[i], 1f).dx).ToArray(), Floats(tx.grad!), FloatKernelTolerance, "dx");
    }

    [Fact]
    public void Inputs_that_need_no_gradient_give_a_result_that_needs_none()
    {
        using Tensor x = torch.tensor(new[] { 1f, -2f });
        using Tensor y = Functions.Smooth(x);
        Assert.False(y.requires_grad);
        Assert.Equal(new[] { Functions.Smooth(1f), Functions.Smooth(-2f) }, Floats(y));
    }

    [Fact]
    public void Nothing_is_recorded_under_no_grad()
    {
        using Tensor x = Leaf(new[] { 1f, -2f }, 2);
        Tensor y;
        using (torch.no_grad())
        {
            y = Functions.Smooth(x);
        }

        Assert.False(y.requires_grad);
        Assert.Equal(new[] { Functions.Smooth(1f), Functions.Smooth(-2f) }, Floats(y));
        y.Dispose();
    }

    [Fact]
    public void A_dtype_the_method_does_not_take_is_an_ArgumentException_naming_both_dtypes()
    {
        using Tensor doubles = torch.zeros(3, dtype: ScalarType.Float64);
        var e = Assert.Throws<ArgumentException>(() => Functions.GeluF(doubles));
        Assert.Contains("float64", e.Message);
        Assert.Contains("float32", e.Message);

        using Tensor floats = torch.zeros(3, dtype: ScalarType.Float32);
        e = Assert.Throws<ArgumentException>(() => Functions.Gelu(floats));
        Assert.Contains("takes float64", e.Message);
        Assert.Contains("has dtype float32", e.Message);

        // The float/double overload pair takes either, and names both.
        using Tensor ints = torch.zeros(3, dtype: ScalarType.Int32);
        e = Assert.Throws<ArgumentException>(() => Functions.Smooth(ints));
        Assert.Contains("float32 or float64", e.Message);
        Assert.Contains("int32", e.Message);

        // Every input is checked, not only the first.
        e = Assert.Throws<ArgumentException>(() => Functions.Scale(floats, doubles));
        Assert.Contains("input 1 has dtype float64", e.Message);
    }

    [Fact]
    public void Tensors_on_another_device_run_as_tensor_operations_and_the_kernels_refuse_them()
    {
        // The meta device exists in every libtorch build (shapes and dtypes, no data), so this runs without a GPU.
        using Tensor meta = torch.empty(2, 3, dtype: ScalarType.Float32, device: new Device(DeviceType.META));
        using Tensor y = Functions.GeluF(meta);
        Assert.Equal(DeviceType.META, y.device_type);
        Assert.Equal(new long[] { 2, 3 }, y.shape);
        Assert.Equal(ScalarType.Float32, y.dtype);

        var e = Assert.Throws<NotSupportedException>(() => Functions.GeluF(meta, TensorPath.Kernels));
        Assert.Contains("CPU", e.Message);
        Assert.Contains("meta", e.Message);
        Assert.Contains("TensorPath.TensorOperations", e.Message);
    }

    [Fact]
    public void An_input_modified_in_place_after_the_forward_pass_is_an_error_and_the_process_survives_it()
    {
        // libtorch refuses to unpack a saved input that changed since the forward pass; that refusal happens inside the
        // backward callback, where a managed exception would end the process.
        using Tensor leaf = Leaf(new[] { 1.0, -2.0 }, 2);
        using Tensor hidden = leaf * 1.0;
        using Tensor y = Functions.Smooth(hidden);
        hidden.add_(1.0);
        var e = Assert.ThrowsAny<Exception>(() => y.sum().backward());
        Assert.Contains("meta", e.Message);
    }

    [Fact]
    public void An_output_gradient_of_another_dtype_reaches_the_kernel_converted_to_the_output_dtype()
    {
        using Tensor x = Leaf(new[] { 1f, -2f }, 2);
        using Tensor y = Functions.Smooth(x);
        using Tensor seed = torch.tensor(new[] { 2.0, 3.0 }, dtype: ScalarType.Float64);
        y.backward(new[] { seed });

        Assert.Equal(new[] { Functions.SmoothBackward(1f, 2f), Functions.SmoothBackward(-2f, 3f) }, Floats(x.grad!));
    }
}
