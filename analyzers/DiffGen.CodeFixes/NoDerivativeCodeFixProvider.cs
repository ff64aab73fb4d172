using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DiffGen.CodeFixes;

/// <summary>
/// Fixes DIFF001 (a call to a method with no derivative). When the callee is declared in source and the
/// generator's front end can differentiate its body, offers "Add [Differentiable] to 'Foo'"; otherwise offers
/// "Add a [DerivativeOf] stub for 'Foo'", a method with the right signature for the user to fill in.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoDerivativeCodeFixProvider))]
[Shared]
public sealed class NoDerivativeCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of "Add [Differentiable] to 'Foo'".</summary>
    public const string AddDifferentiableKey = "DIFF001.AddDifferentiable";

    /// <summary>The equivalence key of "Add a [DerivativeOf] stub for 'Foo'".</summary>
    public const string AddStubKey = "DIFF001.AddDerivativeOfStub";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NoDerivative.Id);

    /// <summary>
    /// A fix-all of its own: the edits land in the callees' documents, not where the diagnostics are, several calls
    /// may share a callee, and each edited document gets its <c>using</c> once — a text-merging batch fixer would
    /// drop such overlapping edits.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => NoDerivativeFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (await NoDerivativeFix.PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is NoDerivativeFix fix)
            {
                Solution solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, ct => NoDerivativeFixAllProvider.ApplyAsync(solution, new[] { fix }, ct), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
