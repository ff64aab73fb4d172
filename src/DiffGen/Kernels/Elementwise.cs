#if NET10_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DiffGen;

/// <summary>
/// The span kernels' loops, written once for every generated function: each driver checks the spans' lengths, runs
/// the function's vector body on the widest hardware-accelerated width (<see cref="Vec512{T}"/>,
/// <see cref="Vec256{T}"/> or <see cref="Vec128{T}"/>), then its scalar body on the last few elements. The function is
/// a struct type argument, so the JIT compiles one specialized copy of the driver per function, with direct (usually
/// inlined) calls and no delegate or virtual call. Each loop reads every input and writes every output at the same
/// index, so outputs may be the very memory of inputs (in place).
/// </summary>
/// <remarks>
/// One overload per number of inputs (1 to 8, the most a <c>[Differentiable]</c> method takes): raising the limit is
/// adding the next overloads and <c>IVectorFunctionN</c> interfaces in the same shape; a broadcast (scalar) parameter
/// would be a further overload whose backward pass accumulates that parameter's gradient in vector registers and
/// returns it. Generated span kernels call these; other code can too, with a generated <c>FKernel</c> struct as the
/// function. The <c>…Name</c> parameters are for the compiler to fill in.
/// </remarks>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public static partial class Elementwise<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Forward kernel: <c>y[i] = F(x[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x, Span<T> y,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction<T>
    {
        Require(y.Length, yName, nameof(y), x.Length, xName, nameof(x));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x, y)
            : 0;
        for (; i < x.Length; i++)
        {
            y[i] = default(TFunction).Value(x[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x, Span<T> y)
        where TFunction : struct, IVectorFunction<T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref xRef, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dx[i] = dy[i] · F'(x[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x">The inputs of the forward pass.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx">Receives the gradients with respect to the inputs; may be the same memory as an input.</param>
    /// <param name="xName">How the caller spells <paramref name="x"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dxName">How the caller spells <paramref name="dx"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx,
        [CallerArgumentExpression(nameof(x))] string? xName = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx))] string? dxName = null)
        where TFunction : struct, IVectorFunction<T>
    {
        Require(dy.Length, dyName, nameof(dy), x.Length, xName, nameof(x));
        Require(dx.Length, dxName, nameof(dx), x.Length, xName, nameof(x));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x, dy, dx)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x, dy, dx)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x, dy, dx)
            : 0;
        for (; i < x.Length; i++)
        {
            dx[i] = dy[i] * default(TFunction).Derivative(x[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx)
        where TFunction : struct, IVectorFunction<T>
        where V : struct, IVector<V, T>
    {
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dxRef = ref MemoryMarshal.GetReference(dx);
        int i = 0;
        for (; i <= x.Length - V.Count; i += V.Count)
        {
            V derivative = TFunction.Derivative(V.Load(ref xRef, (nuint)i));
            V.Store(V.Load(ref dyRef, (nuint)i) * derivative, ref dxRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction2<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, Span<T> y)
        where TFunction : struct, IVectorFunction2<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null)
        where TFunction : struct, IVectorFunction2<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, dy, dx0, dx1)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, dy, dx0, dx1)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, dy, dx0, dx1)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i]) = default(TFunction).Backward(x0[i], x1[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1)
        where TFunction : struct, IVectorFunction2<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i], x2[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction3<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, x2, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, x2, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, x2, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i], x2[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, Span<T> y)
        where TFunction : struct, IVectorFunction3<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="dx2">Receives the gradients with respect to input 3; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx2Name">How the caller spells <paramref name="dx2"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null,
        [CallerArgumentExpression(nameof(dx2))] string? dx2Name = null)
        where TFunction : struct, IVectorFunction3<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        Require(dx2.Length, dx2Name, nameof(dx2), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, x2, dy, dx0, dx1, dx2)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, x2, dy, dx0, dx1, dx2)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, x2, dy, dx0, dx1, dx2)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i], dx2[i]) = default(TFunction).Backward(x0[i], x1[i], x2[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2)
        where TFunction : struct, IVectorFunction3<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        ref T dx2Ref = ref MemoryMarshal.GetReference(dx2);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1, V g2) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
            V.Store(g2, ref dx2Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i], x2[i], x3[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction4<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i], x2[i], x3[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, Span<T> y)
        where TFunction : struct, IVectorFunction4<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="dx2">Receives the gradients with respect to input 3; may be the same memory as an input.</param>
    /// <param name="dx3">Receives the gradients with respect to input 4; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx2Name">How the caller spells <paramref name="dx2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx3Name">How the caller spells <paramref name="dx3"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null,
        [CallerArgumentExpression(nameof(dx2))] string? dx2Name = null,
        [CallerArgumentExpression(nameof(dx3))] string? dx3Name = null)
        where TFunction : struct, IVectorFunction4<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        Require(dx2.Length, dx2Name, nameof(dx2), x0.Length, x0Name, nameof(x0));
        Require(dx3.Length, dx3Name, nameof(dx3), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, dy, dx0, dx1, dx2, dx3)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, dy, dx0, dx1, dx2, dx3)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, dy, dx0, dx1, dx2, dx3)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i], dx2[i], dx3[i]) = default(TFunction).Backward(x0[i], x1[i], x2[i], x3[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3)
        where TFunction : struct, IVectorFunction4<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        ref T dx2Ref = ref MemoryMarshal.GetReference(dx2);
        ref T dx3Ref = ref MemoryMarshal.GetReference(dx3);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1, V g2, V g3) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
            V.Store(g2, ref dx2Ref, (nuint)i);
            V.Store(g3, ref dx3Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i], x2[i], x3[i], x4[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction5<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i], x2[i], x3[i], x4[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, Span<T> y)
        where TFunction : struct, IVectorFunction5<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="dx2">Receives the gradients with respect to input 3; may be the same memory as an input.</param>
    /// <param name="dx3">Receives the gradients with respect to input 4; may be the same memory as an input.</param>
    /// <param name="dx4">Receives the gradients with respect to input 5; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx2Name">How the caller spells <paramref name="dx2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx3Name">How the caller spells <paramref name="dx3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx4Name">How the caller spells <paramref name="dx4"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null,
        [CallerArgumentExpression(nameof(dx2))] string? dx2Name = null,
        [CallerArgumentExpression(nameof(dx3))] string? dx3Name = null,
        [CallerArgumentExpression(nameof(dx4))] string? dx4Name = null)
        where TFunction : struct, IVectorFunction5<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        Require(dx2.Length, dx2Name, nameof(dx2), x0.Length, x0Name, nameof(x0));
        Require(dx3.Length, dx3Name, nameof(dx3), x0.Length, x0Name, nameof(x0));
        Require(dx4.Length, dx4Name, nameof(dx4), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, dy, dx0, dx1, dx2, dx3, dx4)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, dy, dx0, dx1, dx2, dx3, dx4)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, dy, dx0, dx1, dx2, dx3, dx4)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i], dx2[i], dx3[i], dx4[i]) = default(TFunction).Backward(x0[i], x1[i], x2[i], x3[i], x4[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4)
        where TFunction : struct, IVectorFunction5<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        ref T dx2Ref = ref MemoryMarshal.GetReference(dx2);
        ref T dx3Ref = ref MemoryMarshal.GetReference(dx3);
        ref T dx4Ref = ref MemoryMarshal.GetReference(dx4);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1, V g2, V g3, V g4) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
            V.Store(g2, ref dx2Ref, (nuint)i);
            V.Store(g3, ref dx3Ref, (nuint)i);
            V.Store(g4, ref dx4Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x5Name">How the caller spells <paramref name="x5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(x5))] string? x5Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction6<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(x5.Length, x5Name, nameof(x5), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, x5, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, x5, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, x5, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, Span<T> y)
        where TFunction : struct, IVectorFunction6<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T x5Ref = ref MemoryMarshal.GetReference(x5);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref x5Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="dx2">Receives the gradients with respect to input 3; may be the same memory as an input.</param>
    /// <param name="dx3">Receives the gradients with respect to input 4; may be the same memory as an input.</param>
    /// <param name="dx4">Receives the gradients with respect to input 5; may be the same memory as an input.</param>
    /// <param name="dx5">Receives the gradients with respect to input 6; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x5Name">How the caller spells <paramref name="x5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx2Name">How the caller spells <paramref name="dx2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx3Name">How the caller spells <paramref name="dx3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx4Name">How the caller spells <paramref name="dx4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx5Name">How the caller spells <paramref name="dx5"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4, Span<T> dx5,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(x5))] string? x5Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null,
        [CallerArgumentExpression(nameof(dx2))] string? dx2Name = null,
        [CallerArgumentExpression(nameof(dx3))] string? dx3Name = null,
        [CallerArgumentExpression(nameof(dx4))] string? dx4Name = null,
        [CallerArgumentExpression(nameof(dx5))] string? dx5Name = null)
        where TFunction : struct, IVectorFunction6<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(x5.Length, x5Name, nameof(x5), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        Require(dx2.Length, dx2Name, nameof(dx2), x0.Length, x0Name, nameof(x0));
        Require(dx3.Length, dx3Name, nameof(dx3), x0.Length, x0Name, nameof(x0));
        Require(dx4.Length, dx4Name, nameof(dx4), x0.Length, x0Name, nameof(x0));
        Require(dx5.Length, dx5Name, nameof(dx5), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, x5, dy, dx0, dx1, dx2, dx3, dx4, dx5)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, x5, dy, dx0, dx1, dx2, dx3, dx4, dx5)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, x5, dy, dx0, dx1, dx2, dx3, dx4, dx5)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i], dx2[i], dx3[i], dx4[i], dx5[i]) = default(TFunction).Backward(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4, Span<T> dx5)
        where TFunction : struct, IVectorFunction6<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T x5Ref = ref MemoryMarshal.GetReference(x5);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        ref T dx2Ref = ref MemoryMarshal.GetReference(dx2);
        ref T dx3Ref = ref MemoryMarshal.GetReference(dx3);
        ref T dx4Ref = ref MemoryMarshal.GetReference(dx4);
        ref T dx5Ref = ref MemoryMarshal.GetReference(dx5);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1, V g2, V g3, V g4, V g5) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref x5Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
            V.Store(g2, ref dx2Ref, (nuint)i);
            V.Store(g3, ref dx3Ref, (nuint)i);
            V.Store(g4, ref dx4Ref, (nuint)i);
            V.Store(g5, ref dx5Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], x6[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x5Name">How the caller spells <paramref name="x5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x6Name">How the caller spells <paramref name="x6"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(x5))] string? x5Name = null,
        [CallerArgumentExpression(nameof(x6))] string? x6Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction7<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(x5.Length, x5Name, nameof(x5), x0.Length, x0Name, nameof(x0));
        Require(x6.Length, x6Name, nameof(x6), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, x5, x6, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, x5, x6, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, x5, x6, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], x6[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, Span<T> y)
        where TFunction : struct, IVectorFunction7<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T x5Ref = ref MemoryMarshal.GetReference(x5);
        ref T x6Ref = ref MemoryMarshal.GetReference(x6);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref x5Ref, (nuint)i), V.Load(ref x6Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="dx2">Receives the gradients with respect to input 3; may be the same memory as an input.</param>
    /// <param name="dx3">Receives the gradients with respect to input 4; may be the same memory as an input.</param>
    /// <param name="dx4">Receives the gradients with respect to input 5; may be the same memory as an input.</param>
    /// <param name="dx5">Receives the gradients with respect to input 6; may be the same memory as an input.</param>
    /// <param name="dx6">Receives the gradients with respect to input 7; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x5Name">How the caller spells <paramref name="x5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x6Name">How the caller spells <paramref name="x6"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx2Name">How the caller spells <paramref name="dx2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx3Name">How the caller spells <paramref name="dx3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx4Name">How the caller spells <paramref name="dx4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx5Name">How the caller spells <paramref name="dx5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx6Name">How the caller spells <paramref name="dx6"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4, Span<T> dx5, Span<T> dx6,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(x5))] string? x5Name = null,
        [CallerArgumentExpression(nameof(x6))] string? x6Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null,
        [CallerArgumentExpression(nameof(dx2))] string? dx2Name = null,
        [CallerArgumentExpression(nameof(dx3))] string? dx3Name = null,
        [CallerArgumentExpression(nameof(dx4))] string? dx4Name = null,
        [CallerArgumentExpression(nameof(dx5))] string? dx5Name = null,
        [CallerArgumentExpression(nameof(dx6))] string? dx6Name = null)
        where TFunction : struct, IVectorFunction7<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(x5.Length, x5Name, nameof(x5), x0.Length, x0Name, nameof(x0));
        Require(x6.Length, x6Name, nameof(x6), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        Require(dx2.Length, dx2Name, nameof(dx2), x0.Length, x0Name, nameof(x0));
        Require(dx3.Length, dx3Name, nameof(dx3), x0.Length, x0Name, nameof(x0));
        Require(dx4.Length, dx4Name, nameof(dx4), x0.Length, x0Name, nameof(x0));
        Require(dx5.Length, dx5Name, nameof(dx5), x0.Length, x0Name, nameof(x0));
        Require(dx6.Length, dx6Name, nameof(dx6), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, x5, x6, dy, dx0, dx1, dx2, dx3, dx4, dx5, dx6)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, x5, x6, dy, dx0, dx1, dx2, dx3, dx4, dx5, dx6)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, x5, x6, dy, dx0, dx1, dx2, dx3, dx4, dx5, dx6)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i], dx2[i], dx3[i], dx4[i], dx5[i], dx6[i]) = default(TFunction).Backward(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], x6[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4, Span<T> dx5, Span<T> dx6)
        where TFunction : struct, IVectorFunction7<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T x5Ref = ref MemoryMarshal.GetReference(x5);
        ref T x6Ref = ref MemoryMarshal.GetReference(x6);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        ref T dx2Ref = ref MemoryMarshal.GetReference(dx2);
        ref T dx3Ref = ref MemoryMarshal.GetReference(dx3);
        ref T dx4Ref = ref MemoryMarshal.GetReference(dx4);
        ref T dx5Ref = ref MemoryMarshal.GetReference(dx5);
        ref T dx6Ref = ref MemoryMarshal.GetReference(dx6);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1, V g2, V g3, V g4, V g5, V g6) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref x5Ref, (nuint)i), V.Load(ref x6Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
            V.Store(g2, ref dx2Ref, (nuint)i);
            V.Store(g3, ref dx3Ref, (nuint)i);
            V.Store(g4, ref dx4Ref, (nuint)i);
            V.Store(g5, ref dx5Ref, (nuint)i);
            V.Store(g6, ref dx6Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Forward kernel: <c>y[i] = F(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], x6[i], x7[i])</c> for every element, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="y">Receives the outputs; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x5Name">How the caller spells <paramref name="x5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x6Name">How the caller spells <paramref name="x6"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x7Name">How the caller spells <paramref name="x7"/>, for the exception (filled in by the compiler).</param>
    /// <param name="yName">How the caller spells <paramref name="y"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Forward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, ReadOnlySpan<T> x7, Span<T> y,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(x5))] string? x5Name = null,
        [CallerArgumentExpression(nameof(x6))] string? x6Name = null,
        [CallerArgumentExpression(nameof(x7))] string? x7Name = null,
        [CallerArgumentExpression(nameof(y))] string? yName = null)
        where TFunction : struct, IVectorFunction8<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(x5.Length, x5Name, nameof(x5), x0.Length, x0Name, nameof(x0));
        Require(x6.Length, x6Name, nameof(x6), x0.Length, x0Name, nameof(x0));
        Require(x7.Length, x7Name, nameof(x7), x0.Length, x0Name, nameof(x0));
        Require(y.Length, yName, nameof(y), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, x5, x6, x7, y)
            : Vec256<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, x5, x6, x7, y)
            : Vec128<T>.IsHardwareAccelerated ? ForwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, x5, x6, x7, y)
            : 0;
        for (; i < x0.Length; i++)
        {
            y[i] = default(TFunction).Value(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], x6[i], x7[i]);
        }
    }

    private static int ForwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, ReadOnlySpan<T> x7, Span<T> y)
        where TFunction : struct, IVectorFunction8<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T x5Ref = ref MemoryMarshal.GetReference(x5);
        ref T x6Ref = ref MemoryMarshal.GetReference(x6);
        ref T x7Ref = ref MemoryMarshal.GetReference(x7);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            V.Store(TFunction.Value(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref x5Ref, (nuint)i), V.Load(ref x6Ref, (nuint)i), V.Load(ref x7Ref, (nuint)i)), ref yRef, (nuint)i);
        }

        return i;
    }

    /// <summary>Backward kernel: <c>dy[i]</c> times each partial derivative at element <c>i</c>, on the widest accelerated vectors, then one element at a time.</summary>
    /// <typeparam name="TFunction">The generated function struct; the JIT compiles a copy of this driver for it.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="dy">The gradients with respect to the outputs.</param>
    /// <param name="dx0">Receives the gradients with respect to input 1; may be the same memory as an input.</param>
    /// <param name="dx1">Receives the gradients with respect to input 2; may be the same memory as an input.</param>
    /// <param name="dx2">Receives the gradients with respect to input 3; may be the same memory as an input.</param>
    /// <param name="dx3">Receives the gradients with respect to input 4; may be the same memory as an input.</param>
    /// <param name="dx4">Receives the gradients with respect to input 5; may be the same memory as an input.</param>
    /// <param name="dx5">Receives the gradients with respect to input 6; may be the same memory as an input.</param>
    /// <param name="dx6">Receives the gradients with respect to input 7; may be the same memory as an input.</param>
    /// <param name="dx7">Receives the gradients with respect to input 8; may be the same memory as an input.</param>
    /// <param name="x0Name">How the caller spells <paramref name="x0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x1Name">How the caller spells <paramref name="x1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x2Name">How the caller spells <paramref name="x2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x3Name">How the caller spells <paramref name="x3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x4Name">How the caller spells <paramref name="x4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x5Name">How the caller spells <paramref name="x5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x6Name">How the caller spells <paramref name="x6"/>, for the exception (filled in by the compiler).</param>
    /// <param name="x7Name">How the caller spells <paramref name="x7"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dyName">How the caller spells <paramref name="dy"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx0Name">How the caller spells <paramref name="dx0"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx1Name">How the caller spells <paramref name="dx1"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx2Name">How the caller spells <paramref name="dx2"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx3Name">How the caller spells <paramref name="dx3"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx4Name">How the caller spells <paramref name="dx4"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx5Name">How the caller spells <paramref name="dx5"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx6Name">How the caller spells <paramref name="dx6"/>, for the exception (filled in by the compiler).</param>
    /// <param name="dx7Name">How the caller spells <paramref name="dx7"/>, for the exception (filled in by the compiler).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Backward<TFunction>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, ReadOnlySpan<T> x7, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4, Span<T> dx5, Span<T> dx6, Span<T> dx7,
        [CallerArgumentExpression(nameof(x0))] string? x0Name = null,
        [CallerArgumentExpression(nameof(x1))] string? x1Name = null,
        [CallerArgumentExpression(nameof(x2))] string? x2Name = null,
        [CallerArgumentExpression(nameof(x3))] string? x3Name = null,
        [CallerArgumentExpression(nameof(x4))] string? x4Name = null,
        [CallerArgumentExpression(nameof(x5))] string? x5Name = null,
        [CallerArgumentExpression(nameof(x6))] string? x6Name = null,
        [CallerArgumentExpression(nameof(x7))] string? x7Name = null,
        [CallerArgumentExpression(nameof(dy))] string? dyName = null,
        [CallerArgumentExpression(nameof(dx0))] string? dx0Name = null,
        [CallerArgumentExpression(nameof(dx1))] string? dx1Name = null,
        [CallerArgumentExpression(nameof(dx2))] string? dx2Name = null,
        [CallerArgumentExpression(nameof(dx3))] string? dx3Name = null,
        [CallerArgumentExpression(nameof(dx4))] string? dx4Name = null,
        [CallerArgumentExpression(nameof(dx5))] string? dx5Name = null,
        [CallerArgumentExpression(nameof(dx6))] string? dx6Name = null,
        [CallerArgumentExpression(nameof(dx7))] string? dx7Name = null)
        where TFunction : struct, IVectorFunction8<T>
    {
        Require(x1.Length, x1Name, nameof(x1), x0.Length, x0Name, nameof(x0));
        Require(x2.Length, x2Name, nameof(x2), x0.Length, x0Name, nameof(x0));
        Require(x3.Length, x3Name, nameof(x3), x0.Length, x0Name, nameof(x0));
        Require(x4.Length, x4Name, nameof(x4), x0.Length, x0Name, nameof(x0));
        Require(x5.Length, x5Name, nameof(x5), x0.Length, x0Name, nameof(x0));
        Require(x6.Length, x6Name, nameof(x6), x0.Length, x0Name, nameof(x0));
        Require(x7.Length, x7Name, nameof(x7), x0.Length, x0Name, nameof(x0));
        Require(dy.Length, dyName, nameof(dy), x0.Length, x0Name, nameof(x0));
        Require(dx0.Length, dx0Name, nameof(dx0), x0.Length, x0Name, nameof(x0));
        Require(dx1.Length, dx1Name, nameof(dx1), x0.Length, x0Name, nameof(x0));
        Require(dx2.Length, dx2Name, nameof(dx2), x0.Length, x0Name, nameof(x0));
        Require(dx3.Length, dx3Name, nameof(dx3), x0.Length, x0Name, nameof(x0));
        Require(dx4.Length, dx4Name, nameof(dx4), x0.Length, x0Name, nameof(x0));
        Require(dx5.Length, dx5Name, nameof(dx5), x0.Length, x0Name, nameof(x0));
        Require(dx6.Length, dx6Name, nameof(dx6), x0.Length, x0Name, nameof(x0));
        Require(dx7.Length, dx7Name, nameof(dx7), x0.Length, x0Name, nameof(x0));
        int i = Vec512<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec512<T>>(x0, x1, x2, x3, x4, x5, x6, x7, dy, dx0, dx1, dx2, dx3, dx4, dx5, dx6, dx7)
            : Vec256<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec256<T>>(x0, x1, x2, x3, x4, x5, x6, x7, dy, dx0, dx1, dx2, dx3, dx4, dx5, dx6, dx7)
            : Vec128<T>.IsHardwareAccelerated ? BackwardVectors<TFunction, Vec128<T>>(x0, x1, x2, x3, x4, x5, x6, x7, dy, dx0, dx1, dx2, dx3, dx4, dx5, dx6, dx7)
            : 0;
        for (; i < x0.Length; i++)
        {
            (dx0[i], dx1[i], dx2[i], dx3[i], dx4[i], dx5[i], dx6[i], dx7[i]) = default(TFunction).Backward(x0[i], x1[i], x2[i], x3[i], x4[i], x5[i], x6[i], x7[i], dy[i]);
        }
    }

    private static int BackwardVectors<TFunction, V>(ReadOnlySpan<T> x0, ReadOnlySpan<T> x1, ReadOnlySpan<T> x2, ReadOnlySpan<T> x3, ReadOnlySpan<T> x4, ReadOnlySpan<T> x5, ReadOnlySpan<T> x6, ReadOnlySpan<T> x7, ReadOnlySpan<T> dy, Span<T> dx0, Span<T> dx1, Span<T> dx2, Span<T> dx3, Span<T> dx4, Span<T> dx5, Span<T> dx6, Span<T> dx7)
        where TFunction : struct, IVectorFunction8<T>
        where V : struct, IVector<V, T>
    {
        ref T x0Ref = ref MemoryMarshal.GetReference(x0);
        ref T x1Ref = ref MemoryMarshal.GetReference(x1);
        ref T x2Ref = ref MemoryMarshal.GetReference(x2);
        ref T x3Ref = ref MemoryMarshal.GetReference(x3);
        ref T x4Ref = ref MemoryMarshal.GetReference(x4);
        ref T x5Ref = ref MemoryMarshal.GetReference(x5);
        ref T x6Ref = ref MemoryMarshal.GetReference(x6);
        ref T x7Ref = ref MemoryMarshal.GetReference(x7);
        ref T dyRef = ref MemoryMarshal.GetReference(dy);
        ref T dx0Ref = ref MemoryMarshal.GetReference(dx0);
        ref T dx1Ref = ref MemoryMarshal.GetReference(dx1);
        ref T dx2Ref = ref MemoryMarshal.GetReference(dx2);
        ref T dx3Ref = ref MemoryMarshal.GetReference(dx3);
        ref T dx4Ref = ref MemoryMarshal.GetReference(dx4);
        ref T dx5Ref = ref MemoryMarshal.GetReference(dx5);
        ref T dx6Ref = ref MemoryMarshal.GetReference(dx6);
        ref T dx7Ref = ref MemoryMarshal.GetReference(dx7);
        int i = 0;
        for (; i <= x0.Length - V.Count; i += V.Count)
        {
            (V g0, V g1, V g2, V g3, V g4, V g5, V g6, V g7) = TFunction.Backward(V.Load(ref x0Ref, (nuint)i), V.Load(ref x1Ref, (nuint)i), V.Load(ref x2Ref, (nuint)i), V.Load(ref x3Ref, (nuint)i), V.Load(ref x4Ref, (nuint)i), V.Load(ref x5Ref, (nuint)i), V.Load(ref x6Ref, (nuint)i), V.Load(ref x7Ref, (nuint)i), V.Load(ref dyRef, (nuint)i));
            V.Store(g0, ref dx0Ref, (nuint)i);
            V.Store(g1, ref dx1Ref, (nuint)i);
            V.Store(g2, ref dx2Ref, (nuint)i);
            V.Store(g3, ref dx3Ref, (nuint)i);
            V.Store(g4, ref dx4Ref, (nuint)i);
            V.Store(g5, ref dx5Ref, (nuint)i);
            V.Store(g6, ref dx6Ref, (nuint)i);
            V.Store(g7, ref dx7Ref, (nuint)i);
        }

        return i;
    }

    /// <summary>Throws (naming the span as its caller spells it) unless the span is as long as the first.</summary>
    private static void Require(int length, string? expression, string fallback, int firstLength, string? firstExpression, string firstFallback)
    {
        if (length != firstLength)
        {
            SpanLengths.Require(length, Name(expression, fallback), firstLength, Name(firstExpression, firstFallback));
        }
    }

    private static string Name(string? expression, string fallback) => expression is null ? fallback : expression.TrimStart('@');
}
#endif
