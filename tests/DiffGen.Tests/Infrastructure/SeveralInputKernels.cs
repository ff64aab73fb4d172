using System;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace DiffGen.Tests.Infrastructure;

/// <summary>Span kernel <c>FHessianVectorProduct</c> of 3 inputs: 6 input spans, 3 outputs.</summary>
internal delegate void SpanHessianVectorProduct3<T>(ReadOnlySpan<T> i0, ReadOnlySpan<T> i1, ReadOnlySpan<T> i2, ReadOnlySpan<T> i3, ReadOnlySpan<T> i4, ReadOnlySpan<T> i5, Span<T> o0, Span<T> o1, Span<T> o2);

/// <summary>Span kernel <c>FBackwardBackward</c> of 3 inputs: 7 input spans, 4 outputs.</summary>
internal delegate void SpanBackwardBackward3<T>(ReadOnlySpan<T> i0, ReadOnlySpan<T> i1, ReadOnlySpan<T> i2, ReadOnlySpan<T> i3, ReadOnlySpan<T> i4, ReadOnlySpan<T> i5, ReadOnlySpan<T> i6, Span<T> o0, Span<T> o1, Span<T> o2, Span<T> o3);

/// <summary>Span kernel <c>FHessianVectorProduct</c> of 8 inputs: 16 input spans, 8 outputs.</summary>
internal delegate void SpanHessianVectorProduct8<T>(ReadOnlySpan<T> i0, ReadOnlySpan<T> i1, ReadOnlySpan<T> i2, ReadOnlySpan<T> i3, ReadOnlySpan<T> i4, ReadOnlySpan<T> i5, ReadOnlySpan<T> i6, ReadOnlySpan<T> i7, ReadOnlySpan<T> i8, ReadOnlySpan<T> i9, ReadOnlySpan<T> i10, ReadOnlySpan<T> i11, ReadOnlySpan<T> i12, ReadOnlySpan<T> i13, ReadOnlySpan<T> i14, ReadOnlySpan<T> i15, Span<T> o0, Span<T> o1, Span<T> o2, Span<T> o3, Span<T> o4, Span<T> o5, Span<T> o6, Span<T> o7);

/// <summary>Span kernel <c>FBackwardBackward</c> of 8 inputs: 17 input spans, 9 outputs.</summary>
internal delegate void SpanBackwardBackward8<T>(ReadOnlySpan<T> i0, ReadOnlySpan<T> i1, ReadOnlySpan<T> i2, ReadOnlySpan<T> i3, ReadOnlySpan<T> i4, ReadOnlySpan<T> i5, ReadOnlySpan<T> i6, ReadOnlySpan<T> i7, ReadOnlySpan<T> i8, ReadOnlySpan<T> i9, ReadOnlySpan<T> i10, ReadOnlySpan<T> i11, ReadOnlySpan<T> i12, ReadOnlySpan<T> i13, ReadOnlySpan<T> i14, ReadOnlySpan<T> i15, ReadOnlySpan<T> i16, Span<T> o0, Span<T> o1, Span<T> o2, Span<T> o3, Span<T> o4, Span<T> o5, Span<T> o6, Span<T> o7, Span<T> o8);

/// <summary>
/// The span kernels of a several-input <c>Order = 2</c> method (arity 2, 3 or 8), called on array segments so that one
/// test can run them out of place, in place (an output segment over an input's memory) and on unaligned slices.
/// </summary>
internal static class SeveralInputKernels
{
    /// <summary>The arities with a kernel delegate type.</summary>
    public static readonly int[] Arities = [2, 3, 8];

    /// <summary><c>FHessianVectorProduct</c>'s span kernel: the points then the directions in, one product entry per input out.</summary>
    public static Action<ArraySegment<T>[], ArraySegment<T>[]> HessianVectorProduct<T>(MethodInfo f)
    {
        int n = f.GetParameters().Length;
        MethodInfo k = SecondOrderCatalog.Member(f, "HessianVectorProduct", Spans<T>(2 * n, n));
        switch (n)
        {
            case 2:
            {
                var d = (SpanHessianVectorProduct2<T>)k.CreateDelegate(typeof(SpanHessianVectorProduct2<T>));
                return (i, o) => d(i[0], i[1], i[2], i[3], o[0], o[1]);
            }

            case 3:
            {
                var d = (SpanHessianVectorProduct3<T>)k.CreateDelegate(typeof(SpanHessianVectorProduct3<T>));
                return (i, o) => d(i[0], i[1], i[2], i[3], i[4], i[5], o[0], o[1], o[2]);
            }

            case 8:
            {
                var d = (SpanHessianVectorProduct8<T>)k.CreateDelegate(typeof(SpanHessianVectorProduct8<T>));
                return (i, o) => d(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9], i[10], i[11], i[12], i[13], i[14], i[15], o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7]);
            }
            default:
                throw new XunitException($"no kernel delegate of arity {n}");
        }
    }

    /// <summary><c>FBackwardBackward</c>'s span kernel: the points, the seed and the incoming gradients in; one gradient per input and the seed's out.</summary>
    public static Action<ArraySegment<T>[], ArraySegment<T>[]> BackwardBackward<T>(MethodInfo f)
    {
        int n = f.GetParameters().Length;
        MethodInfo k = SecondOrderCatalog.Member(f, "BackwardBackward", Spans<T>(2 * n + 1, n + 1));
        switch (n)
        {
            case 2:
            {
                var d = (SpanBackwardBackward2<T>)k.CreateDelegate(typeof(SpanBackwardBackward2<T>));
                return (i, o) => d(i[0], i[1], i[2], i[3], i[4], o[0], o[1], o[2]);
            }

            case 3:
            {
                var d = (SpanBackwardBackward3<T>)k.CreateDelegate(typeof(SpanBackwardBackward3<T>));
                return (i, o) => d(i[0], i[1], i[2], i[3], i[4], i[5], i[6], o[0], o[1], o[2], o[3]);
            }

            case 8:
            {
                var d = (SpanBackwardBackward8<T>)k.CreateDelegate(typeof(SpanBackwardBackward8<T>));
                return (i, o) => d(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9], i[10], i[11], i[12], i[13], i[14], i[15], i[16], o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8]);
            }
            default:
                throw new XunitException($"no kernel delegate of arity {n}");
        }
    }

    private static Type[] Spans<T>(int inputs, int outputs) =>
        Enumerable.Repeat(typeof(ReadOnlySpan<T>), inputs).Concat(Enumerable.Repeat(typeof(Span<T>), outputs)).ToArray();
}
