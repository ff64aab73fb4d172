#if NET10_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

/// <summary>The second- and third-order drivers (<c>[Differentiable(Order = 2)]</c> and 3), single input.</summary>
public static partial class Elementwise<T>
{
    /// <summary>Second-derivative kernel: <c>d2[i] = F''(x[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs.</param>
    /// <param name="d2">Receives the second derivatives; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="d2Name">How the caller spells <paramref name="d2"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void SecondDerivative<TFunction>(ReadOnlySpan<T> x, Span<T> d2,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(d2))] string? d2Name = null)
        where TFunction : struct, IVectorSecondOrderFunction<T>
    {
        Require(d2.Length, d2Name, nameof(d2), x.Length, xName, nameof(x));
        int i = Vec512<T>.IsHardwareAccelerated ? SecondVectors<TFunction, Vec512<T>>(x, d2)
            : Vec256<T>.IsHardwareAccelerated ? SecondVectors<TFunction, Vec256<T>>(x, d2)
            : Vec128<T>.IsHardwareAccelerated ? SecondVectors<TFunction, Vec128<T>>(x, d2)
            : 0;
        for (; i < x.Length; i++)
        {
            d2[i] = default(TFunction).SecondDerivative(x[i]);
        }
    }

    // NoInlining like every vector loop of Elementwise: a compilation of its own, so the vector body inlines into it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SecondVectors<TFunction, V>(ReadOnlySpan<T> x, Span<T> d2)
        where TFunction : struct, IVectorSecondOrderFunction<T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T d2Ref = ref MemoryMarshal.GetReference(d2);
        int i = 0;
        for (; i <= x.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.SecondDerivative(V.Load(ref xRef, (nuint)i)), ref d2Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Third-derivative kernel: <c>d3[i] = F'''(x[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs.</param>
    /// <param name="d3">Receives the third derivatives; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="d3Name">How the caller spells <paramref name="d3"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void ThirdDerivative<TFunction>(ReadOnlySpan<T> x, Span<T> d3,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(d3))] string? d3Name = null)
        where TFunction : struct, IVectorThirdOrderFunction<T>
    {
        Require(d3.Length, d3Name, nameof(d3), x.Length, xName, nameof(x));
        int i = Vec512<T>.IsHardwareAccelerated ? ThirdVectors<TFunction, Vec512<T>>(x, d3)
            : Vec256<T>.IsHardwareAccelerated ? ThirdVectors<TFunction, Vec256<T>>(x, d3)
            : Vec128<T>.IsHardwareAccelerated ? ThirdVectors<TFunction, Vec128<T>>(x, d3)
            : 0;
        for (; i < x.Length; i++)
        {
            d3[i] = default(TFunction).ThirdDerivative(x[i]);
        }
    }

    // NoInlining like every vector loop of Elementwise: a compilation of its own, so the vector body inlines into it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ThirdVectors<TFunction, V>(ReadOnlySpan<T> x, Span<T> d3)
        where TFunction : struct, IVectorThirdOrderFunction<T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T d3Ref = ref MemoryMarshal.GetReference(d3);
        int i = 0;
        for (; i <= x.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.ThirdDerivative(V.Load(ref xRef, (nuint)i)), ref d3Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>
    /// Double backward kernel: <c>(dx[i], ddy[i]) = (ddx[i] · dy[i] · F''(x[i]), ddx[i] · F'(x[i]))</c>, the backward pass
    /// of the backward kernel given the gradient <paramref name="ddx"/> of its result. It is the backward pass of the
    /// two-input function <c>g(x, dy) = dy · F'(x)</c>, so it runs on the two-input driver.
    /// </summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs of the forward pass.</param>
    /// <param name="dy">The seeds of the first backward pass.</param>
    /// <param name="ddx">The gradients with respect to the first backward pass's results.</param>
    /// <param name="dx">Receives the gradients with respect to <paramref name="x"/>; may be the same memory as an input.</param>
    /// <param name="ddy">Receives the gradients with respect to <paramref name="dy"/>; may be the same memory as an input.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/> (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/> (filled in by the compiler).</param>
    /// <param name="ddxName">How the caller spells <paramref name="ddx"/> (filled in by the compiler).</param>
    /// <param name="dxName">How the caller spells <paramref name="dx"/> (filled in by the compiler).</param>
    /// <param name="ddyName">How the caller spells <paramref name="ddy"/> (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void BackwardBackward<TFunction>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, ReadOnlySpan<T> ddx, Span<T> dx, Span<T> ddy,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(ddx))] string? ddxName = null,
        [CallerArgumentExpression(nameof(dx))] string? dxName = null,
        [CallerArgumentExpression(nameof(ddy))] string? ddyName = null)
        where TFunction : struct, IVectorSecondOrderFunction<T> =>
        Backward<BackwardOf<TFunction>>(x, dy, ddx, dx, ddy,
            xName ?? nameof(x), dyName ?? nameof(dy), ddxName ?? nameof(ddx), dxName ?? nameof(dx), ddyName ?? nameof(ddy));

    /// <summary><c>g(x, dy) = dy · F'(x)</c>, whose backward pass is <typeparamref name="TFunction"/>'s double backward.</summary>
    private readonly struct BackwardOf<TFunction> : IVectorFunction2<T>
        where TFunction : struct, IVectorSecondOrderFunction<T>
    {
        public T Value(T x, T dy) => dy * default(TFunction).Derivative(x);

        public (T, T) Backward(T x, T dy, T ddx) => default(TFunction).BackwardBackward(x, dy, ddx);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static V Value<V>(V x, V dy)
            where V : struct, IVector<V, T> => dy * TFunction.Derivative(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (V, V) Backward<V>(V x, V dy, V ddx)
            where V : struct, IVector<V, T> => TFunction.BackwardBackward(x, dy, ddx);
    }
}
#endif
