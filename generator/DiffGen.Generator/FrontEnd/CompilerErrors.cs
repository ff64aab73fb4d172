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

    /// <summary>
    /// The same answer as <see cref="In"/>, but compiling only this method's body when its file's bodies have not been
    /// compiled yet in this compilation. For callers that need the answer for a few methods of a file, not for all of
    /// them: the analyzers ask it only for callees and for methods with findings, and compiling the whole file for one
    /// callee bound every other method of it a second time (docs/benchmarks.md, "issue 9, analyzer cost").
    /// </summary>
    public static bool InMethod(SemanticModel model, MethodDeclarationSyntax syntax, CancellationToken cancellationToken)
    {
        FileErrors file = Files.GetOrCreateValue(model.Compilation).GetOrAdd(syntax.SyntaxTree, _ => new FileErrors());
        return file.Intersects(model, syntax.Span, declarations: true, cancellationToken)
            || (file.BodiesKnown
                ? file.Intersects(model, syntax.Span, declarations: false, cancellationToken)
                : Intersects(model.GetMethodBodyDiagnostics(syntax.Span, cancellationToken), model.SyntaxTree, syntax.Span));
    }

    /// <summary>Whether an error of <paramref name="diagnostics"/> is in <paramref name="span"/> of <paramref name="tree"/>.</summary>
    private static bool Intersects(ImmutableArray<Diagnostic> diagnostics, SyntaxTree tree, TextSpan span)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            // As the compiler filters diagnostics by span: the main location or an additional one in this file intersects it.
            if (diagnostic.Severity == DiagnosticSeverity.Error
                && (Intersects(diagnostic.Location, tree, span) || diagnostic.AdditionalLocations.Any(l => Intersects(l, tree, span))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Intersects(Location location, SyntaxTree tree, TextSpan span) =>
        location.SourceTree == tree && span.IntersectsWith(location.SourceSpan);

    /// <summary>The errors of one file in one compilation, computed on first use (not remembered if cancelled).</summary>
    private sealed class FileErrors
    {
        private ImmutableArray<Diagnostic> declarations;
        private ImmutableArray<Diagnostic> bodies;

        /// <summary>Whether the file's method bodies have been compiled for their errors already.</summary>
        public bool BodiesKnown
        {
            get
            {
                lock (this)
                {
                    return !bodies.IsDefault;
                }
            }
        }

        public bool Intersects(SemanticModel model, TextSpan span, bool declarations, CancellationToken cancellationToken) =>
            CompilerErrors.Intersects(declarations ? Declarations(model, cancellationToken) : Bodies(model, cancellationToken), model.SyntaxTree, span);

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
