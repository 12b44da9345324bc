using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Report;

/// <summary>
/// A self-contained page with one row per site: location, member, callee, kind, counts and a stacked bar of its
/// receiver-type (or delegate-target) mix. The markup is well-formed XML so tests can check its structure.
/// </summary>
internal static class HtmlReport
{
    private static readonly string[] Colors = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    public static void Write(Stream stream, DispatchProfile profile, int top, bool includeMonomorphic)
    {
        var sites = ReportSites.Select(profile, top, includeMonomorphic);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>Dispatch profile</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}")
            .Append("th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #ddd;vertical-align:top}td.num{text-align:right}")
            .Append("code{font-size:90%;overflow-wrap:anywhere}td.path{min-width:200px}td.mix{min-width:330px}.item{white-space:nowrap}.bar{display:flex;height:18px;width:320px;border-radius:3px;overflow:hidden;background:#eee}")
            .Append(".segment{height:100%}.legend{font-size:85%;margin-top:4px}.swatch{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}")
            .Append("\n</style>\n</head>\n<body>\n<h1>Dispatch profile</h1>\n<p class=\"summary\">")
            .Append(Encode($"{profile.Sites.Count} measured sites, {profile.Sites.Count(s => s.Targets.Count > 1)} polymorphic; runtime " +
                $"{profile.RuntimeVersion}; {profile.RunsMerged} run(s) merged; tool {profile.ToolVersion}. Shares come from a 32-slot sample " +
                "per site and run that favours recent calls: read them as approximate. Block counts stop when a method is recompiled: read them as ranks."))
            .Append("</p>\n<table>\n<thead><tr><th>Rank</th><th>Site</th><th>Member</th><th>Callee</th><th>Kind</th><th>Block count</th><th>Samples</th><th>Mix</th></tr></thead>\n<tbody>\n");
        foreach (var site in sites)
        {
            AppendRow(html, site);
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        var bytes = Encoding.UTF8.GetBytes(html.ToString());
        stream.Write(bytes);
    }

    private static void AppendRow(StringBuilder html, ProfileSite site)
    {
        html.Append("<tr class=\"site\" data-kind=\"").Append(Encode(site.Kind)).Append("\">")
            .Append("<td class=\"num\">").Append(site.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td class=\"path\"><code>").Append(Encode(ReportSites.Location(site))).Append("</code></td>")
            .Append("<td title=\"").Append(Encode(site.Member)).Append("\">").Append(Encode(ReportSites.Short(site.Member))).Append("</td>")
            .Append("<td title=\"").Append(Encode(site.Callee)).Append("\">").Append(Encode(ReportSites.Short(site.Callee))).Append("</td>")
            .Append("<td>").Append(Encode(site.Kind)).Append("</td>")
            .Append("<td class=\"num\">").Append(ReportSites.Count(site.BlockCount)).Append("</td>")
            .Append("<td class=\"num\">").Append(site.Samples.ToString(CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td class=\"mix\"><div class=\"bar\">");
        var targets = ReportSites.Ordered(site).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            var width = (targets[i].Share * 100).ToString("0.##", CultureInfo.InvariantCulture);
            html.Append("<span class=\"segment\" style=\"width:").Append(width).Append("%;background:").Append(Colors[i % Colors.Length])
                .Append("\" title=\"").Append(Encode($"{targets[i].Name}: {targets[i].Count} of {site.Samples} samples")).Append("\"></span>");
        }

        html.Append("</div><div class=\"legend\">");
        for (var i = 0; i < targets.Count; i++)
        {
            html.Append("<span class=\"item\"><span class=\"swatch\" style=\"background:").Append(Colors[i % Colors.Length]).Append("\"></span>")
                .Append(Encode($"{ReportSites.TargetName(site, targets[i])} {ReportSites.Percent(targets[i].Share)}")).Append("</span> ");
        }

        html.Append("</div></td></tr>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
