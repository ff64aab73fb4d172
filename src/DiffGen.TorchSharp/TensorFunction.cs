using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs the span kernels DiffGen generates for a <c>[Differentiable]</c> method on tensors, with autograd. The
/// generated tensor members (<c>Tensor F(Tensor x)</c>) call this; there is no need to call it directly.
/// </summary>
/// <remarks>
/// CPU tensors only, for now: the kernels run on the tensors' memory (inputs that are not contiguous are copied first),
/// split over torch's intra-op threads (<c>torch.get_num_threads()</c>) when large. Inputs broadcast by torch's rules,
/// and each input's gradient is summed back to its shape. The result requires grad when an input does and grad mode is
/// on; then only the inputs are saved for the backward pass.
/// </remarks>
public static class TensorFunction
{
    /// <summary>Applies the method whose kernels are <typeparamref name="TKernel"/> to <paramref name="inputs"/>.</summary>
    /// <typeparam name="TKernel">The method's kernels: its generated <c>FTensorKernel</c>, or <see cref="ElementwiseKernel{TFunction, T}"/> over its <c>FKernel</c>.</typeparam>
    /// <typeparam name="T"><c>float</c> (inputs must be <c>float32</c>) or <c>double</c> (<c>float64</c>).</typeparam>
    /// <param name="name">The method's name, for messages.</param>
    /// <param name="inputs">One tensor per parameter of the method, in order.</param>
    /// <returns>A new tensor of the inputs' broadcast shape.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    /// <exception cref="ArgumentException">An input has another dtype than <typeparamref name="T"/>'s, or the shapes do not broadcast.</exception>
    /// <exception cref="NotSupportedException">An input is not on the CPU.</exception>
    public static Tensor Apply<TKernel, T>(string name, params Tensor[] inputs)
        where TKernel : struct, ITensorKernel<T>
        where T : unmanaged
    {
        ScalarType dtype = DtypeOf<T>();
        Check(name, inputs, dtype);
        bool recorded = torch.is_grad_enabled() && Array.Exists(inputs, t => t.requires_grad);
        if (!recorded)
        {
            // Nothing to record: run the kernel without creating an autograd node.
            return KernelRunner.Forward<TKernel, T>(inputs, dtype);
        }

        var vars = new object[inputs.Length + 1];
        vars[0] = name;
        inputs.CopyTo(vars, 1);
        return KernelFunction<TKernel, T>.apply(vars);
    }

    /// <summary>
    /// Applies a method that has a <c>float</c> and a <c>double</c> overload: the <c>float</c> one to <c>float32</c>
    /// tensors, the <c>double</c> one to <c>float64</c> tensors.
    /// </summary>
    /// <typeparam name="TFloatKernel">The kernels of the <c>float</c> overload.</typeparam>
    /// <typeparam name="TDoubleKernel">The kernels of the <c>double</c> overload.</typeparam>
    /// <param name="name">The method's name, for messages.</param>
    /// <param name="inputs">One tensor per parameter of the method, in order.</param>
    /// <returns>A new tensor of the inputs' broadcast shape.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    /// <exception cref="ArgumentException">The first input is neither <c>float32</c> nor <c>float64</c>, another input's dtype differs, or the shapes do not broadcast.</exception>
    /// <exception cref="NotSupportedException">An input is not on the CPU.</exception>
    public static Tensor ApplyFloatOrDouble<TFloatKernel, TDoubleKernel>(string name, params Tensor[] inputs)
        where TFloatKernel : struct, ITensorKernel<float>
        where TDoubleKernel : struct, ITensorKernel<double>
    {
        CheckCount(name, inputs);
        return inputs[0].dtype switch
        {
            ScalarType.Float32 => Apply<TFloatKernel, float>(name, inputs),
            ScalarType.Float64 => Apply<TDoubleKernel, double>(name, inputs),
            ScalarType other => throw new ArgumentException(
                $"{name} takes float32 or float64 tensors, but input 0 has dtype {Spell(other)}.", nameof(inputs)),
        };
    }

    /// <summary>The tensor dtype of the element type <typeparamref name="T"/>.</summary>
    internal static ScalarType DtypeOf<T>() =>
        typeof(T) == typeof(float) ? ScalarType.Float32
        : typeof(T) == typeof(double) ? ScalarType.Float64
        : throw new NotSupportedException($"DiffGen's kernels are float or double, not {typeof(T).Name}.");

    private static void Check(string name, Tensor[] inputs, ScalarType dtype)
    {
        CheckCount(name, inputs);
        for (int k = 0; k < inputs.Length; k++)
        {
            Tensor input = inputs[k];
            if (input.device_type != DeviceType.CPU)
            {
                throw new NotSupportedException(
                    $"{name}: input {k} is on {input.device}, but DiffGen.TorchSharp runs its kernels on CPU tensors only for now "
                    + "(a path through tensor operations for other devices is planned). Move the input to the CPU with .cpu().");
            }

            if (input.dtype != dtype)
            {
                throw new ArgumentException(
                    $"{name} takes {Spell(dtype)} tensors, but input {k} has dtype {Spell(input.dtype)}. Convert it with .to({Spell(dtype)}).", nameof(inputs));
            }
        }

        try
        {
            // Before any autograd node exists, so that a bad call leaves nothing behind.
            KernelRunner.BroadcastShape(inputs);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{name}: {e.Message}.", nameof(inputs), e);
        }
    }

    private static void CheckCount(string name, Tensor[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length is 0 or > KernelSpans<float>.MaxCount)
        {
            throw new ArgumentException($"{name}: a DiffGen tensor function takes 1 to {KernelSpans<float>.MaxCount} inputs, not {inputs.Length}.", nameof(inputs));
        }

        for (int k = 0; k < inputs.Length; k++)
        {
            if (inputs[k] is null)
            {
                throw new ArgumentNullException(nameof(inputs), $"{name}: input {k} is null.");
            }
        }
    }

    /// <summary>torch's spelling of a dtype: <c>float32</c>, not <c>Float32</c>.</summary>
    private static string Spell(ScalarType dtype) => dtype.ToString().ToLowerInvariant();
}
