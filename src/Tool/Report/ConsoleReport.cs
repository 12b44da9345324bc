using System.Globalization;
using System.Linq;
using DispatchAnalyzers.Tool.Profile;
using Spectre.Console;

namespace DispatchAnalyzers.Tool.Report;

/// <summary>The hottest polymorphic sites as a table.</summary>
internal static class ConsoleReport
{
    public static void Write(IAnsiConsole console, DispatchProfile profile, int top, bool includeMonomorphic)
    {
        var sites = ReportSites.Select(profile, top, includeMonomorphic);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Rank", c => c.RightAligned())
            .AddColumn("Site")
            .AddColumn("Member")
            .AddColumn("Callee")
            .AddColumn("Kind")
            .AddColumn("Block count", c => c.RightAligned())
            .AddColumn("Samples", c => c.RightAligned())
            .AddColumn("Receiver types / targets (approximate shares)");
        foreach (var site in sites)
        {
            table.AddRow(
                site.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(ReportSites.Location(site)),
                Markup.Escape(ReportSites.Short(site.Member)),
                Markup.Escape(ReportSites.Short(site.Callee)),
                site.Kind,
                ReportSites.Count(site.BlockCount),
                site.Samples.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(ReportSites.Mix(site)));
        }

        var polymorphic = profile.Sites.Count(s => s.Targets.Count > 1);
        console.MarkupLine(Markup.Escape(
            $"{profile.Sites.Count} measured sites, {polymorphic} polymorphic; runtime {profile.RuntimeVersion}, {profile.RunsMerged} run(s) merged. " +
            $"Showing {sites.Count} {(includeMonomorphic ? "site(s)" : "polymorphic site(s)")}, hottest first."));
        if (sites.Count > 0)
        {
            console.Write(table);
        }
    }
}
