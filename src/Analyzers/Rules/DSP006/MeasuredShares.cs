using System.Globalization;
using DispatchAnalyzers.Model.Profile;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// What DSP006 reads from a measured site: the message's account of it
/// (<c>measured: Circle 41 %, Square 22 %, Triangle 22 %, 3 more; 96 samples over 3 runs</c>) and its targets resolved
/// to the compilation's types, in descending share.
/// </summary>
internal static class MeasuredShares
{
    /// <summary>How many targets the message names before it counts the rest.</summary>
    public const int NamedTargets = 3;

    public static string Describe(MeasuredSite site)
    {
        var named = site.Targets.Take(NamedTargets)
            .Select(t => ShortName(t) + " " + Math.Round(t.Share * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + " %");
        var more = site.Targets.Length > NamedTargets ? ", " + (site.Targets.Length - NamedTargets).ToString(CultureInfo.InvariantCulture) + " more" : "";
        var runs = site.Runs == 1 ? "1 run" : site.Runs.ToString(CultureInfo.InvariantCulture) + " runs";
        return "measured: " + string.Join(", ", named) + more + "; "
            + site.Samples.ToString(CultureInfo.InvariantCulture) + " samples over " + runs;
    }

    /// <summary>The measured types that resolve to a named type of the compilation, in descending share.</summary>
    public static ImmutableArray<INamedTypeSymbol> Types(MeasuredSite site, Compilation compilation)
        => site.Targets
            .Where(t => t.Id is not null && t.Id.StartsWith("T:", StringComparison.Ordinal))
            .Select(t => DocumentationCommentId.GetFirstSymbolForDeclarationId(t.Id!, compilation) as INamedTypeSymbol)
            .Where(t => t is not null)
            .Select(t => t!)
            .ToImmutableArray();

    /// <summary><c>Demo.Circle</c> reads <c>Circle</c>, a delegate target <c>Demo.Doubler.Apply</c> reads <c>Doubler.Apply</c>.</summary>
    private static string ShortName(MeasuredTarget target)
    {
        var name = target.Name;
        var generic = name.IndexOf('[');
        var plain = generic < 0 ? name : name.Substring(0, generic);
        var parts = plain.Split('.', '+');
        var keep = target.Id is not null && target.Id.StartsWith("M:", StringComparison.Ordinal) && parts.Length >= 2 ? 2 : 1;
        return string.Join(".", parts.Skip(parts.Length - keep)) + (generic < 0 ? "" : name.Substring(generic));
    }
}
