using System.CommandLine;
using System.IO;
using DispatchAnalyzers.Tool.Profile;
using DispatchAnalyzers.Tool.Report;

namespace DispatchAnalyzers.Tool.Cli;

/// <summary><c>dotnet dispatch report &lt;profile&gt; [--top N] [--all] [--html FILE]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var profile = new Argument<FileInfo>("profile") { Description = "A dispatch profile written by collect or map." }.AcceptExistingOnly();
        var top = new Option<int>("--top", "-t") { Description = "How many sites to show.", DefaultValueFactory = _ => 20 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1.");
            }
        });
        var all = new Option<bool>("--all") { Description = "Include sites that saw a single type or target." };
        var html = new Option<FileInfo>("--html") { Description = "Also write an HTML page with a bar per site showing its type mix." }
            .AcceptLegalFilePathsOnly();
        var command = new Command("report", "Shows the hottest polymorphic call sites of a dispatch profile, as a table and optionally as an HTML page.")
        {
            profile, top, all, html,
        };
        command.SetAction(result =>
        {
            DispatchProfile read;
            try
            {
                read = ProfileJsonReader.Read(result.GetValue(profile)!.FullName);
            }
            catch (ProfileFormatException e)
            {
                return ToolOutput.Fail(e.Message);
            }

            var count = result.GetValue(top);
            var includeMonomorphic = result.GetValue(all);
            ConsoleReport.Write(ToolOutput.Table(), read, count, includeMonomorphic);
            if (result.GetValue(html) is { } page)
            {
                AtomicFile.Write(page.FullName, stream => HtmlReport.Write(stream, read, count, includeMonomorphic));
                ToolOutput.Info($"wrote {page.FullName}");
            }

            return 0;
        });
        return command;
    }
}
