using DispatchAnalyzers.Configuration;
using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The package's options for one syntax tree, read from .editorconfig / global analyzer config through the typed
/// definitions of <see cref="OptionDefinitions"/>. A missing or malformed value falls back (rule key → shared key →
/// default): options never make an analyzer fail, and DSP900 reports the malformed ones.
/// </summary>
internal sealed class DispatchOptions
{
    public const string HotLoopScopeKey = OptionDefinitions.HotLoopScopeKey;
    public const string HotPathAttributesKey = OptionDefinitions.HotPathAttributesKey;
    public const string MaxHoistedTypesKey = OptionDefinitions.MaxHoistedTypesKey;
    public const string Dsp001MaxHoistedTypesKey = OptionDefinitions.Dsp001MaxHoistedTypesKey;
    public const string Dsp002MaxSwitchArmsKey = OptionDefinitions.Dsp002MaxSwitchArmsKey;
    public const string Dsp002MaxSplitTypesKey = OptionDefinitions.Dsp002MaxSplitTypesKey;
    public const string PublishAotKey = DynamicPgo.PublishAotKey;
    public const string MixedCollectionEvidenceKey = OptionDefinitions.MixedCollectionEvidenceKey;
    public const string Dsp005MaxTypesKey = OptionDefinitions.Dsp005MaxTypesKey;
    public const string Dsp005MaxBodyStatementsKey = OptionDefinitions.Dsp005MaxBodyStatementsKey;
    public const string Dsp006MaxGuessedTypesKey = OptionDefinitions.Dsp006MaxGuessedTypesKey;
    public const string ReportSingleTypeSitesKey = OptionDefinitions.ReportSingleTypeSitesKey;

    public const HotLoopScope DefaultHotLoopScope = HotLoopScope.Nested;
    public const int DefaultMaxHoistedTypes = 3;

    /// <summary>DSP006's fix is opt-in: it pays in random order only, which the profile cannot tell apart.</summary>
    public const int DefaultMaxGuessedTypes = 0;
    public const MixedCollectionEvidence DefaultMixedCollectionEvidence = MixedCollectionEvidence.Stores;
    public const int DefaultMaxBodyStatements = 10;

    /// <inheritdoc cref="OptionParsers.MaxTypeCount"/>
    public const int MaxMaxHoistedTypes = OptionParsers.MaxTypeCount;

    public static readonly ImmutableArray<string> DefaultHotPathAttributes = OptionDefinitions.HotPathAttributes.Default;

    public static readonly DispatchOptions Default = new(DefaultHotLoopScope, DefaultHotPathAttributes, DefaultMaxHoistedTypes, publishAot: false);

    /// <param name="maxSwitchArms">DSP002's type-switch bound; null: <paramref name="maxHoistedTypes"/>.</param>
    /// <param name="maxSplitTypes">DSP002's split bound; null: <paramref name="maxHoistedTypes"/>.</param>
    /// <param name="maxCollectionTypes">DSP005's bound on tested collection types; null: <see cref="DefaultMaxHoistedTypes"/>.</param>
    /// <param name="maxBodyStatements">DSP005's bound on the copied loop body; null: <see cref="DefaultMaxBodyStatements"/>.</param>
    /// <param name="maxGuessedTypes">DSP006's bound on measured types tested; null: <see cref="DefaultMaxGuessedTypes"/>.</param>
    public DispatchOptions(
        HotLoopScope hotLoopScope,
        ImmutableArray<string> hotPathAttributes,
        int maxHoistedTypes,
        bool publishAot,
        MixedCollectionEvidence mixedCollectionEvidence = DefaultMixedCollectionEvidence,
        int? maxSwitchArms = null,
        int? maxSplitTypes = null,
        int? maxCollectionTypes = null,
        int? maxBodyStatements = null,
        int? maxGuessedTypes = null,
        bool reportSingleTypeSites = false)
    {
        HotLoopScope = hotLoopScope;
        HotPathAttributes = hotPathAttributes;
        MaxHoistedTypes = maxHoistedTypes;
        PublishAot = publishAot;
        MixedCollectionEvidence = mixedCollectionEvidence;
        MaxSwitchArms = maxSwitchArms ?? maxHoistedTypes;
        MaxSplitTypes = maxSplitTypes ?? maxHoistedTypes;
        MaxCollectionTypes = maxCollectionTypes ?? DefaultMaxHoistedTypes;
        MaxBodyStatements = maxBodyStatements ?? DefaultMaxBodyStatements;
        MaxGuessedTypes = maxGuessedTypes ?? DefaultMaxGuessedTypes;
        ReportSingleTypeSites = reportSingleTypeSites;
    }

