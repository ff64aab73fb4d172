using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs a <c>[Differentiable]</c> method with <c>[Broadcast]</c> parameters on tensors, with autograd: the generated
/// tensor members of such a method (<c>Tensor PRelu(Tensor x, Tensor slope)</c>) and its module call this; there is no
/// need to call it directly.
/// </summary>
/// <remarks>
/// The span inputs broadcast by torch's rules, as in <see cref="TensorFunction"/>. Each broadcast parameter is a 0-d
/// tensor (or one of shape <c>[1]</c>), one value shared by every element, or a tensor of shape <c>[C]</c>, one value per
/// channel for span inputs of shape <c>[N, C, …]</c> (dimension 1, as <c>nn.PReLU(C)</c>). On CPU tensors the fused
/// backward kernel sums each parameter's gradient in the pass that computes the inputs' (per channel slice for a
/// per-channel parameter); through tensor operations, the element-wise gradient is summed to the parameter's shape.
/// </remarks>
public static class ParametricTensorFunction
{
    /// <summary>Applies the method whose kernels are <typeparamref name="TKernel"/> and whose tensor operations are <typeparamref name="TOperations"/>.</summary>
    /// <typeparam name="TKernel">The method's generated <c>FTensorKernel</c>.</typeparam>
    /// <typeparam name="TOperations">The method's generated <c>FTensorOperations</c>.</typeparam>
    /// <typeparam name="T"><c>float</c> (inputs must be <c>float32</c>) or <c>double</c> (<c>float64</c>).</typeparam>
    /// <param name="name">The method's name, for messages.</param>
    /// <param name="path">Kernels or tensor operations; <see cref="TensorPath.Automatic"/> chooses by device.</param>
    /// <param name="inputs">One tensor per parameter of the method, in order, broadcast parameters included.</param>
    /// <returns>A new tensor of the span inputs' broadcast shape.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    /// <exception cref="ArgumentException">
    /// An input has another dtype than <typeparamref name="T"/>'s, the span inputs' shapes do not broadcast, or a broadcast
    /// parameter is neither shared nor per channel.
    /// </exception>
    /// <exception cref="NotSupportedException">As for <see cref="TensorFunction.Apply{TKernel, TOperations, T}"/>.</exception>
    public static Tensor Apply<TKernel, TOperations, T>(string name, TensorPath path, params Tensor[] inputs)
        where TKernel : struct, IParametricTensorKernel<T>
        where TOperations : struct, ITensorOperations
        where T : unmanaged
    {
        ScalarType dtype = TensorFunction.DtypeOf<T>();
        ArgumentNullException.ThrowIfNull(inputs);
        int arity = default(TKernel).Broadcast.Length;
        if (inputs.Length != arity)
        {
            throw new ArgumentException($"{name} takes {arity} tensors, not {inputs.Length}.", nameof(inputs));
        }

        for (int k = 0; k < inputs.Length; k++)
        {
            if (inputs[k] is null)
            {
                throw new ArgumentNullException(nameof(inputs), $"{name}: input {k} is null.");
            }

            if (inputs[k].dtype != dtype)
            {
                throw new ArgumentException(
                    $"{name} takes {TensorFunction.Spell(dtype)} tensors, but input {k} has dtype {TensorFunction.Spell(inputs[k].dtype)}. "
                    + $"Convert it with .to({TensorFunction.Spell(dtype)}).", nameof(inputs));
            }
        }

        // Before any autograd node exists, so that a bad call leaves nothing behind.
        (List<Tensor> spans, List<Tensor> parameters, List<int> positions) = ParametricKernelRunner.Split<TKernel, T>(inputs);
        if (spans.Count > KernelSpans<T>.MaxCount)
        {
            throw new ArgumentException($"{name}: DiffGen's tensor functions take at most {KernelSpans<T>.MaxCount} span inputs, not {spans.Count}.", nameof(inputs));
        }

        ParameterLayout layout;
        try
        {
            layout = ParameterLayout.Of(name, KernelRunner.BroadcastShape(spans), parameters, positions);
        }
        catch (ArgumentException e) when (!e.Message.StartsWith(name + ":", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name}: {e.Message}.", nameof(inputs), e);
        }

        bool record = torch.is_grad_enabled() && Array.Exists(inputs, t => t.requires_grad);
        if (TensorFunction.UsesKernels(name, path, inputs))
        {
            if (!record)
            {
                return ParametricKernelRunner.Forward<TKernel, T>(name, inputs, dtype);
            }

            var vars = new object[inputs.Length + 1];
            vars[0] = name;
            inputs.CopyTo(vars, 1);
            return ParametricKernelFunction<TKernel, T>.apply(vars);
        }

        if (default(TOperations).Unsupported is string why)
        {
            throw new NotSupportedException(why);
        }

        // Tensor operations: a per-channel parameter is viewed as [C, 1, …, 1], so torch's broadcasting aligns it with
        // dimension 1; torch's autograd carries its gradient back through the view to the [C] parameter.
        var viewed = (Tensor[])inputs.Clone();
        var views = new List<Tensor>();
        try
        {
            for (int j = 0; j < parameters.Count; j++)
            {
                if (layout.OperationsShape(j) is long[] shape)
                {
                    Tensor view = parameters[j].reshape(shape);
                    views.Add(view);
                    viewed[positions[j]] = view;
                }
            }

            if (!record)
            {
                return OperationsRunner.Forward<TOperations>(viewed);
            }

            var vars = new object[viewed.Length + 1];
            vars[0] = name;
            viewed.CopyTo(vars, 1);
            return OperationsFunction<TOperations>.apply(vars);
        }
        finally
        {
            foreach (Tensor view in views)
            {
                view.Dispose();
            }
        }
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
    /// <returns>A new tensor of the span inputs' broadcast shape.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    /// <exception cref="ArgumentException">The first input is neither <c>float32</c> nor <c>float64</c>, or as for <see cref="Apply{TKernel, TOperations, T}"/>.</exception>
    /// <exception cref="NotSupportedException">As for <see cref="Apply{TKernel, TOperations, T}"/>.</exception>
    public static Tensor ApplyFloatOrDouble<TFloatKernel, TFloatOperations, TDoubleKernel, TDoubleOperations>(string name, TensorPath path, params Tensor[] inputs)
        where TFloatKernel : struct, IParametricTensorKernel<float>
        where TFloatOperations : struct, ITensorOperations
        where TDoubleKernel : struct, IParametricTensorKernel<double>
        where TDoubleOperations : struct, ITensorOperations
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length == 0 || inputs[0] is null)
        {
            throw new ArgumentException($"{name}: input 0 is missing.", nameof(inputs));
        }

        return inputs[0].dtype switch
        {
            ScalarType.Float32 => Apply<TFloatKernel, TFloatOperations, float>(name, path, inputs),
            ScalarType.Float64 => Apply<TDoubleKernel, TDoubleOperations, double>(name, path, inputs),
            ScalarType other => throw new ArgumentException(
                $"{name} takes float32 or float64 tensors, but input 0 has dtype {TensorFunction.Spell(other)}.", nameof(inputs)),
        };
    }
}
