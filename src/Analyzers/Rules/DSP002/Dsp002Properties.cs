namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP002's diagnostic properties: which fixes the analyzer's plans allowed. This type writes them and reads them; the
/// fixer builds the plans again on the current document.
/// </summary>
internal static class Dsp002Properties
{
    /// <summary>The types with an arm (<see cref="TypeIdList"/>), in arm order; present only when <see cref="TypeSwitchPlan"/> allowed it.</summary>
    private const string SwitchTypesKey = "HoistTypes";

    /// <summary>The types of the split lists, in declaration order; present only when <see cref="SplitPlan"/> allowed it.</summary>
    private const string SplitTypesKey = "SplitTypes";

    public static ImmutableDictionary<string, string?> Write(TypeSwitchPlan? typeSwitch, SplitPlan? split)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        if (typeSwitch is not null)
        {
            properties[SwitchTypesKey] = TypeIdList.Format(typeSwitch.Types);
        }

        if (split is not null)
        {
            properties[SplitTypesKey] = TypeIdList.Format(split.Types);
        }

        return properties.ToImmutable();
    }

    public static ImmutableArray<INamedTypeSymbol> SwitchTypes(Diagnostic diagnostic, Compilation compilation)
        => TypeIdList.Parse(diagnostic.Properties.TryGetValue(SwitchTypesKey, out var ids) ? ids : null, compilation);

    public static ImmutableArray<INamedTypeSymbol> SplitTypes(Diagnostic diagnostic, Compilation compilation)
        => TypeIdList.Parse(diagnostic.Properties.TryGetValue(SplitTypesKey, out var ids) ? ids : null, compilation);
}
