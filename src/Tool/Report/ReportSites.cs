using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Report;

/// <summary>What both reports show: which sites, in which order, and how their names and shares read.</summary>
internal static class ReportSites
{
    /// <summary>The hottest sites with at least two targets (or all sites), by rank then position.</summary>
    public static List<ProfileSite> Select(DispatchProfile profile, int top, bool includeMonomorphic) =>
        ProfileJsonWriter.Sorted(profile.Sites.Where(s => includeMonomorphic || s.Targets.Count > 1))
            .OrderBy(s => s.Rank)
            .Take(top)
            .ToList();

    public static string Location(ProfileSite site) => $"{site.Path}:{site.Span.StartLine.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>M:Ns.Program.TileArea(Ns.IShape,System.Int32)</c> reads <c>Program.TileArea</c>.</summary>
    public static string Short(string? id)
    {
        if (id is null)
        {
            return "(unknown)";
        }

        var text = id.Length > 2 && id[1] == ':' ? id[2..] : id;
        var parenthesis = text.IndexOf('(');
        text = parenthesis < 0 ? text : text[..parenthesis];
        var parts = text.Split('.');
        return parts.Length <= 2 ? text : parts[^2] + "." + parts[^1];
    }

    public static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Targets with their shares: <c>Circle 41%, Square 34%</c>.</summary>
    public static string Mix(ProfileSite site) =>
        string.Join(", ", Ordered(site).Select(t => $"{TargetName(site, t)} {Percent(t.Share)}"));

    /// <summary>
    /// A type reads <c>Circle</c> (<c>List`1[System.Int32]</c>, a nested type <c>List`1+Enumerator[System.Double]</c>: its
    /// containing types are joined by <c>+</c>, so they stay); a delegate target <c>Program.Twice</c>.
    /// </summary>
    public static string TargetName(ProfileSite site, ProfileTarget target)
    {
        var bracket = target.Name.IndexOf('[');
        var head = bracket < 0 ? target.Name : target.Name[..bracket];
        var parts = head.Split('.');
        var keep = site.Kind == SiteKinds.Delegate ? 2 : 1;
        return string.Join(".", parts.Skip(System.Math.Max(0, parts.Length - keep))) + (bracket < 0 ? string.Empty : target.Name[bracket..]);
    }

    public static IEnumerable<ProfileTarget> Ordered(ProfileSite site) =>
        site.Targets.OrderByDescending(t => t.Count).ThenBy(t => t.Name, System.StringComparer.Ordinal);

    public static string Count(long? count) => count?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
