using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Whether a method has ordinary compiler errors. Lowering notices most of them (syntax errors, invalid operations),
/// but some bind to a tree that lowers fine: a constant that does not fit its type (CS0221), <c>unsafe</c> without
/// /unsafe (CS0227), an unassigned local (CS0165). Such a method gets no generated code and no DiffGen diagnostics
/// until it compiles, as the README promises: its code would repeat the user's error inside generated code.
/// </summary>
internal static class CompilerErrors
{
    /// <summary>Whether the compiler reports an error inside <paramref name="syntax"/> (its declaration or its body).</summary>
    public static bool In(SemanticModel model, MethodDeclarationSyntax syntax, CancellationToken cancellationToken)
    {
        foreach (Diagnostic diagnostic in model.GetDiagnostics(syntax.Span, cancellationToken))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
