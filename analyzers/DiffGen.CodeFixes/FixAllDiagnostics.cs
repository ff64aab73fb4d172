using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DiffGen.CodeFixes;

/// <summary>The diagnostics a Fix All covers, by document: what every DiffGen fix-all provider starts from.</summary>
internal static class FixAllDiagnostics
{
    /// <summary>The diagnostics of <paramref name="context"/>'s scope (document, project or solution), grouped by document.</summary>
    public static async Task<Dictionary<DocumentId, List<Diagnostic>>> ByDocumentAsync(FixAllContext context)
    {
        var byDocument = new Dictionary<DocumentId, List<Diagnostic>>();
        IEnumerable<Project> projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        foreach (Project project in projects)
        {
            ImmutableArray<Diagnostic> found = context.Scope is FixAllScope.Document or FixAllScope.ContainingMember or FixAllScope.ContainingType
                ? await context.GetDocumentDiagnosticsAsync(context.Document!).ConfigureAwait(false)
                : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            foreach (Diagnostic d in found)
            {
                if (d.Location.SourceTree is SyntaxTree tree && context.Solution.GetDocument(tree) is Document document)
                {
                    if (!byDocument.TryGetValue(document.Id, out List<Diagnostic>? list))
                    {
                        byDocument[document.Id] = list = new List<Diagnostic>();
                    }

                    list.Add(d);
                }
            }
        }

        return byDocument;
    }
}
