using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace DiffGen.CodeFixes;

/// <summary>
/// Which of its two forms a DIFF004 diagnostic has. DIFF004 carries no properties, only its message
/// (from the generator's SignatureCheck), so the form and the type name are read back from the message.
/// </summary>
internal abstract record NotStaticOrNotPartialMessage
{
    private static readonly Regex PartialPattern = new("^Type '(?<type>[^']+)' must be partial", RegexOptions.CultureInvariant);

    /// <summary>"[Differentiable] method 'F' must be static".</summary>
    internal sealed record NotStatic : NotStaticOrNotPartialMessage;

    /// <summary>"Type 'T' must be partial so that DiffGen can add the derivatives of 'F' to it".</summary>
    /// <param name="TypeName">The simple name of the type that must become partial.</param>
    internal sealed record NotPartial(string TypeName) : NotStaticOrNotPartialMessage;

    /// <summary>The form of <paramref name="diagnostic"/>, or null when its message is neither.</summary>
    public static NotStaticOrNotPartialMessage? Parse(Diagnostic diagnostic)
    {
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (PartialPattern.Match(message) is { Success: true } match)
        {
            return new NotPartial(match.Groups["type"].Value);
        }

        return message.EndsWith("must be static", System.StringComparison.Ordinal) ? new NotStatic() : null;
    }
}
