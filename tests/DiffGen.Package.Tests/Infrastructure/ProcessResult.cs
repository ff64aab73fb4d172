namespace DiffGen.Package.Tests.Infrastructure;

/// <summary>What a finished child process reported.</summary>
/// <param name="CommandLine">The command that ran, for messages.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to stdout.</param>
/// <param name="StandardError">Everything it wrote to stderr.</param>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>A description of the run to put in an assertion message, so a failure explains itself.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited with {ExitCode}.\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
