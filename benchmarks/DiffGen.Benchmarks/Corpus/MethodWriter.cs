using System;
using System.Globalization;

namespace DiffGen.Benchmarks.Corpus;

/// <summary>
/// What a template needs to write one method in either precision: the type name, the math class, literals
/// with the right suffix, and random constants drawn from the corpus's seeded generator.
/// </summary>
internal sealed class MethodWriter
{
    private readonly Random random;

    /// <summary>A writer for float (<paramref name="isFloat"/>) or double methods.</summary>
    public MethodWriter(Random random, bool isFloat)
    {
        this.random = random;
        IsFloat = isFloat;
    }

    /// <summary>Whether the method is float (else double).</summary>
    public bool IsFloat { get; }

    /// <summary>The C# type of the method's inputs and result.</summary>
    public string T => IsFloat ? "float" : "double";

    /// <summary>The math class that stays in the method's precision: <c>MathF</c> for float, <c>Math</c> for double.</summary>
    public string M => IsFloat ? "MathF" : "Math";

    /// <summary>A literal of the method's type; float literals get their suffix so nothing widens to double.</summary>
    public string L(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return IsFloat ? text + "f" : text;
    }

    /// <summary>A random constant in [<paramref name="lo"/>, <paramref name="hi"/>] with two decimals, as a literal.</summary>
    public string R(double lo, double hi) => L(Draw(lo, hi));

    /// <summary>A random value in [<paramref name="lo"/>, <paramref name="hi"/>] with two decimals (never 0).</summary>
    public double Draw(double lo, double hi)
    {
        double value = Math.Round(lo + (random.NextDouble() * (hi - lo)), 2);
        return value == 0 ? 0.01 : value;
    }

    /// <summary>One of <paramref name="choices"/>, at random.</summary>
    public T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
