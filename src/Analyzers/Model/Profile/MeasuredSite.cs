namespace DispatchAnalyzers.Model.Profile;

/// <summary>One concrete type (or delegate target) the runtime saw reach a measured site.</summary>
/// <param name="id">Documentation-comment ID of the type's definition (<c>T:Demo.Circle</c>); null when the runtime recorded it as unknown.</param>
/// <param name="name">Readable name, as the profile writes it (<c>Demo.Circle</c>).</param>
/// <param name="count">Histogram samples of this target.</param>
/// <param name="share">Count over the site's samples, 0-1.</param>
internal sealed class MeasuredTarget
{
    public MeasuredTarget(string? id, string name, int count, double share)
    {
        Id = id;
        Name = name;
        Count = count;
        Share = share;
    }

    public string? Id { get; }

    public string Name { get; }

    public int Count { get; }

    public double Share { get; }
}

/// <summary>How far a profile entry can be trusted for the source being analysed.</summary>
internal enum ProfileTrust
{
    /// <summary>The document's checksum equals the one measured.</summary>
    Exact,

    /// <summary>The document changed, but the containing member's source hash is the one measured (lines merely moved).</summary>
    MemberUnchanged,

    /// <summary>The member changed, but the key still resolves to a call of the same callee with the same ordinal: "profile may be stale".</summary>
    MayBeStale,
}

/// <summary>
/// What the dispatch profile measured at one call site (see docs/profile-format.md): the types that reached it in
/// descending share, how hot its block was, and how far the entry can be trusted for this source.
/// </summary>
internal sealed class MeasuredSite
{
    public MeasuredSite(ImmutableArray<MeasuredTarget> targets, int samples, int runs, long? blockCount, double percentile, bool isHot, bool isPolymorphic, ProfileTrust trust)
    {
        Targets = targets;
        Samples = samples;
        Runs = runs;
        BlockCount = blockCount;
        Percentile = percentile;
        IsHot = isHot;
        IsPolymorphic = isPolymorphic;
        Trust = trust;
    }

    /// <summary>Descending share.</summary>
    public ImmutableArray<MeasuredTarget> Targets { get; }

    public int Samples { get; }

    /// <summary>Runs merged into the profile (<c>runsMerged</c>).</summary>
    public int Runs { get; }

    public long? BlockCount { get; }

    /// <summary><c>hotness.percentile</c>, 0-100.</summary>
    public double Percentile { get; }

    /// <summary>Hot by the profile options' threshold.</summary>
    public bool IsHot { get; }

    /// <summary>Polymorphic by the profile options' threshold.</summary>
    public bool IsPolymorphic { get; }

    public ProfileTrust Trust { get; }
}
