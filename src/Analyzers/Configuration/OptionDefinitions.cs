using System.Globalization;

namespace DispatchAnalyzers.Configuration;

/// <summary>
/// Every <c>dispatch_analyzers.*</c> option, typed, with its default. A rule-specific key (<c>dispatch_analyzers.DSP002.max_switch_arms</c>)
/// falls back to the shared key it refines (<c>dispatch_analyzers.max_hoisted_types</c>), which falls back to the default.
/// README's options table and the rule pages document exactly these keys (a meta-test checks both ways).
/// </summary>
internal static class OptionDefinitions
{
    public const string Prefix = "dispatch_analyzers.";

    public const string HotLoopScopeKey = Prefix + "hot_loop_scope";
    public const string HotPathAttributesKey = Prefix + "hot_path_attributes";
    public const string MaxHoistedTypesKey = Prefix + "max_hoisted_types";
    public const string Dsp001MaxHoistedTypesKey = Prefix + "DSP001.max_hoisted_types";
    public const string Dsp002MaxSwitchArmsKey = Prefix + "DSP002.max_switch_arms";
    public const string Dsp002MaxSplitTypesKey = Prefix + "DSP002.max_split_types";
    public const string MixedCollectionEvidenceKey = Prefix + "mixed_collection_evidence";
    public const string Dsp005MaxTypesKey = Prefix + "DSP005.max_types";
    public const string Dsp005MaxBodyStatementsKey = Prefix + "DSP005.max_body_statements";
    public const string ReportSingleTypeSitesKey = Prefix + "report_single_type_sites";
    public const string Dsp006MaxGuessedTypesKey = Prefix + "DSP006.max_guessed_types";
    public const string ProfileHotPercentileKey = Prefix + "profile.hot_percentile";
    public const string ProfilePolymorphicShareKey = Prefix + "profile.polymorphic_share";

    private static readonly string TypeCountValues = OptionParsers.IntegerValues(OptionParsers.MaxTypeCount);

    public static readonly OptionDefinition<HotLoopScope> HotLoopScope = new(
        HotLoopScopeKey, DispatchOptions.DefaultHotLoopScope, "nested", "all, nested, marked or profile", OptionParsers.HotLoopScope);

    public static readonly OptionDefinition<ImmutableArray<string>> HotPathAttributes = new(
        HotPathAttributesKey, ImmutableArray.Create("HotPath", "Benchmark"), "HotPath,Benchmark", "C# attribute names separated by ',' or ';'", OptionParsers.AttributeNames);

    /// <summary>The shared bound: every rule-specific type count below falls back to it.</summary>
    public static readonly OptionDefinition<int> MaxHoistedTypes = TypeCount(MaxHoistedTypesKey, fallback: null);

    /// <summary>DSP001: the most types the hoisting fix tests for before the loop (each one copies the loop).</summary>
    public static readonly OptionDefinition<int> Dsp001MaxHoistedTypes = TypeCount(Dsp001MaxHoistedTypesKey, MaxHoistedTypes);

    /// <summary>DSP002: the most typed arms the type-switch fix writes.</summary>
    public static readonly OptionDefinition<int> Dsp002MaxSwitchArms = TypeCount(Dsp002MaxSwitchArmsKey, MaxHoistedTypes);

    /// <summary>DSP002: the most per-type collections the split fix creates.</summary>
    public static readonly OptionDefinition<int> Dsp002MaxSplitTypes = TypeCount(Dsp002MaxSplitTypesKey, MaxHoistedTypes);

    public static readonly OptionDefinition<MixedCollectionEvidence> MixedCollectionEvidence = new(
        MixedCollectionEvidenceKey, DispatchOptions.DefaultMixedCollectionEvidence, "stores", "stores or implementations", OptionParsers.MixedCollectionEvidence);

    /// <summary>DSP005: the most concrete collection types the fix tests for before the loop (its own key: it copies whole loops, not arms).</summary>
    public static readonly OptionDefinition<int> Dsp005MaxTypes = TypeCount(Dsp005MaxTypesKey, fallback: null);

    /// <summary>DSP005: the largest loop body, in statements (blocks not counted), the fix copies once per type.</summary>
    public static readonly OptionDefinition<int> Dsp005MaxBodyStatements = new(
        Dsp005MaxBodyStatementsKey,
        DispatchOptions.DefaultMaxBodyStatements,
        DispatchOptions.DefaultMaxBodyStatements.ToString(CultureInfo.InvariantCulture),
        OptionParsers.IntegerValues(OptionParsers.MaxStatementCount),
        OptionParsers.StatementCount);

    /// <summary>DSP001, DSP005: report the call sites whose one reaching type Dynamic PGO already guards (off: not worth acting on).</summary>
    public static readonly OptionDefinition<bool> ReportSingleTypeSites = new(
        ReportSingleTypeSitesKey, false, "false", "true or false", OptionParsers.Boolean);

    /// <summary>
    /// DSP006: the most measured types the guarded-call fix tests for (its own key: it guesses from the profile, not from
    /// stores). 0 by default: the fix is opt-in, since it paid only where the profile cannot see it (docs/rules/DSP006.md).
    /// </summary>
    public static readonly OptionDefinition<int> Dsp006MaxGuessedTypes = new(
        Dsp006MaxGuessedTypesKey,
        DispatchOptions.DefaultMaxGuessedTypes,
        DispatchOptions.DefaultMaxGuessedTypes.ToString(CultureInfo.InvariantCulture),
        TypeCountValues,
        OptionParsers.TypeCount);

    /// <summary>The profile: a measured site is hot when its <c>hotness.percentile</c> is at least this.</summary>
    public static readonly OptionDefinition<double> ProfileHotPercentile = new(
        ProfileHotPercentileKey,
        Model.Profile.ProfileThresholds.DefaultHotPercentile,
        Model.Profile.ProfileThresholds.DefaultHotPercentile.ToString(CultureInfo.InvariantCulture),
        "a number from 0 to 100",
        OptionParsers.Percentile);

    /// <summary>The profile: a measured site is polymorphic when the types beyond the most common one have at least this share of its samples.</summary>
    public static readonly OptionDefinition<double> ProfilePolymorphicShare = new(
        ProfilePolymorphicShareKey,
        Model.Profile.ProfileThresholds.DefaultPolymorphicShare,
        Model.Profile.ProfileThresholds.DefaultPolymorphicShare.ToString(CultureInfo.InvariantCulture),
        "a number from 0 to 1",
        OptionParsers.Share);

    public static readonly ImmutableArray<OptionDefinition> All = ImmutableArray.Create<OptionDefinition>(
        HotLoopScope, HotPathAttributes, MaxHoistedTypes, Dsp001MaxHoistedTypes, Dsp002MaxSwitchArms, Dsp002MaxSplitTypes, MixedCollectionEvidence,
        Dsp005MaxTypes, Dsp005MaxBodyStatements, ReportSingleTypeSites, Dsp006MaxGuessedTypes, ProfileHotPercentile, ProfilePolymorphicShare);

    /// <summary>The option <paramref name="key"/> names (case-insensitively), or null.</summary>
    public static OptionDefinition? Find(string key)
    {
        foreach (var definition in All)
        {
            if (string.Equals(definition.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return definition;
            }
        }

        return null;
    }

    private static OptionDefinition<int> TypeCount(string key, OptionDefinition<int>? fallback)
        => new(key, DispatchOptions.DefaultMaxHoistedTypes, DispatchOptions.DefaultMaxHoistedTypes.ToString(CultureInfo.InvariantCulture), TypeCountValues, OptionParsers.TypeCount, fallback);
}
