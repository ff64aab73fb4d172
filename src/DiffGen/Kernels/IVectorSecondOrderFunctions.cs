#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A function of 2 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 2 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction2<T> : IVectorFunction2<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T) HessianVectorProduct(T x0, T x1, T v0, T v1);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T) BackwardBackward(T x0, T x1, T dy, T dd0, T dd1);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V) HessianVectorProduct<V>(V x0, V x1, V v0, V v1)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V) BackwardBackward<V>(V x0, V x1, V dy, V dd0, V dd1)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 3 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 3 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction3<T> : IVectorFunction3<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T) HessianVectorProduct(T x0, T x1, T x2, T v0, T v1, T v2);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T) BackwardBackward(T x0, T x1, T x2, T dy, T dd0, T dd1, T dd2);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V v0, V v1, V v2)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V dy, V dd0, V dd1, V dd2)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 4 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 4 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction4<T> : IVectorFunction4<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T v0, T v1, T v2, T v3);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T dy, T dd0, T dd1, T dd2, T dd3);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V v0, V v1, V v2, V v3)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V dy, V dd0, V dd1, V dd2, V dd3)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 5 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 5 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction5<T> : IVectorFunction5<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T v0, T v1, T v2, T v3, T v4);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T dy, T dd0, T dd1, T dd2, T dd3, T dd4);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V v0, V v1, V v2, V v3, V v4)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V dy, V dd0, V dd1, V dd2, V dd3, V dd4)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 6 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 6 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction6<T> : IVectorFunction6<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T v0, T v1, T v2, T v3, T v4, T v5);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V v0, V v1, V v2, V v3, V v4, V v5)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 7 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 7 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction7<T> : IVectorFunction7<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T v0, T v1, T v2, T v3, T v4, T v5, T v6);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V v0, V v1, V v2, V v3, V v4, V v5, V v6)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 8 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 8 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction8<T> : IVectorFunction8<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 9 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 9 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction9<T> : IVectorFunction9<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 10 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 10 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction10<T> : IVectorFunction10<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 11 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 11 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction11<T> : IVectorFunction11<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <param name="v10">The direction's component along input 11.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9, T v10);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9, T dd10);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <param name="v10">The direction's component along input 11, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9, V v10)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9, V dd10)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 12 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 12 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction12<T> : IVectorFunction12<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <param name="v10">The direction's component along input 11.</param>
    /// <param name="v11">The direction's component along input 12.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9, T v10, T v11);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9, T dd10, T dd11);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <param name="v10">The direction's component along input 11, one per lane.</param>
    /// <param name="v11">The direction's component along input 12, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9, V v10, V v11)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11, one per lane.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9, V dd10, V dd11)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 13 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 13 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction13<T> : IVectorFunction13<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <param name="v10">The direction's component along input 11.</param>
    /// <param name="v11">The direction's component along input 12.</param>
    /// <param name="v12">The direction's component along input 13.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9, T v10, T v11, T v12);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9, T dd10, T dd11, T dd12);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <param name="v10">The direction's component along input 11, one per lane.</param>
    /// <param name="v11">The direction's component along input 12, one per lane.</param>
    /// <param name="v12">The direction's component along input 13, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9, V v10, V v11, V v12)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11, one per lane.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12, one per lane.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9, V dd10, V dd11, V dd12)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 14 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 14 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction14<T> : IVectorFunction14<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="x13">Input 14.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <param name="v10">The direction's component along input 11.</param>
    /// <param name="v11">The direction's component along input 12.</param>
    /// <param name="v12">The direction's component along input 13.</param>
    /// <param name="v13">The direction's component along input 14.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9, T v10, T v11, T v12, T v13);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="x13">Input 14.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13.</param>
    /// <param name="dd13">The gradient with respect to the first backward pass's result for input 14.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9, T dd10, T dd11, T dd12, T dd13);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="x13">Input 14, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <param name="v10">The direction's component along input 11, one per lane.</param>
    /// <param name="v11">The direction's component along input 12, one per lane.</param>
    /// <param name="v12">The direction's component along input 13, one per lane.</param>
    /// <param name="v13">The direction's component along input 14, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9, V v10, V v11, V v12, V v13)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="x13">Input 14, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11, one per lane.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12, one per lane.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13, one per lane.</param>
    /// <param name="dd13">The gradient with respect to the first backward pass's result for input 14, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9, V dd10, V dd11, V dd12, V dd13)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 15 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 15 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction15<T> : IVectorFunction15<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="x13">Input 14.</param>
    /// <param name="x14">Input 15.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <param name="v10">The direction's component along input 11.</param>
    /// <param name="v11">The direction's component along input 12.</param>
    /// <param name="v12">The direction's component along input 13.</param>
    /// <param name="v13">The direction's component along input 14.</param>
    /// <param name="v14">The direction's component along input 15.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9, T v10, T v11, T v12, T v13, T v14);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="x13">Input 14.</param>
    /// <param name="x14">Input 15.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13.</param>
    /// <param name="dd13">The gradient with respect to the first backward pass's result for input 14.</param>
    /// <param name="dd14">The gradient with respect to the first backward pass's result for input 15.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9, T dd10, T dd11, T dd12, T dd13, T dd14);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="x13">Input 14, one per lane.</param>
    /// <param name="x14">Input 15, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <param name="v10">The direction's component along input 11, one per lane.</param>
    /// <param name="v11">The direction's component along input 12, one per lane.</param>
    /// <param name="v12">The direction's component along input 13, one per lane.</param>
    /// <param name="v13">The direction's component along input 14, one per lane.</param>
    /// <param name="v14">The direction's component along input 15, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9, V v10, V v11, V v12, V v13, V v14)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="x13">Input 14, one per lane.</param>
    /// <param name="x14">Input 15, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11, one per lane.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12, one per lane.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13, one per lane.</param>
    /// <param name="dd13">The gradient with respect to the first backward pass's result for input 14, one per lane.</param>
    /// <param name="dd14">The gradient with respect to the first backward pass's result for input 15, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9, V dd10, V dd11, V dd12, V dd13, V dd14)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 16 inputs with its backward pass, Hessian-vector product and double backward pass, as one scalar and one
