using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>Runs a process to completion and captures its output: the tool as a user runs it, or a build.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

internal static class ToolProcess
{
    /// <summary>The tool's entry assembly, copied beside the tests by the project reference.</summary>
    private static readonly string ToolDll = Path.Combine(AppContext.BaseDirectory, "dotnet-dispatch.dll");

    public static ProcessResult Tool(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, "dotnet", [ToolDll, .. arguments], new Dictionary<string, string>());

    public static ProcessResult Run(string workingDirectory, string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output, error.Result);
    }
}
