using System.CommandLine;
using DispatchAnalyzers.Tool.Cli;

namespace DispatchAnalyzers.Tool;

/// <summary>Entry point of <c>dotnet dispatch</c>: <c>collect</c>, <c>map</c> and <c>report</c>.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args);

    /// <summary>Parses and runs a command line; tests call this in-process.</summary>
    public static int Run(string[] args)
    {
        var root = new RootCommand(
            "Collects the .NET runtime's Dynamic PGO data while a program runs and maps it to source lines: which interface, " +
            "virtual and delegate call sites are hot, and which concrete types reach them.")
        {
            CollectCommand.Create(),
            MapCommand.Create(),
            ReportCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
