using System;

namespace DiffGen.Benchmarks.Corpus;

/// <summary>
/// One family of realistic [Differentiable] methods: its inputs and a body written by a <see cref="MethodWriter"/>
/// (random constants, either precision).
/// </summary>
/// <param name="Name">The family name; methods are called Name0, Name1, …</param>
/// <param name="Inputs">The parameter names.</param>
/// <param name="Body">The body: an expression, or the statements of a block (one per line).</param>
/// <param name="IsBlock">Whether <paramref name="Body"/> gives statements rather than one expression.</param>
/// <param name="DoubleOnly">Whether the body calls double-only helpers and so has no float version.</param>
internal sealed record Template(string Name, string[] Inputs, Func<MethodWriter, string[]> Body, bool IsBlock, bool DoubleOnly)
{
    /// <summary>A method with an expression body.</summary>
    public static Template Expr(string name, string inputs, Func<MethodWriter, string> body, bool doubleOnly = false) =>
        new(name, inputs.Split(','), w => new[] { body(w) }, IsBlock: false, doubleOnly);

    /// <summary>A method with a block body.</summary>
    public static Template Block(string name, string inputs, Func<MethodWriter, string[]> body, bool doubleOnly = false) =>
        new(name, inputs.Split(','), body, IsBlock: true, doubleOnly);
}
