using System;

namespace DiffGen.Trainer.Data;

/// <summary>A data file is missing, corrupt, truncated or inconsistent with its partner file.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public DataFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
