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
/// Applies every DIFF001 fix, of both kinds, in a document, project or solution at once: one stub or attribute per
/// callee however often it is called, all edits to a document made together.
/// </summary>
internal sealed class NoDerivativeFixAllProvider : FixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly NoDerivativeFixAllProvider Instance = new();

    /// <inheritdoc/>
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        Dictionary<DocumentId, List<Diagnostic>> byDocument = await FixAllDiagnostics.ByDocumentAsync(fixAllContext).ConfigureAwait(false);
        string? key = fixAllContext.CodeActionEquivalenceKey;
        return CodeAction.Create(
            "Add [Differentiable] or a [DerivativeOf] stub to every callee",
            async ct =>
            {
                var fixes = new List<NoDerivativeFix>();
                foreach (KeyValuePair<DocumentId, List<Diagnostic>> entry in byDocument)
                {
                    Document document = fixAllContext.Solution.GetDocument(entry.Key)!;
                    foreach (Diagnostic diagnostic in entry.Value)
                    {
                        // Both kinds, whichever action Fix All started from: one pass (of dotnet format too, which applies
                        // one key per diagnostic ID and run) then fixes every call; per kind it took two.
                        if (await NoDerivativeFix.PlanAsync(document, diagnostic, ct).ConfigureAwait(false) is NoDerivativeFix fix)
                        {
                            fixes.Add(fix);
                        }
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

        Solution original = solution;
        solution = await DifferentiableAttributeAdder.AddAsync(
            solution, unique.Where(f => f.CalleeDeclaration is not null).Select(f => f.CalleeDeclaration!.Value), ct).ConfigureAwait(false);
        var stubs = new List<(IMethodSymbol Callee, IMethodSymbol Caller)>();
        foreach (NoDerivativeFix fix in unique.Where(f => f.CalleeDeclaration is null))
        {
            // The attributes changed documents the symbols were found in: find them again in the new solution.
            if (solution == original)
            {
                stubs.Add((fix.Callee, fix.Caller));
            }
            else if (await InAsync(solution, fix.Caller, fix.Caller, ct).ConfigureAwait(false) is IMethodSymbol caller
                && await InAsync(solution, fix.Caller, fix.Callee, ct).ConfigureAwait(false) is IMethodSymbol callee)
            {
                stubs.Add((callee, caller));
            }
        }

        return await DerivativeStub.AddAsync(solution, stubs, ct).ConfigureAwait(false);
    }

    /// <summary><paramref name="method"/> as the compilation of <paramref name="caller"/>'s project in <paramref name="solution"/> sees it.</summary>
    private static async Task<IMethodSymbol?> InAsync(Solution solution, IMethodSymbol caller, IMethodSymbol method, CancellationToken ct)
    {
        Project? project = solution.Projects.FirstOrDefault(p => p.AssemblyName == caller.ContainingAssembly.Name);
        Compilation? compilation = project is null ? null : await project.GetCompilationAsync(ct).ConfigureAwait(false);
        return compilation is null || DocumentationCommentId.CreateDeclarationId(method) is not string id
            ? null
            : DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) as IMethodSymbol;
    }
}
