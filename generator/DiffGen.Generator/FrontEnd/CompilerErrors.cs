using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DiffGen.Generator.FrontEnd;

/// <summary>
/// Whether a method has ordinary compiler errors. Lowering notices most of them (syntax errors, invalid operations),
/// but some bind to a tree that lowers fine: a constant that does not fit its type (CS0221), <c>unsafe</c> without
/// /unsafe (CS0227), an unassigned local (CS0165). Such a method gets no generated code and no DiffGen diagnostics
/// until it compiles, as the README promises: its code would repeat the user's error inside generated code.
/// </summary>
/// <remarks>
/// Asking the compiler for the diagnostics of one method's span costs far more than the method: declaration
/// diagnostics complete and CLS-check every symbol of the file, and method-body diagnostics walk every type of the
/// compilation to find the methods in the span, on every call. So a file's errors are asked for once per compilation
/// and file (its method bodies compiled together, the other methods of the file included, as the compiler does
/// anyway), and each method looks for an error in its own span (docs/benchmarks.md, "Where the front end's time went").
/// </remarks>
internal static class CompilerErrors
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, FileErrors>> Files = new();

    /// <summary>Whether the compiler reports an error inside <paramref name="syntax"/> (its declaration or its body).</summary>
    public static bool In(SemanticModel model, MethodDeclarationSyntax syntax, CancellationToken cancellationToken)
    {
        FileErrors file = Files.GetOrCreateValue(model.Compilation).GetOrAdd(syntax.SyntaxTree, _ => new FileErrors());
        return file.Intersects(model, syntax.Span, declarations: true, cancellationToken)
            || file.Intersects(model, syntax.Span, declarations: false, cancellationToken);
    }

    /// <summary>The errors of one file in one compilation, computed on first use (not remembered if cancelled).</summary>
    private sealed class FileErrors
    {
        private ImmutableArray<Diagnostic> declarations;
        private ImmutableArray<Diagnostic> bodies;

        public bool Intersects(SemanticModel model, TextSpan span, bool declarations, CancellationToken cancellationToken)
        {
            ImmutableArray<Diagnostic> errors = declarations ? Declarations(model, cancellationToken) : Bodies(model, cancellationToken);
            foreach (Diagnostic error in errors)
            {
                // As the compiler filters diagnostics by span: the main location or an additional one in this file intersects it.
                if (Intersects(error.Location, model.SyntaxTree, span) || error.AdditionalLocations.Any(l => Intersects(l, model.SyntaxTree, span)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Intersects(Location location, SyntaxTree tree, TextSpan span) =>
            location.SourceTree == tree && span.IntersectsWith(location.SourceSpan);

        private ImmutableArray<Diagnostic> Declarations(SemanticModel model, CancellationToken cancellationToken)
        {
            lock (this)
            {
                if (declarations.IsDefault)
                {
                    declarations = model.GetSyntaxDiagnostics(null, cancellationToken).Concat(model.GetDeclarationDiagnostics(null, cancellationToken))
                        .Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
                }

                return declarations;
            }
        }

        private ImmutableArray<Diagnostic> Bodies(SemanticModel model, CancellationToken cancellationToken)
        {
            lock (this)
            {
                if (bodies.IsDefault)
                {
                    bodies = model.GetMethodBodyDiagnostics(null, cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
                }

                return bodies;
            }
        }
    }
}
