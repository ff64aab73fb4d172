using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs a <c>[Differentiable]</c> method on tensors, with autograd: through the span kernels DiffGen generates for it
/// (CPU tensors) or through the same method spelled as TorchSharp tensor operations (any device), as
/// <see cref="TensorPath"/> says. The generated tensor members (<c>Tensor F(Tensor x)</c>,
/// <c>Tensor F(Tensor x, TensorPath path)</c>) call this; there is no need to call it directly.
/// </summary>
/// <remarks>
/// The kernels run on the tensors' memory (inputs that are not contiguous are copied first), split over torch's intra-op
/// threads (<c>torch.get_num_threads()</c>) when large. Inputs broadcast by torch's rules, and each input's gradient is
/// summed back to its shape. The result requires grad when an input does and grad mode is on; then only the inputs are
/// saved for the backward pass, on either path.
/// </remarks>
public static class TensorFunction
{
    /// <summary>
    /// Whether the gradient buffers a backward kernel writes are handed to libtorch to keep rather than copy (default
    /// true). On Linux this registers each buffer with libtorch's process-wide <c>at::caching</c> set until the next DiffGen
    /// pass, which switches that set on for the process (see the README, "Autograd"); set it to false to leave libtorch's
    /// state alone and have every gradient copied, as a custom TorchSharp function's always is. Elsewhere it has no effect.
    /// </summary>
    public static bool HandOverGradients
    {
        get => StealableGradients.Enabled;
        set => StealableGradients.Enabled = value;
    }

    /// <summary>Applies the method whose kernels are <typeparamref name="TKernel"/> and whose tensor operations are <typeparamref name="TOperations"/> to <paramref name="inputs"/>.</summary>
    /// <typeparam name="TKernel">The method's kernels: its generated <c>FTensorKernel</c>, or <see cref="ElementwiseKernel{TFunction, T}"/> over its <c>FKernel</c>.</typeparam>
    /// <typeparam name="TOperations">The method's generated <c>FTensorOperations</c>.</typeparam>
    /// <typeparam name="T"><c>float</c> (inputs must be <c>float32</c>) or <c>double</c> (<c>float64</c>).</typeparam>
    /// <param name="name">The method's name, for messages.</param>
    /// <param name="path">Kernels or tensor operations; <see cref="TensorPath.Automatic"/> chooses by device.</param>
    /// <param name="inputs">One tensor per parameter of the method, in order.</param>
    /// <returns>A new tensor of the inputs' broadcast shape.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    /// <exception cref="ArgumentException">An input has another dtype than <typeparamref name="T"/>'s, or the shapes do not broadcast.</exception>
    /// <exception cref="NotSupportedException">
    /// The kernels were asked for and an input is not on the CPU, or tensor operations were needed and the method uses
    /// an operation that has none (the message names it).
    /// </exception>
    public static Tensor Apply<TKernel, TOperations, T>(string name, TensorPath path, params Tensor[] inputs)
        where TKernel : struct, ITensorKernel<T>
        where TOperations : struct, ITensorOperations
        where T : unmanaged
    {
        ScalarType dtype = DtypeOf<T>();
        Check(name, inputs, dtype);
        bool kernels = UsesKernels(name, path, inputs);
        if (!kernels && default(TOperations).Unsupported is string why)
        {
            throw new NotSupportedException(why);
        }

        // With nothing to record (no input requires grad, or grad mode is off), no autograd node is created.
        if (!torch.is_grad_enabled() || !Array.Exists(inputs, t => t.requires_grad))
        {
            return kernels ? KernelRunner.Forward<TKernel, T>(inputs, dtype) : OperationsRunner.Forward<TOperations>(inputs);
        }

        var vars = new object[inputs.Length + 1];
        vars[0] = name;
        inputs.CopyTo(vars, 1);
        return kernels ? KernelFunction<TKernel, T>.apply(vars) : OperationsFunction<TOperations>.apply(vars);
    }

    /// <summary>
    /// Applies a method that has a <c>float</c> and a <c>double</c> overload: the <c>float</c> one to <c>float32</c>
    /// tensors, the <c>double</c> one to <c>float64</c> tensors.
    /// </summary>
    /// <typeparam name="TFloatKernel">The kernels of the <c>float</c> overload.</typeparam>
    /// <typeparam name="TFloatOperations">The tensor operations of the <c>float</c> overload.</typeparam>
    /// <typeparam name="TDoubleKernel">The kernels of the <c>double</c> overload.</typeparam>
    /// <typeparam name="TDoubleOperations">The tensor operations of the <c>double</c> overload.</typeparam>
    /// <param name="name">The method's name, for messages.</param>
    /// <param name="path">Kernels or tensor operations; <see cref="TensorPath.Automatic"/> chooses by device.</param>
    /// <param name="inputs">One tensor per parameter of the method, in order.</param>
    /// <returns>A new tensor of the inputs' broadcast shape.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    /// <exception cref="ArgumentException">The first input is neither <c>float32</c> nor <c>float64</c>, another input's dtype differs, or the shapes do not broadcast.</exception>
    /// <exception cref="NotSupportedException">As for <see cref="Apply{TKernel, TOperations, T}"/>.</exception>
    public static Tensor ApplyFloatOrDouble<TFloatKernel, TFloatOperations, TDoubleKernel, TDoubleOperations>(string name, TensorPath path, params Tensor[] inputs)
        where TFloatKernel : struct, ITensorKernel<float>
        where TFloatOperations : struct, ITensorOperations
        where TDoubleKernel : struct, ITensorKernel<double>
        where TDoubleOperations : struct, ITensorOperations
    {
        CheckCount(name, inputs);
        return inputs[0].dtype switch
        {
            ScalarType.Float32 => Apply<TFloatKernel, TFloatOperations, float>(name, path, inputs),
            ScalarType.Float64 => Apply<TDoubleKernel, TDoubleOperations, double>(name, path, inputs),
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

    /// <summary>Whether the kernels run (else the tensor operations).</summary>
    internal static bool UsesKernels(string name, TensorPath path, Tensor[] inputs)
    {
        int elsewhere = Array.FindIndex(inputs, t => t.device_type != DeviceType.CPU);
        switch (path)
        {
            case TensorPath.TensorOperations:
                return false;
            case TensorPath.Automatic:
                return elsewhere < 0;
            case TensorPath.Kernels when elsewhere >= 0:
                throw new NotSupportedException(
                    $"{name}: input {elsewhere} is on {inputs[elsewhere].device}, but DiffGen's kernels run on CPU tensors only. "
                    + "Use TensorPath.Automatic or TensorPath.TensorOperations for other devices, or move the input to the CPU with .cpu().");
            case TensorPath.Kernels:
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(path), path, $"{name}: not a TensorPath.");
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
    internal static string Spell(ScalarType dtype) => dtype.ToString().ToLowerInvariant();
}
