namespace DiffGen.Generator.Diagnostics;

/// <summary>Where each diagnostic's help page lives: <c>docs/diagnostics/DIFFnnn.md</c> in the repository.</summary>
internal static class HelpLinks
{
    /// <summary>
    /// The repository the package is published from. Left for the publisher: set it to the public repository's URL
    /// before publishing (it is the one place the URL is written; the README says so).
    /// </summary>
    public const string RepositoryUrl = "https://github.com/diffgen/diffgen";

    /// <summary>The root of the help pages: the repository's <c>docs/diagnostics</c> folder on its main branch.</summary>
    public const string Root = RepositoryUrl + "/blob/main/docs/diagnostics/";

    /// <summary>The help page of diagnostic <paramref name="id"/>.</summary>
    public static string For(string id) => Root + id + ".md";
}
