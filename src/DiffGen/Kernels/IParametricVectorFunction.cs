#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A function of one span input and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with one span input and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x">The input.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x">The input.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradient with respect to the span input.</returns>
    T Backward<TGradients>(T x, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x">The input, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    V Value<V>(V x)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x">The input, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    V Backward<V, TGradients>(V x, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 2 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 2 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction2<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T) Backward<TGradients>(T x0, T x1, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    V Value<V>(V x0, V x1)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V) Backward<V, TGradients>(V x0, V x1, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 3 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 3 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction3<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T) Backward<TGradients>(T x0, T x1, T x2, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    V Value<V>(V x0, V x1, V x2)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 4 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 4 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction4<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    V Value<V>(V x0, V x1, V x2, V x3)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 5 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 5 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction5<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    V Value<V>(V x0, V x1, V x2, V x3, V x4)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 6 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 6 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction6<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

    /// <summary>The function in every lane.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <returns><c>F</c> in every lane.</returns>
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 7 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 7 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction7<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 8 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 8 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction8<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="dy">The gradient with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x0">Input 1, one per lane.</param>
    /// <param name="x1">Input 2, one per lane.</param>
    /// <param name="x2">Input 3, one per lane.</param>
    /// <param name="x3">Input 4, one per lane.</param>
    /// <param name="x4">Input 5, one per lane.</param>
    /// <param name="x5">Input 6, one per lane.</param>
    /// <param name="x6">Input 7, one per lane.</param>
    /// <param name="x7">Input 8, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 9 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 9 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction9<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
    /// <param name="x0">Input 1.</param>
    /// <param name="x1">Input 2.</param>
    /// <param name="x2">Input 3.</param>
    /// <param name="x3">Input 4.</param>
    /// <param name="x4">Input 5.</param>
    /// <param name="x5">Input 6.</param>
    /// <param name="x6">Input 7.</param>
    /// <param name="x7">Input 8.</param>
    /// <param name="x8">Input 9.</param>
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 10 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 10 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction10<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
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
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 11 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 11 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction11<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
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
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 12 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 12 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction12<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
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
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 13 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 13 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction13<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
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
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 14 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 14 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction14<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
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
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>
/// A function of 15 span inputs and of broadcast parameters (<c>[Broadcast]</c>: one value shared by every element), with its
/// backward pass, as one scalar and one vector body each: what the parametric drivers of <see cref="Elementwise{T}"/> apply to
/// spans, in one pass that also sums the parameters' gradients. The implementing struct holds the parameters' values;
/// DiffGen generates one (<c>FKernel</c>) for every vectorizable <c>[Differentiable]</c> method with 15 span inputs and at least one
/// <c>[Broadcast]</c> parameter. Members are instance members (they read the parameters), called with no virtual call
/// through the drivers' struct type argument.
/// </summary>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IParametricVectorFunction15<T>
    where T : unmanaged
{
    /// <summary>The function's value at one element, with this struct's parameters.</summary>
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
    /// <returns><c>F</c> of the inputs and the parameters.</returns>
    T Value(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14);

    /// <summary>
    /// The backward pass at one element: returns <paramref name="dy"/> times each span input's partial derivative, and adds
    /// the term <paramref name="dy"/> · ∂F/∂parameter of each broadcast parameter to <paramref name="parameterGradients"/>, as its two factors
    /// (so that the accumulator multiplies them exactly).
    /// </summary>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term per broadcast parameter: <c>dy</c> and the partial derivative.</param>
    /// <returns>The gradients with respect to the span inputs.</returns>
    (T, T, T, T, T, T, T, T, T, T, T, T, T, T, T) Backward<TGradients>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, T x8, T x9, T x10, T x11, T x12, T x13, T x14, T dy, ref TGradients parameterGradients)
        where TGradients : struct, IParameterGradients<T>;

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
    V Value<V>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14)
        where V : struct, IVector<V, T>;

    /// <summary>The backward pass in every lane (both sides of every branch computed, each lane keeping its own side's gradients).</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
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
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span inputs, lane by lane.</returns>
    (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V) Backward<V, TGradients>(V x0, V x1, V x2, V x3, V x4, V x5, V x6, V x7, V x8, V x9, V x10, V x11, V x12, V x13, V x14, V dy, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TGradients : struct, IParameterGradients<V>;
}
#endif
