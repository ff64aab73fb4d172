using System;
using System.Text;

namespace DiffGen.Generator.Emit;

/// <summary>A small indented text writer for generated source, with block scopes.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    /// <summary>Creates a writer whose lines start at <paramref name="initialIndent"/> levels.</summary>
    public CodeWriter(int initialIndent = 0) => indent = initialIndent;

    /// <summary>The current indentation level.</summary>
    public int Indent => indent;

    /// <summary>Writes one line at the current indentation (an empty line has no indentation).</summary>
    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4).Append(text);
        }

        builder.Append('\n');
        return this;
    }

    /// <summary>Writes each line of <paramref name="text"/> at the current indentation.</summary>
    public CodeWriter Lines(string text)
    {
        foreach (string line in text.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/> (if any) and <c>{</c>, and indents until the result is disposed, which writes <c>}</c>.</summary>
    public BlockScope Block(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        indent++;
        return new BlockScope(this);
    }

    /// <inheritdoc/>
    public override string ToString() => builder.ToString();

    /// <summary>Closes a block opened by <see cref="Block"/>.</summary>
    public readonly struct BlockScope : IDisposable
    {
        private readonly CodeWriter writer;

        internal BlockScope(CodeWriter writer) => this.writer = writer;

        /// <summary>Writes the closing brace.</summary>
        public void Dispose()
        {
            writer.indent--;
            writer.Line("}");
        }
    }
}
