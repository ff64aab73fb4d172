using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Decides which parameters of a method are <c>[Broadcast]</c> (one value shared by every element of the span kernels)
/// and reports DIFF014 wherever the attribute could not take effect, so that it is never a silent no-op. The generator
/// and the analyzers both ask here.
/// </summary>
internal static class BroadcastCheck
{
    /// <summary>
    /// Which parameters of the <c>[Differentiable]</c> <paramref name="method"/> are broadcast, in order; null (after
    /// adding DIFF014 to <paramref name="diagnostics"/>) when the attribute is misplaced and nothing should be generated.
    /// </summary>
    public static bool[]? Check(IMethodSymbol method, Compilation compilation, Location at, List<DiagnosticInfo> diagnostics)
    {
        bool[] broadcast = method.Parameters.Select(IsBroadcast).ToArray();
        if (!broadcast.Contains(true))
        {
            return broadcast;
        }

        int before = diagnostics.Count;
        IParameterSymbol first = method.Parameters[System.Array.IndexOf(broadcast, true)];
        foreach (IParameterSymbol p in method.Parameters.Where(IsBroadcast))
        {
            if (ElementType.Of(p.Type) is null)
            {
                diagnostics.Add(Misuse(p, at, $"only float or double parameters can be broadcast, and '{p.Name}' is '{p.Type.ToDisplayString()}'"));
            }
        }

        if (broadcast.All(b => b))
        {
            diagnostics.Add(Misuse(first, at, $"every input of '{method.Name}' is [Broadcast]; the span kernels need at least one input without it to run over"));
        }

        if (compilation.GetTypeByMetadataName(GeneratedNames.GradientSumMetadata) is null)
        {
            diagnostics.Add(Misuse(first, at, "this target has no span kernels (broadcast parameters need .NET 8 or later)"));
        }

        return diagnostics.Count == before ? broadcast : null;
    }

    /// <summary>DIFF014 for each <c>[Broadcast]</c> parameter of a method that is not <c>[Differentiable]</c> (the analyzers report it).</summary>
    public static IEnumerable<DiagnosticInfo> OutsideDifferentiable(IMethodSymbol method, Location at) =>
        method.Parameters.Where(IsBroadcast)
            .Select(p => Misuse(p, at, $"'{method.Name}' is not [Differentiable]"));

    /// <summary>Whether <paramref name="parameter"/> carries <c>[Broadcast]</c>.</summary>
    public static bool IsBroadcast(IParameterSymbol parameter) => KnownNames.HasAttribute(parameter, KnownNames.BroadcastAttribute);

    private static DiagnosticInfo Misuse(IParameterSymbol p, Location fallback, string why) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.BroadcastMisuse, p.Locations.FirstOrDefault() ?? fallback, p.Name, why);
}
