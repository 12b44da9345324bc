namespace DispatchAnalyzers.Model.Profile;

/// <summary>One element of a profile's <c>sites</c>, as read (docs/profile-format.md): the key, the staleness evidence and the measurement.</summary>
internal sealed class ProfileEntry
{
    public ProfileEntry(
        string assembly,
        string path,
        string checksumAlgorithm,
        string checksum,
        string member,
        string? memberSourceHash,
        string callee,
        int ordinal,
        int startLine,
        long? blockCount,
        double percentile,
        int samples,
        ImmutableArray<MeasuredTarget> targets)
    {
        Assembly = assembly;
        Path = path;
        ChecksumAlgorithm = checksumAlgorithm;
        Checksum = checksum;
        Member = member;
        MemberSourceHash = memberSourceHash;
        Callee = callee;
        Ordinal = ordinal;
        StartLine = startLine;
        BlockCount = blockCount;
        Percentile = percentile;
        Samples = samples;
        Targets = targets;
    }

    public string Assembly { get; }

    /// <summary>Relative to the profile's folder, '/' separators.</summary>
    public string Path { get; }

    /// <summary><c>SHA256</c>, <c>SHA1</c> or <c>none</c>.</summary>
    public string ChecksumAlgorithm { get; }

    /// <summary>Lowercase hex.</summary>
    public string Checksum { get; }

    /// <summary>Key 1: the containing member's documentation-comment ID.</summary>
    public string Member { get; }

    public string? MemberSourceHash { get; }

    /// <summary>Key 2: the callee definition's documentation-comment ID.</summary>
    public string Callee { get; }

    /// <summary>Key 3: position among the member's calls to the callee.</summary>
    public int Ordinal { get; }

    /// <summary>1-based line of the site's statement: only a tie-break.</summary>
    public int StartLine { get; }

    public long? BlockCount { get; }

    public double Percentile { get; }

    public int Samples { get; }

    /// <summary>Descending count, as written.</summary>
    public ImmutableArray<MeasuredTarget> Targets { get; }
}

/// <summary>A profile file as read: its sites, or the first thing wrong with it (then no sites at all).</summary>
internal sealed class ProfileFile
{
    public ProfileFile(int runs, ImmutableArray<ProfileEntry> sites, int sitesOffset)
    {
        Runs = runs;
        Sites = sites;
        SitesOffset = sitesOffset;
    }

    private ProfileFile(string error, int errorOffset)
    {
        Sites = ImmutableArray<ProfileEntry>.Empty;
        Error = error;
        ErrorOffset = errorOffset;
    }

    /// <summary><c>runsMerged</c>.</summary>
    public int Runs { get; }

    public ImmutableArray<ProfileEntry> Sites { get; }

    /// <summary>Where the <c>sites</c> array starts in the text.</summary>
    public int SitesOffset { get; }

    /// <summary>What is wrong with the file, or null.</summary>
    public string? Error { get; }

    /// <summary>Where in the text the error is.</summary>
    public int ErrorOffset { get; }

    public static ProfileFile Invalid(string error, int offset) => new(error, offset);

    /// <summary>Why the file gives the assembly <paramref name="assemblyName"/> nothing to use (and where), or null when it has sites of it.</summary>
    public (string Message, int Offset)? ProblemFor(string? assemblyName)
    {
        if (Error is not null)
        {
            return (Error, ErrorOffset);
        }

        if (Sites.IsEmpty)
        {
            return ("it has no sites (was the program run long enough for the runtime to sample its calls?)", SitesOffset);
        }

        var assemblies = Sites.Select(s => s.Assembly).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
        return assemblies.Contains(assemblyName ?? string.Empty)
            ? null
            : ($"it has no sites of assembly '{assemblyName}', only of {string.Join(", ", assemblies.Take(5).Select(a => "'" + a + "'"))}{(assemblies.Count > 5 ? ", ..." : string.Empty)}", SitesOffset);
    }
}
