using System;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>One edit of source text, with positions as fractions of the current length so they always apply.</summary>
/// <param name="Kind">What the edit does.</param>
/// <param name="Position">Where, as a fraction in [0, 1) of the text length.</param>
/// <param name="Length">Characters deleted (<see cref="MutationKind.Delete"/>).</param>
/// <param name="Garbage">Text inserted (<see cref="MutationKind.Insert"/>).</param>
internal sealed record Mutation(MutationKind Kind, double Position, int Length, string Garbage)
{
    /// <summary>Applies the edit to <paramref name="text"/>.</summary>
    public string Apply(string text)
    {
        int at = Math.Min(text.Length, (int)(Position * text.Length));
        return Kind switch
        {
            MutationKind.Delete => text.Remove(at, Math.Min(Length, text.Length - at)),
            MutationKind.Insert => text.Insert(at, Garbage),
            _ => text[..at],
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        MutationKind.Delete => $"delete {Length} chars at {Position:F3}",
        MutationKind.Insert => $"insert \"{Garbage}\" at {Position:F3}",
        _ => $"truncate at {Position:F3}",
    };
}

/// <summary>The kinds of <see cref="Mutation"/>.</summary>
internal enum MutationKind
{
    /// <summary>Delete a span, e.g. a token half-typed away.</summary>
    Delete,

    /// <summary>Insert a token that does not belong.</summary>
    Insert,

    /// <summary>Cut the text, as if the rest were not typed yet.</summary>
    Truncate,
}
