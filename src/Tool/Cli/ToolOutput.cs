using System;
using System.IO;
using Spectre.Console;

namespace DispatchAnalyzers.Tool.Cli;

/// <summary>Messages to the user: errors and warnings on standard error, everything else on standard output.</summary>
internal static class ToolOutput
{
    /// <summary>The exit code of a run that failed on bad input (arguments, files).</summary>
    public const int InputError = 2;

    /// <summary>Where messages go; tests replace these.</summary>
    public static TextWriter Out { get; set; } = System.Console.Out;

    public static TextWriter Error { get; set; } = System.Console.Error;

    /// <summary>A Spectre console over <see cref="Out"/> for tables, wide enough not to wrap when output is redirected.</summary>
    public static IAnsiConsole Table()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });
        if (Out != System.Console.Out || System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    public static int Fail(string message)
    {
        Error.WriteLine("error: " + message);
        return InputError;
    }

    public static void Warn(string message) => Error.WriteLine("warning: " + message);

    public static void Info(string message) => Out.WriteLine(message);
}
