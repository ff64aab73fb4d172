using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// The set-up every DiffGen autograd node shares. Its arguments (<c>vars</c>) are the method's name first, then tensors
/// and other values; TorchSharp keeps one node instance per closed type, so everything about a call lives in its
/// <see cref="autograd.AutogradContext"/>: the name, what each argument was (<see cref="TensorInfo"/>, null for those that
/// are not tensors), and the tensors themselves where the backward pass needs them.
/// </summary>
internal static class AutogradCall
{
    private const string NameKey = "DiffGen.Name";
    private const string ArgumentsKey = "DiffGen.Arguments";

    /// <summary>Records the call in <paramref name="ctx"/>; returns its tensor arguments, in order.</summary>
    /// <param name="ctx">The node's context.</param>
    /// <param name="vars">The arguments: the name, then the others.</param>
    /// <param name="saveTensors">Whether the backward pass needs the tensors themselves (else only their shapes).</param>
    public static List<Tensor> Save(autograd.AutogradContext ctx, object[] vars, bool saveTensors = true)
    {
        List<Tensor> tensors = vars.OfType<Tensor>().ToList();
        ctx.save_data(NameKey, vars[0]);
        ctx.save_data(ArgumentsKey, vars.Select(v => v is Tensor t ? TensorInfo.Of(t) : null).ToArray());
        if (saveTensors)
        {
            ctx.save_for_backward(tensors);
        }

        return tensors;
    }

    /// <summary>
    /// Runs a backward pass: <paramref name="body"/> gets the method's name, the saved tensors and which of them need a
    /// gradient (PyTorch's <c>needs_input_grad</c>), and returns one gradient per tensor argument (null for those that
    /// need none). Adds none for the other arguments; disposes the saved tensors' handles.
    /// </summary>
    /// <remarks>
    /// This runs in a callback from libtorch's autograd engine: an exception escaping it would end the process, so a
    /// failure is reported the only way libtorch lets a backward function fail (see <see cref="BackwardFailure"/>).
    /// </remarks>
    public static List<Tensor> Backward(autograd.AutogradContext ctx, string fallbackName, Func<string, List<Tensor>, bool[], IReadOnlyList<Tensor?>> body)
    {
        string name = ctx.get_data(NameKey) as string ?? fallbackName;
        var arguments = (TensorInfo?[])ctx.get_data(ArgumentsKey);
        var saved = new List<Tensor>();
        try
        {
            // Unpacking throws when a saved tensor was modified in place since the forward pass.
            saved = ctx.get_saved_variables();
            bool[] wanted = arguments.OfType<TensorInfo>().Select(a => a.RequiresGrad).ToArray();
            IReadOnlyList<Tensor?> gradients = body(name, saved, wanted);
            var result = new List<Tensor>(arguments.Length);
            int next = 0;
            foreach (TensorInfo? argument in arguments)
            {
                result.Add(argument is null ? null! : gradients[next++]!);
            }

            return result;
        }
        catch (Exception e)
        {
            return BackwardFailure.Gradients(name, e.GetType().Name + ": " + e.Message, arguments);
        }
        finally
        {
            foreach (Tensor t in saved)
            {
                t.Dispose();
            }
        }
    }

    /// <summary>
    /// The gradients a backward pass returns from a node that computed every input's: those in
    /// <paramref name="wanted"/> kept, the others disposed and null.
    /// </summary>
    public static Tensor?[] Wanted(List<Tensor> all, bool[] wanted)
    {
        var result = new Tensor?[all.Count];
        for (int k = 0; k < all.Count; k++)
        {
            if (wanted[k])
            {
                result[k] = all[k];
            }
            else
            {
                all[k].Dispose();
            }
        }

        return result;
    }

    /// <summary>Fails the backward pass: <paramref name="reason"/> says why, given the method's name.</summary>
    public static List<Tensor> Fail(autograd.AutogradContext ctx, string fallbackName, Func<string, string> reason)
    {
        string name = ctx.get_data(NameKey) as string ?? fallbackName;
        return BackwardFailure.Gradients(name, reason(name), (TensorInfo?[])ctx.get_data(ArgumentsKey));
    }
}
