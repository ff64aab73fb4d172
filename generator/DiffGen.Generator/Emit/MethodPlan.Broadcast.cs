using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Emit;

/// <summary>The part of the plan for <c>[Broadcast]</c> parameters: which inputs are spans, which are shared values, and their names.</summary>
internal sealed partial class MethodPlan
{
    private readonly Dictionary<string, string> fields = new();

    /// <summary>Whether some input is <c>[Broadcast]</c>: then the span kernels take it as a value and return its summed gradient.</summary>
    public bool HasBroadcast { get; private set; }

    /// <summary>For each input, in order, whether it is <c>[Broadcast]</c>.</summary>
    public IReadOnlyList<bool> Broadcast { get; private set; } = new bool[0];

    /// <summary>The inputs the span kernels take as spans, in order.</summary>
    public IReadOnlyList<string> SpanInputs { get; private set; } = new string[0];

    /// <summary>The broadcast inputs, in order: the parameters of the function struct and the drivers' gradient index.</summary>
    public IReadOnlyList<string> BroadcastInputs { get; private set; } = new string[0];

    /// <summary>Each broadcast input's initial value as a C# literal: its default value, or NaN where it has none.</summary>
    public IReadOnlyList<string> InitialValues { get; private set; } = new string[0];

    /// <summary>The span kernels' local holding the parameter gradients (vector drivers) or the sums' prefix (scalar loops).</summary>
    public string Sums { get; private set; } = string.Empty;

    /// <summary>The scalar loop's local holding one element's gradients.</summary>
    public string ElementGradients { get; private set; } = string.Empty;

    /// <summary>The function struct's parameter-gradient accumulator.</summary>
    public string Accumulator { get; private set; } = string.Empty;

    /// <summary>The type parameter of the function struct's parameter-gradient accumulator.</summary>
    public string AccumulatorType { get; private set; } = string.Empty;

    /// <summary>The per-channel members' argument holding the parameters lane by lane.</summary>
    public string ParameterVectors { get; private set; } = string.Empty;

    /// <summary>The type parameter of <see cref="ParameterVectors"/>.</summary>
    public string ParameterVectorsType { get; private set; } = string.Empty;

    /// <summary>Whether the function struct gets the per-channel members (<c>IPerChannelFunction</c>): it vectorizes and has one span input.</summary>
    public bool PerChannel => HasBroadcast && Vectorized && SpanInputs.Count == 1;

    /// <summary>The function struct's field holding a broadcast input: the parameter's name unless a struct member has it.</summary>
    public string FieldName(string parameter) => fields[parameter];

    private void PlanBroadcast(IMethodSymbol method, LoweredMethod lowered)
    {
        Broadcast = lowered.Broadcast.Count == Names.Count ? lowered.Broadcast : Names.Select(_ => false).ToArray();
        HasBroadcast = Broadcast.Contains(true);
        if (!HasBroadcast)
        {
            return;
        }

        SpanInputs = Names.Where((_, k) => !Broadcast[k]).ToArray();
        BroadcastInputs = Names.Where((_, k) => Broadcast[k]).ToArray();
        InitialValues = method.Parameters.Where((_, k) => Broadcast[k])
            .Select(p => ExpressionPrinter.CSharpLiteral(p.HasExplicitDefaultValue && p.ExplicitDefaultValue is { } value ? System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : double.NaN, Type))
            .ToArray();

        // Locals of the kernels and members of the struct must not meet the user's parameter names.
        Sums = GeneratedNames.Free(taken, "parameterSums", "parameterSums_");
        ElementGradients = GeneratedNames.Free(taken, "g", "gradients");
        Accumulator = GeneratedNames.Free(taken, "parameterGradients", "parameterGradients_");
        AccumulatorType = GeneratedNames.Free(taken, "TGradients", "TGradients_");
        ParameterVectors = GeneratedNames.Free(taken, "parameters", "parameters_");
        ParameterVectorsType = GeneratedNames.Free(taken, "TParameters", "TParameters_");
        var members = new HashSet<string>
        {
            KernelStructName, GeneratedNames.ValueMember, GeneratedNames.DerivativeMember, GeneratedNames.BackwardMember, GeneratedNames.BackwardMember + GeneratedNames.PartialsSuffix, GeneratedNames.ForwardMember,
            GeneratedNames.ParameterCountMember, GeneratedNames.CreateMember, GeneratedNames.InitialParametersMember, GeneratedNames.CopyParametersMember,
            GeneratedNames.ParameterNamesMember,
        };
        foreach (string name in BroadcastInputs)
        {
            fields[name] = GeneratedNames.Free(members, name, name + "Parameter");
        }
    }
}
