namespace DispatchAnalyzers.Model.Profile;

/// <summary>What the profile options call hot and polymorphic (<c>dispatch_analyzers.profile.*</c>).</summary>
internal sealed class ProfileThresholds
{
    public const double DefaultHotPercentile = 20;
    public const double DefaultPolymorphicShare = 0.2;

    public static readonly ProfileThresholds Default = new(DefaultHotPercentile, DefaultPolymorphicShare);

    public ProfileThresholds(double hotPercentile, double polymorphicShare)
    {
        HotPercentile = hotPercentile;
        PolymorphicShare = polymorphicShare;
    }

    /// <summary>A site is hot when its <c>hotness.percentile</c> is at least this (0-100).</summary>
    public double HotPercentile { get; }

    /// <summary>
    /// A site is polymorphic when the types beyond the most common implementation make up at least this share of its
    /// samples (0-1).
    /// </summary>
    public double PolymorphicShare { get; }

    public bool IsHot(double percentile) => percentile >= HotPercentile;

    /// <summary>
    /// Whether the samples that do not run the most common implementation of <paramref name="callee"/> reach
    /// <see cref="PolymorphicShare"/>: types that all run one inherited or shared member are one branch target, not a
    /// dispatch worth reporting. A target the compilation cannot resolve (or a delegate's method) counts on its own.
    /// </summary>
    public bool IsPolymorphic(ImmutableArray<MeasuredTarget> targets, int samples, IMethodSymbol callee, Compilation compilation)
    {
        // One type, or nothing sampled: one target.
        if (targets.Length < 2 || samples <= 0)
        {
            return false;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var key = Implementation(target, callee, compilation) ?? target.Id ?? target.Name;
            counts[key] = (counts.TryGetValue(key, out var count) ? count : 0) + target.Count;
        }

        return counts.Count >= 2 && (samples - counts.Values.Max()) >= PolymorphicShare * samples;
    }

    /// <summary>The documentation ID of the member a call of <paramref name="callee"/> runs on the target's type, if it resolves.</summary>
    private static string? Implementation(MeasuredTarget target, IMethodSymbol callee, Compilation compilation)
        => target.Id is { } id && id.StartsWith("T:", StringComparison.Ordinal)
            && DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is INamedTypeSymbol type
            && ImplementationIndex.ImplementationOf(type, callee.OriginalDefinition) is { } implementation
                ? implementation.OriginalDefinition.GetDocumentationCommentId()
                : null;
}
