using System.Reflection;

namespace DiffGen.Generator;

/// <summary>Facts about this build of the generator.</summary>
internal static class GeneratorInfo
{
    /// <summary>The version written into <c>[GeneratedCode]</c>, e.g. <c>0.1.0</c>.</summary>
    public static readonly string Version = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
