using System.CommandLine;

namespace DispatchAnalyzers.Tool.Cli;

internal static class ReportCommand
{
    public static Command Create() => new("report", "Shows the hottest polymorphic sites of a dispatch profile.");
}
