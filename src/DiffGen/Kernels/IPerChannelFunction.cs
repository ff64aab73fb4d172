#if NET10_0_OR_GREATER
namespace DiffGen;

/// <summary>
/// A parametric function of one span input whose vector body can also take a different parameter value in every lane:
/// what the per-channel drivers of <see cref="Elementwise{T}"/> (<c>ForwardPerChannel</c>, <c>BackwardPerChannel</c>)
/// run on data laid out <c>[N, C, inner]</c> with one value of each broadcast parameter per channel. Where a channel's
/// elements are contiguous runs at least one vector long, the drivers run the <see cref="IParametricVectorFunction{T}"/>
/// members of the channel's struct (<see cref="IParametric{TSelf, T}.Create"/>); where they are shorter (<c>[N, C]</c>,
/// inner = 1), the lanes of a vector are different channels, and these members take the parameters lane by lane.
/// DiffGen generates it on every vectorizable <c>FKernel</c> of a method with one span input and <c>[Broadcast]</c> parameters.
/// </summary>
/// <typeparam name="TSelf">The function struct.</typeparam>
/// <typeparam name="T"><c>float</c> or <c>double</c>.</typeparam>
public interface IPerChannelFunction<TSelf, T> : IParametricVectorFunction<T>, IParametric<TSelf, T>
    where TSelf : struct, IPerChannelFunction<TSelf, T>
    where T : unmanaged
{
    /// <summary>The function in every lane, with each lane's own parameter values.</summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TParameters">The driver's parameter vectors.</typeparam>
    /// <param name="x">The input, one per lane.</param>
    /// <param name="parameters">One vector per broadcast parameter, in declaration order: lane <c>j</c> holds the value for lane <c>j</c> of <paramref name="x"/>.</param>
    /// <returns><c>F</c> in every lane.</returns>
    static abstract V Value<V, TParameters>(V x, in TParameters parameters)
        where V : struct, IVector<V, T>
        where TParameters : struct, IParameterVectors<V>;

    /// <summary>
    /// The backward pass in every lane with each lane's own parameter values: returns <paramref name="dy"/> times the
    /// partial derivative with respect to the span input, and adds each broadcast parameter's term, as its two factors
    /// <paramref name="dy"/> and ∂F/∂parameter lane by lane, to <paramref name="parameterGradients"/> (both sides of every
    /// branch computed, each lane keeping its own side's gradients).
    /// </summary>
    /// <typeparam name="V">The vector width.</typeparam>
    /// <typeparam name="TParameters">The driver's parameter vectors.</typeparam>
    /// <typeparam name="TGradients">The accumulator the driver passes.</typeparam>
    /// <param name="x">The input, one per lane.</param>
    /// <param name="dy">The gradients with respect to the output.</param>
    /// <param name="parameters">One vector per broadcast parameter, in declaration order, lane by lane.</param>
    /// <param name="parameterGradients">Receives one term vector per broadcast parameter: <c>dy</c> and the partial derivatives.</param>
    /// <returns>The gradients with respect to the span input, lane by lane.</returns>
    static abstract V Backward<V, TParameters, TGradients>(V x, V dy, in TParameters parameters, ref TGradients parameterGradients)
        where V : struct, IVector<V, T>
        where TParameters : struct, IParameterVectors<V>
        where TGradients : struct, IParameterGradients<V>;
}

/// <summary>The broadcast parameters' values for one vector of elements, lane by lane (what the per-channel drivers pass to <see cref="IPerChannelFunction{TSelf, T}"/>).</summary>
/// <typeparam name="V">The vector width.</typeparam>
public interface IParameterVectors<V>
{
    /// <summary>The values of one broadcast parameter, one per lane.</summary>
    /// <param name="parameter">The parameter's position among the method's broadcast parameters, from 0, in declaration order.</param>
    /// <returns>The parameter's values.</returns>
    V this[int parameter] { get; }
}
#endif
