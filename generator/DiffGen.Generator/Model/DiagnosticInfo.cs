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

    /// <summary>
    /// Rebuilds the Roslyn diagnostic. With the source <paramref name="tree"/> the location is a real source
    /// location, so <c>#pragma warning disable</c> and editorconfig severities apply to it.
    /// </summary>
    public Diagnostic ToDiagnostic(SyntaxTree? tree = null)
    {
        DiagnosticDescriptor descriptor = Diagnostics.DiagnosticDescriptors.ById(Id);
        Location location = tree is not null && tree.FilePath == FilePath ? Location.Create(tree, Span)
            : FilePath.Length == 0 ? Location.None
            : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, Arguments.Cast<object>().ToArray());
    }
}
