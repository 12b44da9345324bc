using System.Collections.Generic;
using System.Linq;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>
/// Ranks sites by the count of their block (then by samples when counts are missing). Counts stop when a method tiers
/// up, so they only order sites; the rank is 1 for the hottest (ties share a rank) and the percentile is the share of
/// sites at most as hot, 100 for the hottest.
/// </summary>
internal static class Hotness
{
    public static List<ProfileSite> Rank(List<ProfileSite> sites)
    {
        var keys = sites.Select(Key).OrderByDescending(k => k).ToList();
        var ranked = new List<ProfileSite>(sites.Count);
        foreach (var site in sites)
        {
            var key = Key(site);
            var rank = keys.FindIndex(k => k.CompareTo(key) == 0) + 1;
            var atMost = sites.Count - keys.FindIndex(k => k.CompareTo(key) <= 0);
            var percentile = sites.Count == 0 ? 0 : 100m * atMost / sites.Count;
            ranked.Add(site with { Rank = rank, Percentile = percentile });
        }

        return ranked;
    }

    private static (long Count, int Samples) Key(ProfileSite site) => (site.BlockCount ?? -1, site.Samples);
}