/// vector body each: what the second-order drivers of <see cref="Elementwise{T}"/> apply to spans. The function struct
/// (<c>FKernel</c>) of a vectorizable <c>[Differentiable(Order = 2)]</c> method of 16 inputs implements it.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorSecondOrderFunction16<T> : IVectorFunction16<T>
    where T : unmanaged
{
    /// <summary>The Hessian times a direction: the generated <c>FHessianVectorProduct</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="x13">Input 14.</param>
    /// <param name="x14">Input 15.</param>
    /// <param name="x15">Input 16.</param>
    /// <param name="v0">The direction's component along input 1.</param>
    /// <param name="v1">The direction's component along input 2.</param>
    /// <param name="v2">The direction's component along input 3.</param>
    /// <param name="v3">The direction's component along input 4.</param>
    /// <param name="v4">The direction's component along input 5.</param>
    /// <param name="v5">The direction's component along input 6.</param>
    /// <param name="v6">The direction's component along input 7.</param>
    /// <param name="v7">The direction's component along input 8.</param>
    /// <param name="v8">The direction's component along input 9.</param>
    /// <param name="v9">The direction's component along input 10.</param>
    /// <param name="v10">The direction's component along input 11.</param>
    /// <param name="v11">The direction's component along input 12.</param>
    /// <param name="v12">The direction's component along input 13.</param>
    /// <param name="v13">The direction's component along input 14.</param>
    /// <param name="v14">The direction's component along input 15.</param>
    /// <param name="v15">The direction's component along input 16.</param>
    /// <returns>The product's entries, one per input.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) HessianVectorProduct(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T x15, T v0, T v1, T v2, T v3, T v4, T v5, T v6, T v7, T v8, T v9, T v10, T v11, T v12, T v13, T v14, T v15);

    /// <summary>The backward pass of <c>FBackward</c> given the gradients of its results: the generated <c>FBackwardBackward</c>.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="x9">Input 10.</param>
    /// <param name="x10">Input 11.</param>
    /// <param name="x11">Input 12.</param>
    /// <param name="x12">Input 13.</param>
    /// <param name="x13">Input 14.</param>
    /// <param name="x14">Input 15.</param>
    /// <param name="x15">Input 16.</param>
    /// <param name="dy">The seed of the first backward pass.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13.</param>
    /// <param name="dd13">The gradient with respect to the first backward pass's result for input 14.</param>
    /// <param name="dd14">The gradient with respect to the first backward pass's result for input 15.</param>
    /// <param name="dd15">The gradient with respect to the first backward pass's result for input 16.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) BackwardBackward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T x15, T dy, T dd0, T dd1, T dd2, T dd3, T dd4, T dd5, T dd6, T dd7, T dd8, T dd9, T dd10, T dd11, T dd12, T dd13, T dd14, T dd15);

    /// <summary>The Hessian-vector product in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="x13">Input 14, one per lane.</param>
    /// <param name="x14">Input 15, one per lane.</param>
    /// <param name="x15">Input 16, one per lane.</param>
    /// <param name="v0">The direction's component along input 1, one per lane.</param>
    /// <param name="v1">The direction's component along input 2, one per lane.</param>
    /// <param name="v2">The direction's component along input 3, one per lane.</param>
    /// <param name="v3">The direction's component along input 4, one per lane.</param>
    /// <param name="v4">The direction's component along input 5, one per lane.</param>
    /// <param name="v5">The direction's component along input 6, one per lane.</param>
    /// <param name="v6">The direction's component along input 7, one per lane.</param>
    /// <param name="v7">The direction's component along input 8, one per lane.</param>
    /// <param name="v8">The direction's component along input 9, one per lane.</param>
    /// <param name="v9">The direction's component along input 10, one per lane.</param>
    /// <param name="v10">The direction's component along input 11, one per lane.</param>
    /// <param name="v11">The direction's component along input 12, one per lane.</param>
    /// <param name="v12">The direction's component along input 13, one per lane.</param>
    /// <param name="v13">The direction's component along input 14, one per lane.</param>
    /// <param name="v14">The direction's component along input 15, one per lane.</param>
    /// <param name="v15">The direction's component along input 16, one per lane.</param>
    /// <returns>The product's entries, one per input.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) HessianVectorProduct<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V x15, V v0, V v1, V v2, V v3, V v4, V v5, V v6, V v7, V v8, V v9, V v10, V v11, V v12, V v13, V v14, V v15)
        where V : struct, IVector<V, T>;

    /// <summary>The double backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="x8">Input 9, one per lane.</param>
    /// <param name="x9">Input 10, one per lane.</param>
    /// <param name="x10">Input 11, one per lane.</param>
    /// <param name="x11">Input 12, one per lane.</param>
    /// <param name="x12">Input 13, one per lane.</param>
    /// <param name="x13">Input 14, one per lane.</param>
    /// <param name="x14">Input 15, one per lane.</param>
    /// <param name="x15">Input 16, one per lane.</param>
    /// <param name="dy">The seed of the first backward pass, one per lane.</param>
    /// <param name="dd0">The gradient with respect to the first backward pass's result for input 1, one per lane.</param>
    /// <param name="dd1">The gradient with respect to the first backward pass's result for input 2, one per lane.</param>
    /// <param name="dd2">The gradient with respect to the first backward pass's result for input 3, one per lane.</param>
    /// <param name="dd3">The gradient with respect to the first backward pass's result for input 4, one per lane.</param>
    /// <param name="dd4">The gradient with respect to the first backward pass's result for input 5, one per lane.</param>
    /// <param name="dd5">The gradient with respect to the first backward pass's result for input 6, one per lane.</param>
    /// <param name="dd6">The gradient with respect to the first backward pass's result for input 7, one per lane.</param>
    /// <param name="dd7">The gradient with respect to the first backward pass's result for input 8, one per lane.</param>
    /// <param name="dd8">The gradient with respect to the first backward pass's result for input 9, one per lane.</param>
    /// <param name="dd9">The gradient with respect to the first backward pass's result for input 10, one per lane.</param>
    /// <param name="dd10">The gradient with respect to the first backward pass's result for input 11, one per lane.</param>
    /// <param name="dd11">The gradient with respect to the first backward pass's result for input 12, one per lane.</param>
    /// <param name="dd12">The gradient with respect to the first backward pass's result for input 13, one per lane.</param>
    /// <param name="dd13">The gradient with respect to the first backward pass's result for input 14, one per lane.</param>
    /// <param name="dd14">The gradient with respect to the first backward pass's result for input 15, one per lane.</param>
    /// <param name="dd15">The gradient with respect to the first backward pass's result for input 16, one per lane.</param>
    /// <returns><c>dy · H·dd</c> (one per input), then <c>∇F·dd</c> (the gradient with respect to <paramref name="dy"/>).</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) BackwardBackward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V x15, V dy, V dd0, V dd1, V dd2, V dd3, V dd4, V dd5, V dd6, V dd7, V dd8, V dd9, V dd10, V dd11, V dd12, V dd13, V dd14, V dd15)
        where V : struct, IVector<V, T>;
}
#endif
