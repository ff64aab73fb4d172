#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A single-input function with its derivative, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of one input.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F(x)</c>.</returns>
    T Value(T x);

    /// <summary>The function's derivative: the generated <c>FDerivative</c>.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F'(x)</c>.</returns>
    T Derivative(T x);

    /// <summary>The function in every lane: the generated vector body (both sides of every branch computed, blended per lane).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <returns><c>F</c> of every lane.</returns>
    static abstract V Value<V>(V x)
        where V : struct, IVector<V, T>;

    /// <summary>The derivative in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The inputs, one per lane.</param>
    /// <returns><c>F'</c> of every lane.</returns>
    static abstract V Derivative<V>(V x)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 2 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 2 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction2<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T) Backward(T x0, T x1, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V) Backward<V>(V x0, V x1, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 3 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 3 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction3<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T) Backward(T x0, T x1, T x2, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V) Backward<V>(V x0, V x1, V x2, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 4 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 4 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction4<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T) Backward(T x0, T x1, T x2, T x3, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 5 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 5 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction5<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 6 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 6 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction6<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 7 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 7 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction7<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 8 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 8 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction8<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T dy);

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 9 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 9 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction9<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 10 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 10 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction10<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 11 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 11 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction11<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 12 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 12 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction12<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 13 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 13 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction13<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 14 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 14 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction14<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 15 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 15 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction15<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V dy)
        where V : struct, IVector<V, T>;
}

/// <summary>
/// A function of 16 inputs with its backward pass, as one scalar and one vector body each: what <see cref="Elementwise{T}"/> applies to spans. DiffGen generates an implementing struct
/// (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method of 16 inputs.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IVectorFunction16<T>
    where T : unmanaged
{
    /// <summary>The function's value: the method itself.</summary>
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
    /// <returns><c>F</c> of the inputs.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T x15);

    /// <summary>The backward pass: <paramref name="dy"/> times each partial derivative, in parameter order.</summary>
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
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) Backward(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T x15, T dy);

    /// <summary>The function in every lane.</summary>
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
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V x15)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane.</summary>
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
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <returns>The gradients with respect to the inputs, lane by lane.</returns>
    static abstract (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V x15, V dy)
        where V : struct, IVector<V, T>;
}
#endif
