using System;

namespace DiffGen.Trainer.Cli;

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the command line.</param>
    public UsageException(string message)
        : base(message)
    {
    }
}
