using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiffGen.Generator.Model;

/// <summary>
/// A diagnostic as plain data (descriptor ID, where, message arguments), so it can travel through the
/// incremental pipeline without keeping a syntax tree alive.
/// </summary>
/// <param name="Id">The descriptor ID, e.g. <c>DIFF001</c>.</param>
/// <param name="FilePath">The source file.</param>
/// <param name="Span">The span in the file.</param>
/// <param name="LineSpan">The line/column span in the file.</param>
/// <param name="Arguments">The message format arguments.</param>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    /// <summary>Captures a diagnostic reported at <paramref name="location"/>.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments)
    {
        FileLinePositionSpan lines = location.GetLineSpan();
        return new DiagnosticInfo(descriptor.Id, lines.Path ?? string.Empty, location.SourceSpan, lines.Span, arguments.ToEquatableArray());
    }

    /// <summary>Rebuilds the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        DiagnosticDescriptor descriptor = Diagnostics.DiagnosticDescriptors.ById(Id);
        Location location = FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, Arguments.Cast<object>().ToArray());
    }
}
