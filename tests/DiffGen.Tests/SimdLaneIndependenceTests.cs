using System.Linq;
using System.Numerics;
using DiffGen.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Tests;

/// <summary>
/// An element's result from a span kernel depends on that element alone: the same input gives the same bits whether
/// its neighbours in the vector are ordinary values or NaN, ±∞ and huge values (which would send a whole-vector
/// fallback, like that of .NET's own double Vector256.Exp, down another path), and at any offset into the span.
/// </summary>
public sealed class SimdLaneIndependenceTests
{
    /// <summary>The activation names, as theory data.</summary>
    public static TheoryData<string> Names => ActivationCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Float_kernel_results_do_not_depend_on_neighbouring_elements(string name) => Verify(name, ActivationCatalog.ByName[name].Single);

    [Theory]
    [MemberData(nameof(Names))]
    public void Double_kernel_results_do_not_depend_on_neighbouring_elements(string name) => Verify(name, ActivationCatalog.ByName[name].Double);

    private static void Verify<T>(string name, Implementation<T> f)
        where T : IFloatingPointIeee754<T>
    {
        const int Length = 96; // a multiple of every lane count (2 to 16): no scalar tail
        T[] ordinary = KernelInputs.Values<T>(seed: 96, Length);
        T[] dy = KernelInputs.Values<T>(seed: 97, Length, -10, 10);
        (T[] y, T[] dx) = Run(f, ordinary, dy);

        // Every third element replaced by an extreme: each vector of every width then mixes both kinds.
        T[] extremes = KernelInputs.Extremes<T>().Where(v => T.IsNaN(v) || T.IsInfinity(v) || T.Abs(v) > T.CreateChecked(50)).ToArray();
        T[] mixed = ordinary.Select((v, i) => i % 3 == 1 ? extremes[i / 3 % extremes.Length] : v).ToArray();
        (T[] yMixed, T[] dxMixed) = Run(f, mixed, dy);
        for (int i = 0; i < Length; i++)
        {
            if (i % 3 != 1)
            {
                string at = $"{name}<{typeof(T).Name}>: element {i} (x = {ordinary[i]}) among extremes";
                NumericAssert.SameBits(y[i], yMixed[i], at + ", value");
                NumericAssert.SameBits(dx[i], dxMixed[i], at + ", gradient");
            }
        }

        // The same elements one to three places further into the span: other lanes, other vector companions. The
        // spans stay a multiple of 16 long, so every element is still computed by the vector loop, not the scalar tail.
        for (int shift = 1; shift <= 3; shift++)
        {
            T[] shifted = [.. mixed.Take(shift), .. ordinary, .. mixed.Take(16 - shift)];
            (T[] yShifted, T[] dxShifted) = Run(f, shifted, [.. dy.Take(shift), .. dy, .. dy.Take(16 - shift)]);
            for (int i = 0; i < Length; i++)
            {
                string at = $"{name}<{typeof(T).Name}>: element {i} (x = {ordinary[i]}) moved {shift} places";
                NumericAssert.SameBits(y[i], yShifted[i + shift], at + ", value");
                NumericAssert.SameBits(dx[i], dxShifted[i + shift], at + ", gradient");
            }
        }
    }

    private static (T[] Y, T[] Dx) Run<T>(Implementation<T> f, T[] x, T[] dy)
    {
        var y = new T[x.Length];
        var dx = new T[x.Length];
        f.ForwardKernel(x, y);
        f.BackwardKernel(x, dy, dx);
        return (y, dx);
    }
}
