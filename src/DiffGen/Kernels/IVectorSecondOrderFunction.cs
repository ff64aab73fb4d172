#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A single-input function with its first and second derivatives and its double backward pass, as one scalar and one
/// vector body each: what <see cref="Elementwise{T}.SecondDerivative{TFunction}"/> and
/// <see cref="Elementwise{T}.BackwardBackward{TFunction}(System.ReadOnlySpan{T}, System.ReadOnlySpan{T}, System.ReadOnlySpan{T}, System.Span{T}, System.Span{T}, string, string, string, string, string)"/> apply to spans. The function struct (<c>FKernel</c>) of a
/// vectorizable <c>[Differentiable(Order = 2)]</c> method of one input implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction<T> : IVectorFunction<T>
    where T : unmanaged
{
    /// <summary>The second derivative: the generated <c>FSecondDerivative</c>.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F''(x)</c>.</returns>
    T SecondDerivative(T x);

    /// <summary>
    /// The backward pass of <c>FBackward(x, dy) = dy · F'(x)</c> given the gradient <paramref name="ddx"/> of its
    /// result: the generated <c>FBackwardBackward</c>.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="ddx">The gradient with respect to the first backward pass's result.</param>
    /// <returns><c>(ddx · dy · F''(x), ddx · F'(x))</c>: the gradients with respect to <paramref name="x"/> and <paramref name="dy"/>.</returns>
    (T Dx, T Ddy) BackwardBackward(T x, T dy, T ddx);

    /// <summary>The second derivative in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <returns><c>F''</c> of every lane.</returns>
    static abstract V SecondDerivative<V>(V x)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <param name="dy">The seeds of the first backward pass.</param>
    /// <param name="ddx">The gradients with respect to the first backward pass's results.</param>
    /// <returns>The gradients with respect to <paramref name="x"/> and <paramref name="dy"/>, lane by lane.</returns>
    static abstract (V Dx, V Ddy) BackwardBackward<V>(V x, V dy, V ddx)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// <see cref="IVectorSecondOrderFunction{T}"/> with the third derivative: the function struct of a vectorizable
/// <c>[Differentiable(Order = 3)]</c> method implements it, for <see cref="Elementwise{T}.ThirdDerivative{TFunction}"/>.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorThirdOrderFunction<T> : IVectorSecondOrderFunction<T>
    where T : unmanaged
{
    /// <summary>The third derivative: the generated <c>FThirdDerivative</c>.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F'''(x)</c>.</returns>
    T ThirdDerivative(T x);

    /// <summary>The third derivative in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <returns><c>F'''</c> of every lane.</returns>
    static abstract V ThirdDerivative<V>(V x)
        where V : struct, IVector<V, T>;
}
#endif
