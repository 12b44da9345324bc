namespace DispatchAnalyzers.Model.Profile;

/// <summary>What the profile says about one dispatch site, for a rule that would report it.</summary>
internal enum MeasuredKind
{
    /// <summary>No profile, or code it does not cover: the static rules decide.</summary>
    Unmeasured,

    /// <summary>The profile covers the member but the site is missing or below the hot threshold: not reported.</summary>
    Cold,

    /// <summary>Hot, and one type (by the polymorphic threshold) reaches it: Dynamic PGO already guards it.</summary>
    Monomorphic,

    /// <summary>Hot, and several types reach it.</summary>
    Polymorphic,
}

/// <summary>
/// The one decision every rule takes from the profile (DSP001, DSP002, DSP003): whether a site it would report is
/// reported, at which severity, and what the message says was measured.
/// </summary>
/// <remarks>
/// Measured hot and polymorphic: a warning with the shares. Measured hot and monomorphic: quiet, as the static rules are
/// for one-type sites, except under NativeAOT (no PGO): a warning. Measured cold (the member is in the profile, the
/// site is not, or is below the hot threshold): quiet. An entry that "may be stale" lowers the severity one level. Code
/// the profile does not cover keeps the static verdict, except with <c>hot_loop_scope = profile</c>, which reports only
/// measured-hot code.
/// </remarks>
internal readonly struct MeasuredVerdict
{
    private const int ShownTypes = 3;

    private MeasuredVerdict(MeasuredKind kind, MeasuredSite? site, bool quiet)
    {
        Kind = kind;
        Site = site;
        IsQuiet = quiet;
    }

    public MeasuredKind Kind { get; }

    /// <summary>The measurement, for <see cref="MeasuredKind.Monomorphic"/> and <see cref="MeasuredKind.Polymorphic"/>.</summary>
    public MeasuredSite? Site { get; }

    /// <summary>The rule must not report the site.</summary>
    public bool IsQuiet { get; }

    /// <summary>
    /// The rule must not report the site when what it reports is not the dispatch itself (DSP003's box, allocated
    /// whatever the types): measured cold, or not measured with <c>hot_loop_scope = profile</c>.
    /// </summary>
    public bool IsQuietWhateverTheTypes => Kind == MeasuredKind.Cold || (Kind == MeasuredKind.Unmeasured && IsQuiet);

    /// <summary>The verdict for the dispatch at <paramref name="site"/> (an invocation, property reference or foreach).</summary>
    public static MeasuredVerdict For(DispatchModel model, IOperation site, ISymbol containingMember, DispatchOptions options, CancellationToken cancellationToken)
    {
        var profile = model.Profile;
        if (!profile.IsPresent)
        {
            return new(MeasuredKind.Unmeasured, null, quiet: false);
        }

        var measured = profile.Find(site, containingMember, cancellationToken);
        if (measured is null)
        {
            var cold = profile.Covers(containingMember, cancellationToken);
            return new(cold ? MeasuredKind.Cold : MeasuredKind.Unmeasured, null, quiet: cold || options.HotLoopScope == HotLoopScope.Profile);
        }

        if (!measured.IsHot)
        {
            return new(MeasuredKind.Cold, measured, quiet: true);
        }

        return measured.IsPolymorphic
            ? new(MeasuredKind.Polymorphic, measured, quiet: false)
            : new(MeasuredKind.Monomorphic, measured, quiet: !options.PublishAot);
    }

    /// <summary>The severity to report at: Warning for a measured hot site (one level lower when it may be stale), else the static one.</summary>
    public DiagnosticSeverity Severity(DiagnosticSeverity staticSeverity)
        => Site is not { IsHot: true } site ? staticSeverity
            : site.Trust == ProfileTrust.MayBeStale ? DiagnosticSeverity.Info
            : DiagnosticSeverity.Warning;

    /// <summary>The message's list of types: the measured shares when measured, else <paramref name="staticDescription"/>.</summary>
    public string Describe(string staticDescription) => Site is { } site ? Describe(site) : staticDescription;

    /// <summary><c>measured: Circle 41 %, Square 22 %, Triangle 22 %, 3 more; 96 samples over 3 runs</c> (and <c>; profile may be stale</c>).</summary>
    public static string Describe(MeasuredSite site)
    {
        var shown = site.Targets.Take(ShownTypes).Select(t => ShortName(t) + " " + Percent(t.Share) + " %");
        var more = site.Targets.Length > ShownTypes ? $", {site.Targets.Length - ShownTypes} more" : string.Empty;
        var stale = site.Trust == ProfileTrust.MayBeStale ? "; profile may be stale" : string.Empty;
        return FormattableString.Invariant($"measured: {string.Join(", ", shown)}{more}; {site.Samples} samples over {site.Runs} {(site.Runs == 1 ? "run" : "runs")}{stale}");
    }

    /// <summary>
    /// A fix's type list in the measured order: the measured types of <paramref name="types"/> most common first, then
    /// the others as they were; the measured types of the compilation when <paramref name="types"/> is empty.
    /// </summary>
    public ImmutableArray<INamedTypeSymbol> Order(ImmutableArray<INamedTypeSymbol> types, Compilation compilation)
    {
        if (Site is not { } site)
        {
            return types;
        }

        var measured = TypesOf(site, compilation).Where(t => types.IsEmpty || types.Contains(t, SymbolEqualityComparer.Default)).ToImmutableArray();
        return measured.AddRange(types.Where(t => !measured.Contains(t, SymbolEqualityComparer.Default)));
    }

    /// <summary>The measured targets that resolve to a named type of <paramref name="compilation"/>, in descending share.</summary>
    public static ImmutableArray<INamedTypeSymbol> TypesOf(MeasuredSite site, Compilation compilation)
        => site.Targets
            .Select(t => t.Id is null ? null : DocumentationCommentId.GetFirstSymbolForDeclarationId(t.Id, compilation) as INamedTypeSymbol)
            .Where(t => t is not null)
            .Select(t => t!)
            .ToImmutableArray();

    /// <summary>
    /// <c>Demo.Shapes+Circle</c> → <c>Circle</c>; <c>System.Collections.Generic.List`1[System.Int32]</c> → <c>List</c>; a
    /// delegate target <c>Demo.Doubler.Apply</c> → <c>Doubler.Apply</c>.
    /// </summary>
    private static string ShortName(MeasuredTarget target)
    {
        // Generic arguments go (`List`1[System.Int32]`); an array's brackets stay (`Double[]`).
        var name = target.Name;
        var bracket = name.IndexOf('`') > 0 ? name.IndexOf('[') : -1;
        var plain = bracket > 0 ? name.Substring(0, bracket) : name;
        var parts = plain.Split('.', '+');
        var keep = target.Id is not null && target.Id.StartsWith("M:", StringComparison.Ordinal) && parts.Length >= 2 ? 2 : 1;
        plain = string.Join(".", parts.Skip(parts.Length - keep));
        var tick = plain.IndexOf('`');
        return tick > 0 ? plain.Substring(0, tick) : plain;
    }

    private static int Percent(double share) => (int)Math.Round(share * 100, MidpointRounding.AwayFromZero);
}
