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

    /// <summary>A site is polymorphic when the types beyond the most common one make up at least this share of its samples (0-1).</summary>
    public double PolymorphicShare { get; }

    public bool IsHot(double percentile) => percentile >= HotPercentile;

    public bool IsPolymorphic(ImmutableArray<MeasuredTarget> targets, int samples)
        => targets.Length >= 2 && samples > 0 && (samples - targets.Max(t => t.Count)) >= PolymorphicShare * samples;
}