    public HotLoopScope HotLoopScope { get; }

    /// <summary>Simple attribute names, without the <c>Attribute</c> suffix.</summary>
    public ImmutableArray<string> HotPathAttributes { get; }

    /// <summary>DSP001: the most concrete types the hoisting fix tests for (<c>dispatch_analyzers.DSP001.max_hoisted_types</c>, else the shared key).</summary>
    public int MaxHoistedTypes { get; }

    /// <summary>DSP002: the most typed arms of the type-switch fix (<c>dispatch_analyzers.DSP002.max_switch_arms</c>, else the shared key).</summary>
    public int MaxSwitchArms { get; }

    /// <summary>DSP002: the most per-type collections of the split fix (<c>dispatch_analyzers.DSP002.max_split_types</c>, else the shared key).</summary>
    public int MaxSplitTypes { get; }

    /// <summary>DSP005: the most concrete collection types the fix tests for (<c>dispatch_analyzers.DSP005.max_types</c>); 0 turns the fix off.</summary>
    public int MaxCollectionTypes { get; }

    /// <summary>DSP005: the largest loop body, in statements, the fix copies (<c>dispatch_analyzers.DSP005.max_body_statements</c>).</summary>
    public int MaxBodyStatements { get; }

    /// <summary>DSP006: the most measured types the fix tests for (<c>dispatch_analyzers.DSP006.max_guessed_types</c>); 0 turns the fix off.</summary>
    public int MaxGuessedTypes { get; }

    /// <summary>The project publishes with NativeAOT: no Dynamic PGO, so even a one-type call site stays a dispatch.</summary>
    public bool PublishAot { get; }

    /// <summary>What the profile options call hot and polymorphic (<c>dispatch_analyzers.profile.*</c>).</summary>
    public ProfileThresholds ProfileThresholds { get; private set; } = ProfileThresholds.Default;

    /// <summary>Report the sites whose one reaching type Dynamic PGO already guards (<c>dispatch_analyzers.report_single_type_sites</c>).</summary>
    public bool ReportSingleTypeSites { get; }

    /// <summary>What DSP002 accepts as proof that a collection holds several concrete types.</summary>
    public MixedCollectionEvidence MixedCollectionEvidence { get; }

    /// <param name="hasProfile">The compilation has a usable profile: <c>hot_loop_scope</c> defaults to <c>profile</c> unless set.</param>
    public static DispatchOptions Read(AnalyzerConfigOptions options, bool publishAot, bool hasProfile = false)
        => new(
            hasProfile && !options.TryGetValue(HotLoopScopeKey, out _) ? HotLoopScope.Profile : OptionDefinitions.HotLoopScope.Read(options),
            OptionDefinitions.HotPathAttributes.Read(options),
            OptionDefinitions.Dsp001MaxHoistedTypes.Read(options),
            publishAot,
            OptionDefinitions.MixedCollectionEvidence.Read(options),
            OptionDefinitions.Dsp002MaxSwitchArms.Read(options),
            OptionDefinitions.Dsp002MaxSplitTypes.Read(options),
            OptionDefinitions.Dsp005MaxTypes.Read(options),
            OptionDefinitions.Dsp005MaxBodyStatements.Read(options),
            OptionDefinitions.Dsp006MaxGuessedTypes.Read(options),
            OptionDefinitions.ReportSingleTypeSites.Read(options))
        {
            ProfileThresholds = new ProfileThresholds(OptionDefinitions.ProfileHotPercentile.Read(options), OptionDefinitions.ProfilePolymorphicShare.Read(options)),
        };

    public static bool ReadPublishAot(AnalyzerConfigOptions globalOptions) => DynamicPgo.Read(globalOptions).PublishAot;
}
