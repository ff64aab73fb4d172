using System.Collections.Generic;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp;

/// <summary>
/// Lets libtorch take the gradients a kernel backward pass returns instead of copying them. TorchSharp 0.107 hands a
/// custom backward's results to libtorch by copying each tensor reference (<c>CSharpNode::apply</c>) and keeps its own
/// managed reference alive, so a gradient reaches the next node with two references where libtorch's own operations
/// have one. libtorch then treats it as shared: the <c>AccumulateGrad</c> of a leaf input clones it (a full copy, a third
/// of a 1M-element step), and an input buffer adds into a new tensor rather than in place.
/// </summary>
/// <remarks>
/// <para>
/// No managed code runs between that copy and libtorch's use of the gradient, so the managed reference cannot be dropped
/// in time. Instead each returned gradient is registered with libtorch's own allowance for exactly this: a tensor in
/// <c>at::caching</c>'s set (<c>add_cached_tensor</c>, an exported <c>TORCH_API</c> function that CUDA graphs use for
/// the reference their pool keeps) is counted with one reference fewer wherever libtorch decides whether it may steal or
/// update a tensor in place (<c>at::caching::adjusted_use_count</c>). The discounted reference is DiffGen's: kept alive
/// here (detached from any dispose scope, so that nothing else disposes it) and never read again. Any other reference,
/// a user's included, still counts, so libtorch steals only what it would have stolen from one of its own operations.
/// </para>
/// <para>
/// Each gradient leaves the set, and its managed reference is disposed, at the next DiffGen forward or backward pass on
/// any thread (by then libtorch has long taken it), always in that order: a registered tensor is never one reference
/// short. So at most one backward pass's gradients are held a little longer than libtorch would hold them. Where the
/// functions are not exported (libtorch builds for other systems are not searched), gradients are copied as before.
/// </para>
/// </remarks>
internal static unsafe class StealableGradients
{
    /// <summary>The registered gradients, in the order they were offered.</summary>
    private static readonly List<Tensor> Registered = [];

    /// <summary><c>at::caching::set_cached_tensors_enabled(bool)</c>, or null (looked up with the others).</summary>
    private static delegate* unmanaged<byte, void> setEnabled;

    /// <summary><c>at::caching::add_cached_tensor(const at::Tensor&amp;)</c>: a reference is a pointer in the C++ ABI.</summary>
    private static delegate* unmanaged<nint, void> add;

    /// <summary><c>at::caching::remove_cached_tensor(const at::Tensor&amp;)</c>.</summary>
    private static delegate* unmanaged<nint, void> remove;

    /// <summary>Whether the functions were looked up with libtorch loaded (or never can be).</summary>
    private static bool lookedUp;

    /// <summary>
    /// Whether gradients are registered at all when libtorch has the functions (true unless a test or a benchmark turns it off
    /// to compare with the copy).
    /// </summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>Whether the loaded libtorch exports the functions this needs.</summary>
    internal static bool Available
    {
        get
        {
            lock (Registered)
            {
                return Lookup();
            }
        }
    }

    /// <summary>The gradients registered now (for tests).</summary>
    internal static Tensor[] Pending
    {
        get
        {
            lock (Registered)
            {
                return [.. Registered];
            }
        }
    }

    /// <summary>
    /// Registers the fresh gradients in <paramref name="gradients"/> (null entries skipped), after releasing those of
    /// earlier calls; returns <paramref name="gradients"/>. Only tensors nothing else refers to may be offered: the
    /// buffers a kernel has just written, before they are returned to libtorch.
    /// </summary>
    public static IReadOnlyList<Tensor?> Offer(IReadOnlyList<Tensor?> gradients)
    {
        lock (Registered)
        {
            ReleaseLocked();
            if (!Enabled || !Lookup())
            {
                return gradients;
            }

            // Set every time, not once: add and remove assert that it is on, and nothing else in the process must turn it off.
            setEnabled(1);
            foreach (Tensor? g in gradients)
            {
                // By reference: Tensor.Equals compares the elements.
                if (g is not null && !Registered.Exists(r => ReferenceEquals(r, g)))
                {
                    g.DetachFromDisposeScope();
                    add(g.Handle);
                    Registered.Add(g);
                }
            }
        }

        return gradients;
    }

    /// <summary>Takes the gradients of earlier calls out of the set and disposes DiffGen's references to them.</summary>
    public static void Release()
    {
        lock (Registered)
        {
            ReleaseLocked();
        }
    }

    private static void ReleaseLocked()
    {
        if (Registered.Count == 0)
        {
            return;
        }

        setEnabled(1);
        foreach (Tensor g in Registered)
        {
            // Out of the set first: disposed while in it, the tensor would count one reference short.
            remove(g.Handle);
            g.Dispose();
        }

        Registered.Clear();
    }

    /// <summary>Looks the three functions up once libtorch is loaded; true when all three exist.</summary>
    private static bool Lookup()
    {
        if (!lookedUp)
        {
            // Itanium C++ ABI names of at::caching's functions (ATen/CachedTensorUtils.h).
            nint enable = LoadedLibTorch.Find("_ZN2at7caching26set_cached_tensors_enabledEb", out bool final);
            nint adder = LoadedLibTorch.Find("_ZN2at7caching17add_cached_tensorERKNS_6TensorE", out _);
            nint remover = LoadedLibTorch.Find("_ZN2at7caching20remove_cached_tensorERKNS_6TensorE", out _);
            if (enable != 0 && adder != 0 && remover != 0)
            {
                setEnabled = (delegate* unmanaged<byte, void>)enable;
                add = (delegate* unmanaged<nint, void>)adder;
                remove = (delegate* unmanaged<nint, void>)remover;
            }

            lookedUp = final;
        }

        return add != null;
    }
}
