namespace DiffGen.Generator.Model;

/// <summary>One enclosing type declaration, as it is re-declared in the generated file.</summary>
/// <param name="Modifiers">The declaration's modifiers other than accessibility, e.g. <c>static partial</c>.</param>
/// <param name="Keyword">class, struct, record, record struct or interface.</param>
/// <param name="Name">The name with its type parameters, e.g. <c>Layer&lt;T&gt;</c>.</param>
internal sealed record TypeDeclarationInfo(string Modifiers, string Keyword, string Name);

/// <summary>The partial type that receives generated members, and the file it goes to.</summary>
/// <param name="HintName">The generated file's name, from the type's metadata name.</param>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="Types">The type and its enclosing types, outermost first.</param>
internal sealed record ContainingTypeInfo(string HintName, string? Namespace, EquatableArray<TypeDeclarationInfo> Types);

/// <summary>The pipeline's result for one [Differentiable] method: generated members or diagnostics.</summary>
/// <param name="Type">Where the members go.</param>
/// <param name="SortKey">Orders members within a file independently of declaration order.</param>
/// <param name="Members">The generated members' source (unindented), or null when nothing is generated.</param>
/// <param name="Diagnostics">Problems found in the method.</param>
internal sealed record MethodResult(ContainingTypeInfo Type, string SortKey, string? Members, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file: the members of every differentiable method of one type.</summary>
/// <param name="Type">The type.</param>
/// <param name="Members">The members' source, in <see cref="MethodResult.SortKey"/> order.</param>
internal sealed record GeneratedFile(ContainingTypeInfo Type, EquatableArray<string> Members);
