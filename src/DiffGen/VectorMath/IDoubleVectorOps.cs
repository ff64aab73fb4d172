#if NET10_0_OR_GREATER
namespace DiffGen.VectorMathCore;

/// <summary>
/// <see cref="IVectorOps{TV, T}"/> for vectors of <c>double</c>, plus the runtime's own vector <c>Exp</c> (accurate
/// for double) and lane access for the rare lanes that the runtime's vector <c>Exp</c> leaves to the scalar one.
/// </summary>
/// <typeparam name="TV">The vector type, e.g. <c>Vector256&lt;double&gt;</c>.</typeparam>
internal interface IDoubleVectorOps<TV> : IVectorOps<TV, double>
    where TV : struct
{
    /// <summary>The number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>The runtime's vector <c>Exp</c> (e.g. <c>Vector256.Exp</c>).</summary>
    static abstract TV RuntimeExp(TV x);

    /// <summary>Lane <paramref name="index"/> of <paramref name="x"/>.</summary>
    static abstract double GetElement(TV x, int index);

    /// <summary><paramref name="x"/> with lane <paramref name="index"/> replaced by <paramref name="value"/>.</summary>
    static abstract TV WithElement(TV x, int index, double value);
}
#endif
