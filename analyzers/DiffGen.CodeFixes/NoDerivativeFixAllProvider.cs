using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DiffGen.CodeFixes;

/// <summary>
/// Applies every DIFF001 fix of one kind in a document, project or solution at once: one stub or attribute per
/// callee however often it is called, all edits to a document made together.
/// </summary>
internal sealed class NoDerivativeFixAllProvider : FixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly NoDerivativeFixAllProvider Instance = new();

    /// <inheritdoc/>
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new List<(Document, Diagnostic)>();
        IEnumerable<Project> projects = fixAllContext.Scope switch
        {
            FixAllScope.Solution => fixAllContext.Solution.Projects,
            _ => new[] { fixAllContext.Project },
        };
        foreach (Project project in projects)
        {
            ImmutableArray<Diagnostic> found = fixAllContext.Scope is FixAllScope.Document or FixAllScope.ContainingMember or FixAllScope.ContainingType
                ? await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document!).ConfigureAwait(false)
                : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            foreach (Diagnostic d in found)
            {
                if (d.Location.SourceTree is SyntaxTree tree && fixAllContext.Solution.GetDocument(tree) is Document document)
                {
                    diagnostics.Add((document, d));
                }
            }
        }

        string? key = fixAllContext.CodeActionEquivalenceKey;
        return CodeAction.Create(
            key == NoDerivativeCodeFixProvider.AddDifferentiableKey ? "Add [Differentiable] to every callee" : "Add [DerivativeOf] stubs for every callee",
            async ct =>
            {
                var fixes = new List<NoDerivativeFix>();
                foreach ((Document document, Diagnostic diagnostic) in diagnostics)
                {
                    if (await NoDerivativeFix.PlanAsync(document, diagnostic, ct).ConfigureAwait(false) is NoDerivativeFix fix && fix.EquivalenceKey == key)
                    {
                        fixes.Add(fix);
                    }
                }

                return await ApplyAsync(fixAllContext.Solution, fixes, ct).ConfigureAwait(false);
            },
            key);
    }

    /// <summary>Applies <paramref name="fixes"/> (deduplicated by callee) to <paramref name="solution"/>.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<NoDerivativeFix> fixes, CancellationToken ct)
    {
        List<NoDerivativeFix> unique = fixes
            .GroupBy(f => f.Callee, SymbolEqualityComparer.Default)
            .Select(g => g.First())
            .ToList();

        solution = await DifferentiableAttributeAdder.AddAsync(
            solution, unique.Where(f => f.CalleeDeclaration is not null).Select(f => f.CalleeDeclaration!.Value), ct).ConfigureAwait(false);
        return await DerivativeStub.AddAsync(
            solution, unique.Where(f => f.CalleeDeclaration is null).Select(f => (f.Callee, f.Caller)), ct).ConfigureAwait(false);
    }
}
