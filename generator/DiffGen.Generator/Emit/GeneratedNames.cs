using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using ValueType = DiffGen.Generator.Ir.ValueType;

namespace DiffGen.Generator.Emit;

/// <summary>Names of generated types that more than one emitter refers to, decided in one place.</summary>
internal static class GeneratedNames
{
    /// <summary>
    /// The name of the <c>IElementwiseFunction</c> struct of a single-input method: <c>FKernel</c>, or, when <c>F</c>
    /// has several single-input [Differentiable] overloads (<c>Softplus(float)</c> and <c>Softplus(double)</c>),
    /// <c>FFloatKernel</c> / <c>FDoubleKernel</c>.
    /// </summary>
    public static string ElementwiseStruct(IMethodSymbol method, ValueType type)
    {
        bool overloaded = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Count(o => o.Parameters.Length == 1 && KnownNames.HasAttribute(o, KnownNames.DifferentiableAttribute)) > 1;
        return method.Name + (overloaded ? (type == ValueType.Float ? "Float" : "Double") : string.Empty) + "Kernel";
    }
}
