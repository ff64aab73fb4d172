using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace DiffGen.Package.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, with a timeout, capturing its output.</summary>
internal static class Dotnet
{
    /// <summary>Long enough for a cold restore and build on a 2-core machine; short enough to fail a hung build.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    /// <exception cref="TimeoutException">The process did not finish in time; it has been killed.</exception>
    public static ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start.Environment);

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        string commandLine = "dotnet " + string.Join(" ", arguments);
        if (!process.WaitForExit((int)DefaultTimeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException(
                $"Killed after {DefaultTimeout.TotalSeconds} s: " + new ProcessResult(commandLine, -1, Read(stdout), Read(stderr)).Describe());
        }

        // The parameterless overload waits until the redirected streams are drained.
        process.WaitForExit();
        return new ProcessResult(commandLine, process.ExitCode, Read(stdout), Read(stderr));
    }

    /// <summary>The CLI that runs these tests (set by <c>dotnet test</c>), else the one on the PATH.</summary>
    private static string Executable => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Makes the child behave like a fresh command line rather than a child of <c>dotnet test</c>.
    /// </summary>
    /// <remarks>
    /// The test host inherits MSBuild variables (SDK paths, node settings) from the build that launched it;
    /// passed on, they can point the child's build at the wrong SDK. Build servers and reused nodes are off
    /// because a server started here would outlive the test and keep the output pipes open.
    /// </remarks>
    private static void Isolate(IDictionary<string, string?> environment)
    {
        var inherited = new List<string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            string name = (string)entry.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                inherited.Add(name);
            }
        }

        foreach (string name in inherited)
        {
            environment.Remove(name);
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
