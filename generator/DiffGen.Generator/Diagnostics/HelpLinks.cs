namespace DiffGen.Generator.Diagnostics;

/// <summary>Where each diagnostic's help page lives: <c>docs/diagnostics/DIFFnnn.md</c> in the repository.</summary>
internal static class HelpLinks
{
    /// <summary>The root of the help pages.</summary>
    public const string Root = "https://github.com/diffgen/diffgen/blob/main/docs/diagnostics/";

    /// <summary>The help page of diagnostic <paramref name="id"/>.</summary>
    public static string For(string id) => Root + id + ".md";
}
